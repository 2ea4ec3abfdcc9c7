/**
 * Layout of the .pptx deck (inches, 16:9 "LAYOUT_WIDE" is 13.333 x 7.5 in): where the editable
 * title, the slide picture and the source line go, and the text of the speaker notes. Pure, so it
 * is tested without a browser.
 */

export const PPTX_SLIDE = { width: 13.333, height: 7.5 } as const;
const MARGIN = 0.4;
const TITLE_H = 0.8;
const SOURCE_H = 0.5;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The largest box of the picture's aspect ratio that fits the area under the title, centred. */
export function placePicture(args: { pxWidth: number; pxHeight: number; hasTitle: boolean; hasSource: boolean }): Box {
  const top = MARGIN + (args.hasTitle ? TITLE_H : 0);
  const bottom = PPTX_SLIDE.height - MARGIN - (args.hasSource ? SOURCE_H : 0);
  const area = { x: MARGIN, y: top, w: PPTX_SLIDE.width - 2 * MARGIN, h: Math.max(0.5, bottom - top) };
  const ratio = args.pxWidth > 0 && args.pxHeight > 0 ? args.pxWidth / args.pxHeight : 16 / 9;
  const w = Math.min(area.w, area.h * ratio);
  const h = w / ratio;
  return { x: area.x + (area.w - w) / 2, y: area.y, w, h };
}

export const TITLE_BOX: Box = { x: MARGIN, y: MARGIN, w: PPTX_SLIDE.width - 2 * MARGIN, h: TITLE_H };
export const SOURCE_BOX: Box = { x: MARGIN, y: PPTX_SLIDE.height - MARGIN - SOURCE_H, w: PPTX_SLIDE.width - 2 * MARGIN, h: SOURCE_H };

/** Speaker notes of a slide: what to say, then the title and the sources, for the presenter. */
export function composeNotes(args: { notes: string; title: string; source: string }): string {
  return [args.notes, args.title && `— ${args.title}`, args.source].filter((s) => s && s.trim()).join('\n\n');
}

/** File name of the deck: `azkz-deck-en.pptx`. */
export function deckFileName(locale: string): string {
  return `azkz-deck-${/^[a-z]{2}$/.test(locale) ? locale : 'en'}.pptx`;
}
