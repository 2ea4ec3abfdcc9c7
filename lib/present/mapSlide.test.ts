import { describe, expect, it } from 'vitest';
import { MAP_TEXT } from '../export/mapSvg';
import { mapSlideLayout } from './mapSlide';
import { SLIDE_TYPE } from './stage';

describe('mapSlideLayout', () => {
  it('scales the drawing so its smallest name reaches the slide floor', () => {
    const layout = mapSlideLayout({ width: 960, height: 700 }, SLIDE_TYPE.min)!;
    for (const size of [MAP_TEXT.place, MAP_TEXT.country, MAP_TEXT.sea]) expect(size * layout.scale).toBeGreaterThanOrEqual(SLIDE_TYPE.min);
    expect(layout.scale).toBeLessThan(1.2 * (SLIDE_TYPE.min / 13));
  });
  it('keeps the box’s shape at the layout size', () => {
    const layout = mapSlideLayout({ width: 960, height: 700 }, 20)!;
    expect(layout.width * layout.scale).toBeCloseTo(960, -1);
    expect(layout.height * layout.scale).toBeCloseTo(700, -1);
  });
  it('waits for a box with a size', () => {
    expect(mapSlideLayout({ width: 0, height: 700 }, 20)).toBeNull();
    expect(mapSlideLayout({ width: Number.NaN, height: 700 }, 20)).toBeNull();
  });
});
