import { describe, expect, it } from 'vitest';
import type { Observation, Source } from '../../data/schema';
import { compareReleases, type ReleaseData } from './changes';

const source = (id: string): Source => ({ id, publisher: `Publisher ${id}`, title: `Title ${id}`, url: `https://example.org/${id}`, published: '2025-01-01', accessed: '2025-02-01', language: 'en', licence: 'quoted' }) as unknown as Source;
const figure = (id: string, value: number, extra: Partial<Observation> = {}): Observation =>
  ({ id, indicator: 'trade_turnover', value, unit: 'USD_million', period: '2024', measure: 'flow', reporter: 'AZ', qualifier: 'exact', confidence: 'high', computed: false, sourceId: 's1', ...extra }) as Observation;

const older: ReleaseData = { sources: [source('s1')], observations: [figure('a', 1), figure('b', 2), figure('c', 3)] };

describe('compareReleases', () => {
  it('finds nothing between a release and itself', () => {
    expect(compareReleases(older, older)).toEqual({ added: [], revised: [], removed: [] });
  });
  it('lists added, revised (both values, both sources) and removed figures', () => {
    const newer: ReleaseData = {
      sources: [source('s1'), source('s2')],
      observations: [figure('a', 1), figure('b', 2.5, { sourceId: 's2' }), figure('d', 4)],
    };
    const changes = compareReleases(older, newer);
    expect(changes.added.map((f) => f.observation.id)).toEqual(['d']);
    expect(changes.removed.map((f) => f.observation.id)).toEqual(['c']);
    expect(changes.revised).toHaveLength(1);
    const [r] = changes.revised;
    expect(r!.before.observation.value).toBe(2);
    expect(r!.after.observation.value).toBe(2.5);
    expect(r!.before.source?.id).toBe('s1');
    expect(r!.after.source?.id).toBe('s2');
    expect(r!.fields).toEqual(['value', 'sourceId']);
  });
  it('counts a new figure that revises an older one as its revision, not as an addition', () => {
    const newer: ReleaseData = { sources: older.sources, observations: [...older.observations, figure('b2', 2.2, { revises: 'b' })] };
    const changes = compareReleases(older, newer);
    expect(changes.added).toEqual([]);
    expect(changes.revised.map((r) => [r.before.observation.id, r.after.observation.id])).toEqual([['b', 'b2']]);
  });
});
