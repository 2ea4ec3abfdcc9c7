import { describe, expect, it } from 'vitest';
import { drawAheadOrder } from './drawAhead';

describe('drawAheadOrder', () => {
  it('draws the next slide first, then the previous one', () => {
    expect(drawAheadOrder(3, 10)).toEqual([4, 2]);
  });
  it('has no neighbour beyond either end of the deck', () => {
    expect(drawAheadOrder(0, 10)).toEqual([1]);
    expect(drawAheadOrder(9, 10)).toEqual([8]);
    expect(drawAheadOrder(0, 1)).toEqual([]);
  });
});
