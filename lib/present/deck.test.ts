import { describe, expect, it } from 'vitest';
import { actionForKey, actionForSwipe, applyAction, defaultDeck, parseDeckState, serializeDeckState, SLIDE_IDS } from './deck';

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
    const s = parse('deck=route-map,trade-turnover~KZ~2019-2024,nope,route-map,oil-volumes~AZ.KZ&slide=2');
    expect(s.slides).toEqual([
      { id: 'route-map', options: {} },
      { id: 'trade-turnover', options: { reporters: ['KZ'], from: 2019, to: 2024 } },
      { id: 'oil-volumes', options: { reporters: ['AZ', 'KZ'] } },
    ]);
    expect(s.index).toBe(1);
  });

  it('ignores bad options but keeps the slide', () => {
    expect(parse('deck=trade-turnover~XX~2024-2019~<script>').slides).toEqual([{ id: 'trade-turnover', options: {} }]);
    expect(parse('deck=trade-turnover~1800-2024').slides[0]!.options).toEqual({});
  });

  it('falls back to the default deck when nothing is usable', () => {
    expect(parse('deck=<script>alert(1)</script>').slides).toEqual(defaultDeck());
    expect(parse(`deck=${'title,'.repeat(200)}`).slides).toEqual(defaultDeck());
  });

  it('an out-of-range slide in a short deck opens the first slide', () => {
    expect(parse('deck=title,timeline&slide=3').index).toBe(0);
  });
});

describe('serializeDeckState', () => {
  it('round-trips', () => {
    const q = '?deck=route-map,trade-turnover~KZ~2019-2024&slide=2';
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
