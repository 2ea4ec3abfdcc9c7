import { describe, expect, it } from 'vitest';
import { keepMapLayers, parseMapLayers, serializeMapLayers, withMapLayers } from './layerState';

describe('map layer state in the address', () => {
  it('reads the layers in their own order and drops what it does not know', () => {
    expect(parseMapLayers('?layers=cable,containers')).toEqual(['container-line', 'caspian-cable']);
    expect(parseMapLayers('?layers=CABLE,pipes')).toEqual(['caspian-cable']);
    expect(parseMapLayers('?layers=cable&layers=containers')).toEqual([]);
    expect(parseMapLayers('')).toEqual([]);
    expect(parseMapLayers(`?layers=${'x'.repeat(60)},cable`)).toEqual([]);
  });

  it('writes one address per state, keeping the other parameters', () => {
    expect(serializeMapLayers(['caspian-cable', 'container-line'])).toBe('containers,cable');
    expect(withMapLayers('?reporter=KZ', ['caspian-cable'])).toBe('?reporter=KZ&layers=cable');
    expect(withMapLayers('?reporter=KZ&layers=cable', [])).toBe('?reporter=KZ');
    expect(withMapLayers('', [])).toBe('');
  });

  it('carries the layers over when the charts rewrite the address', () => {
    expect(keepMapLayers('?view=table', '?reporter=KZ&layers=containers')).toBe('?view=table&layers=containers');
    expect(keepMapLayers('', '?layers=containers,cable')).toBe('?layers=containers,cable');
  });
});
