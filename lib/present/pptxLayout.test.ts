import { describe, expect, it } from 'vitest';
import { PPTX_SLIDE, composeNotes, deckFileName, placePicture } from './pptxLayout';

describe('pptx layout', () => {
  it('fits a 16:9 slide picture under the title, inside the slide', () => {
    const box = placePicture({ pxWidth: 3200, pxHeight: 1800, hasTitle: true, hasSource: true });
    expect(box.w / box.h).toBeCloseTo(16 / 9, 5);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.w).toBeLessThanOrEqual(PPTX_SLIDE.width);
    expect(box.y + box.h).toBeLessThanOrEqual(PPTX_SLIDE.height);
  });
  it('survives a zero-sized picture', () => {
    const box = placePicture({ pxWidth: 0, pxHeight: 0, hasTitle: false, hasSource: false });
    expect(Number.isFinite(box.w) && box.w > 0).toBe(true);
  });
  it('writes notes with the title and sources, skipping empty parts', () => {
    expect(composeNotes({ notes: 'Say this.', title: 'Trade', source: 'Sources: Trend' })).toBe('Say this.\n\n— Trade\n\nSources: Trend');
    expect(composeNotes({ notes: '', title: '', source: '' })).toBe('');
  });
  it('names the file after the language, and only that', () => {
    expect(deckFileName('az')).toBe('azkz-deck-az.pptx');
    expect(deckFileName('../x')).toBe('azkz-deck-en.pptx');
  });
});
