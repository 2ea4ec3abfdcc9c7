/**
 * The .pptx deck's page (inches, 16:9 "LAYOUT_WIDE" is 13.333 x 7.5 in), its file name and the
 * text of the speaker notes. Pure, so it is tested without a browser; what goes where on a slide
 * is in pptxCharts.ts and pptxText.ts.
 */

export const PPTX_SLIDE = { width: 13.333, height: 7.5 } as const;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Speaker notes of a slide: what to say, then the title and the sources, for the presenter. */
export function composeNotes(args: { notes: string; title: string; source: string; release?: string }): string {
  return [args.notes, args.title && `— ${args.title}`, args.source, args.release].filter((s) => s && s.trim()).join('\n\n');
}

/** File name of the deck: `azkz-deck-en.pptx`. */
export function deckFileName(locale: string): string {
  return `azkz-deck-${/^[a-z]{2}$/.test(locale) ? locale : 'en'}.pptx`;
}
