/**
 * A text slide of the .pptx (the deck's title slide) as editable text boxes: kicker, title,
 * subtitle, the headline figures as a grid of cards, and a footer line. Pure: positions in inches,
 * sizes in points (see PPTX_TYPE; nothing under 14 pt).
 */
import { CHART_SLIDE, PPTX_TEXT } from './pptxCharts';
import { PPTX_SLIDE, type Box } from './pptxLayout';

/** The text of a slide, read in reading order. */
export interface TextSlideContent {
  kicker: string;
  title: string;
  subtitle: string;
  /** Cards of figures: a heading and its figures (a value and a line about it). */
  cards: { heading: string; figures: { value: string; meta: string }[] }[];
  footer: string;
}

export interface TextRun {
  text: string;
  size: number;
  bold?: boolean;
  color: string;
  /** Starts a new paragraph. */
  breakBefore?: boolean;
}

export interface TextBoxSpec {
  box: Box;
  runs: TextRun[];
  valign: 'top' | 'middle' | 'bottom';
  /** Card outline colour, or null. */
  frame: string | null;
}

const SIZE = { kicker: 16, title: 30, coverTitle: 36, subtitle: 18, cardHeading: 16, value: 20, meta: 14, footer: 14 } as const;
const GAP = 0.15;

/** Text boxes of a text slide: cards in up to three columns under the title, footer at the bottom. */
export function layoutTextSlide(content: TextSlideContent): TextBoxSpec[] {
  const { x, w } = CHART_SLIDE.title;
  const out: TextBoxSpec[] = [];
  // A slide of text only (the title slide) sets its words a third of the way down, as the deck does.
  let y = content.cards.length > 0 ? 0.25 : 2.2;
  if (content.kicker) {
    out.push({ box: { x, y, w, h: 0.35 }, runs: [{ text: content.kicker, size: SIZE.kicker, bold: true, color: PPTX_TEXT.muted }], valign: 'top', frame: null });
    y += 0.35;
  }
  // Room for two lines of the title (long in Kazakh and Russian).
  const cover = content.cards.length === 0;
  const titleH = cover ? 1.3 : 1.15;
  out.push({ box: { x, y, w, h: titleH }, runs: [{ text: content.title, size: cover ? SIZE.coverTitle : SIZE.title, bold: true, color: PPTX_TEXT.title }], valign: 'top', frame: null });
  y += titleH;
  if (content.subtitle) {
    out.push({ box: { x, y, w, h: 0.4 }, runs: [{ text: content.subtitle, size: SIZE.subtitle, color: PPTX_TEXT.muted }], valign: 'top', frame: null });
    y += 0.4;
  }
  y += 0.05;
  const footerLines = content.footer.split('\n').length;
  const footerBox: Box = { x, y: PPTX_SLIDE.height - 0.2 - 0.3 * footerLines, w, h: 0.3 * footerLines };
  const cards = content.cards;
  if (cards.length > 0) {
    const columns = Math.min(3, cards.length);
    const rows = Math.ceil(cards.length / columns);
    const cardW = (w - GAP * (columns - 1)) / columns;
    const cardH = (footerBox.y - GAP - y - GAP * (rows - 1)) / rows;
    cards.forEach((card, i) => {
      const col = i % columns;
      const row = Math.floor(i / columns);
      const runs: TextRun[] = [{ text: card.heading, size: SIZE.cardHeading, bold: true, color: PPTX_TEXT.title }];
      for (const f of card.figures) {
        runs.push({ text: f.value, size: SIZE.value, bold: true, color: PPTX_TEXT.title, breakBefore: true });
        if (f.meta) runs.push({ text: f.meta, size: SIZE.meta, color: PPTX_TEXT.muted, breakBefore: true });
      }
      out.push({ box: { x: x + col * (cardW + GAP), y: y + row * (cardH + GAP), w: cardW, h: cardH }, runs, valign: 'top', frame: 'C3C7CF' });
    });
  }
  if (content.footer) out.push({ box: footerBox, runs: [{ text: content.footer, size: SIZE.footer, color: PPTX_TEXT.muted }], valign: 'bottom', frame: null });
  return out.filter((b) => b.box.y + b.box.h <= PPTX_SLIDE.height + 1e-9);
}
