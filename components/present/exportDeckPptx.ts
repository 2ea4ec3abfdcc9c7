/**
 * Builds the deck as a .pptx in the browser (loaded only when the presenter asks for it): one
 * slide per deck slide, with the title and source line as editable text, the slide's drawing as a
 * 2x picture (charts and the vector map exactly as shown), and the speaker notes.
 */
import { toPng } from 'html-to-image';
import PptxGenJS from 'pptxgenjs';
import { SOURCE_BOX, TITLE_BOX, composeNotes, deckFileName, placePicture } from '@/lib/present/pptxLayout';
import { STAGE_WIDTH } from '@/lib/present/stage';

export interface PptxSlideInput {
  /** The slide frame element (`[data-testid="slide-<id>"]`). */
  frame: HTMLElement;
  notes: string;
  label: string;
}

/** Resolution of the slide pictures relative to the 1600 px stage. */
const PIXEL_RATIO = 2;

function textOf(root: HTMLElement, role: 'title' | 'source'): string {
  return root.querySelector<HTMLElement>(`[data-pptx="${role}"]`)?.textContent?.replace(/\s+/g, " ").trim() ?? '';
}

async function capture(frame: HTMLElement): Promise<{ dataUrl: string; width: number; height: number }> {
  const stage = frame.querySelector<HTMLElement>('[data-stage]');
  const slide = stage?.firstElementChild;
  if (!stage || !(slide instanceof HTMLElement)) throw new Error('slide has no stage');
  frame.setAttribute('data-capture', '');
  try {
    const height = stage.offsetHeight;
    // The slide is drawn on its own, unscaled, at the stage's logical size.
    const dataUrl = await toPng(slide, {
      pixelRatio: PIXEL_RATIO,
      width: STAGE_WIDTH,
      height,
      cacheBust: false,
      backgroundColor: getComputedStyle(stage).backgroundColor,
      style: { position: 'relative', inset: 'auto', left: '0', top: '0', width: `${STAGE_WIDTH}px`, height: `${height}px`, transform: 'none' },
      filter: (node) => {
        if (!(node instanceof HTMLElement)) return true;
        // Title and source line go into the .pptx as editable text; <noscript> is not drawn.
        return node.dataset.pptx !== 'title' && node.dataset.pptx !== 'source' && node.tagName !== 'NOSCRIPT';
      },
    });
    return { dataUrl, width: STAGE_WIDTH, height };
  } finally {
    frame.removeAttribute('data-capture');
  }
}

export async function exportDeckPptx(args: { slides: readonly PptxSlideInput[]; locale: string; title: string }): Promise<void> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = args.title;
  for (const s of args.slides) {
    const slide = pptx.addSlide();
    const title = textOf(s.frame, 'title');
    const source = textOf(s.frame, 'source');
    const picture = await capture(s.frame);
    if (title) slide.addText(title, { ...TITLE_BOX, fontFace: 'Noto Sans', fontSize: 26, bold: true, color: '1A1F29', valign: 'top', fit: 'shrink' });
    const box = placePicture({ pxWidth: picture.width, pxHeight: picture.height, hasTitle: Boolean(title), hasSource: Boolean(source) });
    slide.addImage({ data: picture.dataUrl, ...box, altText: title || s.label });
    if (source) slide.addText(source, { ...SOURCE_BOX, fontFace: 'Noto Sans', fontSize: 10, color: '4A5363', valign: 'bottom', fit: 'shrink' });
    slide.addNotes(composeNotes({ notes: s.notes, title: title || s.label, source }));
  }
  await pptx.writeFile({ fileName: deckFileName(args.locale) });
}
