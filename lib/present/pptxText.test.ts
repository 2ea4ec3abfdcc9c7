import { describe, expect, it } from 'vitest';
import { PPTX_SLIDE } from './pptxLayout';
import { layoutTextSlide } from './pptxText';

const card = (n: number) => ({ heading: `Card ${n}`, figures: [{ value: `${n}00`, meta: 'Reported by Kazakhstan · 2024 · Trend' }] });

describe('text slide of the .pptx', () => {
  it('puts kicker, title, subtitle, cards and footer inside the slide, cards in up to three columns without overlap', () => {
    const boxes = layoutTextSlide({ kicker: 'Briefing', title: 'Azerbaijan and Kazakhstan', subtitle: 'Trade, investment, oil', cards: [1, 2, 3, 4, 5, 6].map(card), footer: 'Data as of 1 May 2025' });
    expect(boxes.map((b) => b.runs[0]!.text)).toEqual(['Briefing', 'Azerbaijan and Kazakhstan', 'Trade, investment, oil', 'Card 1', 'Card 2', 'Card 3', 'Card 4', 'Card 5', 'Card 6', 'Data as of 1 May 2025']);
    for (const b of boxes) {
      expect(b.box.x).toBeGreaterThanOrEqual(0);
      expect(b.box.x + b.box.w).toBeLessThanOrEqual(PPTX_SLIDE.width);
      expect(b.box.y + b.box.h).toBeLessThanOrEqual(PPTX_SLIDE.height);
      for (const r of b.runs) expect(r.size).toBeGreaterThanOrEqual(14);
    }
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.box;
        const c = boxes[j]!.box;
        const overlap = a.x < c.x + c.w - 1e-9 && c.x < a.x + a.w - 1e-9 && a.y < c.y + c.h - 1e-9 && c.y < a.y + a.h - 1e-9;
        expect(overlap, `${boxes[i]!.runs[0]!.text} / ${boxes[j]!.runs[0]!.text}`).toBe(false);
      }
    }
    expect(new Set(boxes.filter((b) => b.frame).map((b) => b.box.x)).size).toBe(3);
    const first = boxes[3]!;
    expect(first.runs.map((r) => r.breakBefore ?? false)).toEqual([false, true, true]);
  });
  it('sets a slide of text only lower, larger, with a footer of two lines inside the slide', () => {
    const boxes = layoutTextSlide({ kicker: 'Briefing', title: 'Azerbaijan and Kazakhstan', subtitle: 'Economic ties', cards: [], footer: 'Data as of 1 May 2025\nEvery figure with its source' });
    expect(boxes[0]!.box.y).toBeGreaterThan(PPTX_SLIDE.height / 4);
    expect(boxes[1]!.runs[0]!.size).toBeGreaterThan(30);
    const footer = boxes.at(-1)!;
    expect(footer.box.h).toBeGreaterThan(0.5);
    expect(footer.box.y + footer.box.h).toBeLessThanOrEqual(PPTX_SLIDE.height);
    expect(footer.box.y).toBeGreaterThan(boxes[2]!.box.y + boxes[2]!.box.h);
  });
  it('leaves out what a slide does not have', () => {
    const boxes = layoutTextSlide({ kicker: '', title: 'Only a title', subtitle: '', cards: [], footer: '' });
    expect(boxes).toHaveLength(1);
  });
});
