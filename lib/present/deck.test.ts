import { describe, expect, it } from 'vitest';
import { actionForKey, actionForSwipe, applyAction, defaultDeck, LEGACY_SLIDE_IDS, parseDeckState, serializeDeckState, SLIDE_IDS } from './deck';

const parse = (q: string) => parseDeckState(new URLSearchParams(q));

describe('parseDeckState', () => {
  it('opens the default deck on the first slide', () => {
    expect(parse('')).toEqual({ slides: defaultDeck(), index: 0 });
  });

  it('reads a 1-based slide number', () => {
    expect(parse('slide=3').index).toBe(2);
    expect(parse(`slide=${SLIDE_IDS.length}`).index).toBe(SLIDE_IDS.length - 1);
  });

  it.each(['0', '-1', '99', 'abc', '2.5', '1e2', '', '%00', '3;alert(1)', '9'.repeat(400)])('opens the first slide for slide=%j', (v) => {
    expect(parse(`slide=${encodeURIComponent(v)}`).index).toBe(0);
  });

  it('reads a chosen deck with per-slide options, dropping unknown and repeated slides', () => {
    const s = parse('deck=route-map,trade-years~KZ~2019-2024,nope,route-map,oil-annual~AZ.KZ&slide=2');
    expect(s.slides).toEqual([
      { id: 'route-map', options: {} },
      { id: 'trade-years', options: { reporters: ['KZ'], from: 2019, to: 2024 } },
      { id: 'oil-annual', options: { reporters: ['AZ', 'KZ'] } },
    ]);
    expect(s.index).toBe(1);
  });

  it('opens an old deck (one slide per chart) as the slides that replace each, on the same content', () => {
    const s = parse('deck=title,trade-turnover~KZ~2019-2024,investment-flows,timeline&slide=3');
    expect(s.slides.map((x) => x.id)).toEqual([
      'title',
      'headlines',
      'trade-years',
      'trade-part-years',
      'investment-az-to-kz',
      'investment-kz-to-az',
      'investment-companies',
      'timeline-1',
      'timeline-2',
      'timeline-3',
    ]);
    expect(s.slides[3]!.options).toEqual({ reporters: ['KZ'], from: 2019, to: 2024 });
    // Slide 3 of the old deck was the investment chart: its first slide now.
    expect(s.index).toBe(4);
    // In a deck of today's ids the title slide is only the title.
    expect(parse('deck=title,trade-years').slides.map((x) => x.id)).toEqual(['title', 'trade-years']);
    expect(parse('deck=oil-volumes,route-map&slide=2').slides.map((x) => x.id)).toEqual(['oil-annual', 'oil-running', 'route-map']);
    expect(parse('deck=oil-volumes,route-map&slide=2').index).toBe(2);
    // Every old id maps to slides that exist.
    for (const ids of Object.values(LEGACY_SLIDE_IDS)) for (const id of ids) expect(SLIDE_IDS).toContain(id);
  });

  it('an old id given with its new slides is not repeated', () => {
    expect(parse('deck=trade-years,trade-turnover').slides.map((x) => x.id)).toEqual(['trade-years', 'trade-part-years']);
  });

  it('ignores bad options but keeps the slide', () => {
    expect(parse('deck=trade-years~XX~2024-2019~<script>').slides).toEqual([{ id: 'trade-years', options: {} }]);
    expect(parse('deck=trade-years~1800-2024').slides[0]!.options).toEqual({});
  });

  it('falls back to the default deck when nothing is usable', () => {
    expect(parse('deck=<script>alert(1)</script>').slides).toEqual(defaultDeck());
    expect(parse(`deck=${'title,'.repeat(200)}`).slides).toEqual(defaultDeck());
  });

  it('an out-of-range slide in a short deck opens the first slide', () => {
    expect(parse('deck=title,timeline-1&slide=3').index).toBe(0);
  });
});

describe('serializeDeckState', () => {
  it('round-trips', () => {
    const q = '?deck=route-map,trade-years~KZ~2019-2024&slide=2';
    const state = parse(q.slice(1));
    expect(serializeDeckState(state)).toBe(q);
    expect(parse(serializeDeckState(state).slice(1))).toEqual(state);
  });
  it('leaves defaults out', () => {
    expect(serializeDeckState({ slides: defaultDeck(), index: 0 })).toBe('');
  });
});

describe('navigation', () => {
  it('maps clicker keys and stops at the ends', () => {
    const start = parse('');
    expect(['PageDown', 'ArrowRight', ' ', 'Enter'].map((key) => actionForKey({ key }))).toEqual(['next', 'next', 'next', 'next']);
    expect(['PageUp', 'ArrowLeft'].map((key) => actionForKey({ key }))).toEqual(['prev', 'prev']);
    expect(actionForKey({ key: 'b' })).toBe('black');
    expect(actionForKey({ key: '.' })).toBe('black');
    expect(actionForKey({ key: 'ArrowRight', ctrlKey: true })).toBeNull();
    expect(applyAction(start, 'prev').index).toBe(0);
    expect(applyAction(start, 'last').index).toBe(SLIDE_IDS.length - 1);
    expect(applyAction(applyAction(start, 'last'), 'next').index).toBe(SLIDE_IDS.length - 1);
  });
  it('reads swipes', () => {
    expect(actionForSwipe(-120, 10)).toBe('next');
    expect(actionForSwipe(120, 10)).toBe('prev');
    expect(actionForSwipe(30, 0)).toBeNull();
    expect(actionForSwipe(-80, 100)).toBeNull();
  });
});
