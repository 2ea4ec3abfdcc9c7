import { describe, expect, it } from 'vitest';
import { stageSize } from './stage';

describe('stageSize', () => {
  it('fills a 16:9 screen with a 1600x900 stage', () => {
    expect(stageSize(1920, 1080)).toEqual({ height: 900, scale: 1.2 });
  });
  it('uses a taller stage on a 4:3 projector so nothing is letterboxed', () => {
    expect(stageSize(1024, 768)).toEqual({ height: 1200, scale: 0.64 });
  });
  it('letterboxes very wide or very tall boxes instead of stretching', () => {
    expect(stageSize(3200, 900).scale).toBe(1);
    expect(stageSize(400, 900)).toEqual({ height: 1200, scale: 0.25 });
  });
  it('survives an empty box', () => {
    expect(stageSize(0, 0)).toEqual({ height: 900, scale: 1 });
    expect(stageSize(Number.NaN, 10)).toEqual({ height: 900, scale: 1 });
  });
});
