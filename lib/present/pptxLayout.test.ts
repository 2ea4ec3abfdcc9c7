import { describe, expect, it } from 'vitest';
import { composeNotes, deckFileName } from './pptxLayout';

describe('pptx layout', () => {
  it('writes notes with the title and sources, skipping empty parts', () => {
    expect(composeNotes({ notes: 'Say this.', title: 'Trade', source: 'Sources: Trend' })).toBe('Say this.\n\n— Trade\n\nSources: Trend');
    expect(composeNotes({ notes: '', title: '', source: '' })).toBe('');
  });
  it('names the file after the language, and only that', () => {
    expect(deckFileName('az')).toBe('azkz-deck-az.pptx');
    expect(deckFileName('../x')).toBe('azkz-deck-en.pptx');
  });
});
