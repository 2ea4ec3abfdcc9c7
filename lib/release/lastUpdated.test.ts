import { describe, expect, it } from 'vitest';
import type { Observation, Source } from '../../data/schema';
import { findYearBounds, selectChartData } from '../charts/build';
import { CHART_IDS } from '../charts/registry';
import { dataset } from '../dataset';
import { selectExportRows } from '../export/chartData';
import { dataAsOf } from '../observations';
import type { Dataset } from '../validate';
import { lastUpdatedAll, lastUpdatedOf, newestSourceDate, UPDATED_WORKS } from './lastUpdated';
import { releaseOf } from './release';

const source = (id: string, published?: string): Source => ({ id, title: `Source ${id}`, publisher: 'Fixture', ...(published ? { published } : {}), url: 'https://example.org/', language: 'en', licence: 'facts quoted' });
const figure = (o: Pick<Observation, 'id' | 'indicator' | 'period' | 'reporter' | 'sourceId'> & Partial<Observation>): Observation => ({ value: 100, unit: 'USD_million', measure: 'flow', qualifier: 'exact', confidence: 'high', computed: false, ...o });

/** Trade from three dated sources and an undated one, a plan (not drawn) from the newest, oil and a milestone of their own. */
const fixture: Dataset = {
  sources: [source('s-2023', '2023-05-10'), source('s-2024', '2024-03'), source('s-undated'), source('s-plan', '2025-09-01'), source('s-oil', '2025-11-20'), source('s-ms', '2021-06-01'), source('s-length', '2019')],
  observations: [
    figure({ id: 't-2022-kz', indicator: 'trade.turnover', period: '2022', reporter: 'KZ', sourceId: 's-2023' }),
    figure({ id: 't-2023-az', indicator: 'trade.turnover', period: '2023', reporter: 'AZ', sourceId: 's-2024' }),
    figure({ id: 't-2023-kz', indicator: 'trade.turnover', period: '2023', reporter: 'KZ', sourceId: 's-undated' }),
    figure({ id: 't-2024-plan', indicator: 'trade.turnover', period: '2024', reporter: 'KZ', measure: 'plan', sourceId: 's-plan' }),
    figure({ id: 'oil-2024', indicator: 'oil.aktau-to-baku', period: '2024', reporter: 'KZ', unit: 'tonnes', value: 1_000_000, sourceId: 's-oil' }),
  ],
  milestones: [{ id: 'ms-2021', date: '2021-05', kind: 'treaty', sourceId: 's-ms' }],
  routeNodes: [{ id: 'aktau', kind: 'port', lat: 43.6, lon: 51.2, coordSourceId: 's-plan', confidence: 'high', facts: ['ms-2021'] }],
  routeSegments: [
    {
      id: 'aktau-sangachal',
      order: 1,
      from: 'aktau',
      to: 'sangachal',
      mode: 'tanker',
      lengthKm: 300,
      lengthComputed: false,
      lengthSourceId: 's-length',
      facts: [],
      operator: 'Fixture',
      status: 'operating',
      geometryAccuracy: 'approximate',
      geometry: [
        [51.2, 43.6],
        [49.9, 40.3],
      ],
      geometrySourceId: 's-plan',
    },
  ],
  mapLayers: [],
};

describe('last updated', () => {
  it('is the newest dated source among the figures a chart draws: not a plan, not another chart’s figure, not an undated source', () => {
    expect(lastUpdatedOf('trade-turnover', fixture)).toBe('2024-03');
    expect(lastUpdatedOf('oil-volumes', fixture)).toBe('2025-11-20');
    expect(lastUpdatedOf('timeline', fixture)).toBe('2021-06-01');
    expect(lastUpdatedOf('investment-flows', fixture)).toBeNull();
  });

  it('of the route map counts its places’ facts, its legs’ volumes and lengths, not where its lines come from', () => {
    expect(lastUpdatedOf('route-map', fixture)).toBe('2025-11-20');
    const noOil = { ...fixture, observations: fixture.observations.filter((o) => o.id !== 'oil-2024') };
    expect(lastUpdatedOf('route-map', noOil)).toBe('2021-06-01');
  });

  it('refuses an unknown chart or source rather than giving another date', () => {
    expect(() => lastUpdatedOf('gdp' as never, fixture)).toThrow(/unknown chart "gdp"/);
    expect(() => newestSourceDate(['nowhere'], fixture.sources)).toThrow(/unknown source "nowhere"/);
  });

  it('on the real data: every chart and the map has a date, the newest source of the figures it plots, never after the release', () => {
    const data = selectChartData(dataset);
    const bounds = findYearBounds(data);
    const release = releaseOf(dataset).date!;
    const all = lastUpdatedAll(dataset);
    expect(Object.keys(all).sort()).toEqual([...UPDATED_WORKS].sort());
    for (const chart of CHART_IDS) {
      // Another path to the same figures: the rows a "plotted" CSV export of the default view holds.
      const rows = selectExportRows({ chart, data, filter: { range: { from: bounds.min, to: bounds.max }, reporters: ['AZ', 'KZ'] }, scope: 'plotted', release: '' });
      expect(rows.length, chart).toBeGreaterThan(0);
      expect(all[chart], chart).toBe(dataAsOf(rows.map((r) => ({ published: r.source_published || undefined }))));
    }
    for (const work of UPDATED_WORKS) {
      expect(all[work], work).toMatch(/^\d{4}(-\d{2}){0,2}$/);
      expect(dataAsOf([{ published: all[work]! }, { published: release }]), work).toBe(release);
    }
    // Not simply the release's date for all: the charts' dates tell them apart.
    expect(new Set(Object.values(all)).size).toBeGreaterThan(1);
  });
});
