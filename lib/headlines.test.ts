import { describe, expect, it } from 'vitest';
import { observationSchema, type Observation, type ObservationInput } from '../data/schema';
import { dataset } from './dataset';
import { selectHeadlines } from './headlines';
import { periodEnd } from './observations';

const make = (o: Partial<ObservationInput> & Pick<ObservationInput, 'id'>): Observation =>
  observationSchema.parse({ indicator: 'trade.turnover', value: 1, unit: 'USD_million', period: '2023', measure: 'flow', reporter: 'KZ', sourceId: 's', ...o });

describe('selectHeadlines', () => {
  it('shows the latest turnover of each reporter, a part of a year included, with its period', () => {
    const rows = [
      make({ id: 'kz-2023', period: '2023', value: 529.4 }),
      make({ id: 'kz-2024', period: '2024', value: 533.4 }),
      make({ id: 'kz-2024h1', period: '2024-H1', value: 280.6 }),
      make({ id: 'az-2022', period: '2022', reporter: 'AZ', value: 598.47 }),
      make({ id: 'az-2025-01-10', period: '2025-01/2025-10', reporter: 'AZ', value: 600.3 }),
      make({ id: 'az-2025h1', period: '2025-H1', reporter: 'AZ', value: 501 }),
    ];
    const trade = selectHeadlines(rows).find((c) => c.id === 'trade');
    expect(trade?.observations.map((o) => o.id)).toEqual(['az-2025-01-10', 'kz-2024']);
  });

  it('on the dataset: Azerbaijan’s January–October 2025 and Kazakhstan’s latest', () => {
    const trade = selectHeadlines(dataset.observations).find((c) => c.id === 'trade')!;
    const [az, kz] = trade.observations;
    expect([az!.reporter, az!.period, az!.value]).toEqual(['AZ', '2025-01/2025-10', 600.3]);
    expect(kz!.reporter).toBe('KZ');
    const kzLatest = dataset.observations.filter((o) => o.indicator === 'trade.turnover' && o.reporter === 'KZ' && !o.computed).map((o) => periodEnd(o)).sort().at(-1);
    expect(periodEnd(kz!)).toBe(kzLatest);
  });

  it('keeps the oil card to full years', () => {
    const oil = (id: string, period: string) => make({ id, period, indicator: 'oil.aktau-to-baku', unit: 'tonnes', value: 1 });
    expect(selectHeadlines([oil('y', '2024'), oil('h', '2025-H1')]).find((c) => c.id === 'oil')?.observations.map((o) => o.id)).toEqual(['y']);
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
