import { describe, expect, it } from 'vitest';
import { observationSchema, type Observation, type ObservationInput } from '../data/schema';
import { selectHeadlines } from './headlines';

const make = (o: Partial<ObservationInput> & Pick<ObservationInput, 'id'>): Observation =>
  observationSchema.parse({ indicator: 'trade.turnover', value: 1, unit: 'USD_million', period: '2023', measure: 'flow', reporter: 'KZ', sourceId: 's', ...o });

describe('selectHeadlines', () => {
  it('shows the latest full-year turnover of each reporter, never a partial year', () => {
    const rows = [
      make({ id: 'kz-2023', period: '2023', value: 529.4 }),
      make({ id: 'kz-2024', period: '2024', value: 533.4 }),
      make({ id: 'kz-2025h1', period: '2025-H1', value: 300 }),
      make({ id: 'az-2022', period: '2022', reporter: 'AZ', value: 598.47 }),
      make({ id: 'az-2025h1', period: '2025-H1', reporter: 'AZ', value: 501 }),
    ];
    const trade = selectHeadlines(rows).find((c) => c.id === 'trade');
    expect(trade?.observations.map((o) => o.id)).toEqual(['az-2022', 'kz-2024']);
  });

  it('prefers a revision over the figure it revises', () => {
    const rows = [make({ id: 'kz-2022', period: '2022', value: 461.9 }), make({ id: 'kz-2022-rev', period: '2022', value: 463.3, revises: 'kz-2022' })];
    const trade = selectHeadlines(rows).find((c) => c.id === 'trade');
    expect(trade?.observations.map((o) => o.id)).toEqual(['kz-2022-rev']);
  });

  it('skips computed figures and leaves out cards with nothing to show', () => {
    const rows = [make({ id: 'c', computed: true, note: 'computed' })];
    expect(selectHeadlines(rows)).toEqual([]);
  });
});
