import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset';
import { formatNumber } from '../format';
import { LOCALES, type Locale } from '../i18n/locales';
import { MESSAGES } from '../i18n/messages';
import type { Translate } from '../observations';
import { buildChartView, findYearBounds, selectChartData, type ChartView } from './build';
import { CHART_DEFINITIONS, CHART_IDS } from './registry';
import type { ChartFilter } from './types';

/** The pages' translator, made strict: a missing key or a broken ICU message fails the test. */
function strictTranslator(locale: Locale): Translate {
  return createTranslator({
    locale,
    messages: MESSAGES[locale],
    onError: (error) => {
      throw error;
    },
  }) as unknown as Translate;
}

const data = selectChartData(dataset);
const bounds = findYearBounds(data);
const everything: ChartFilter = { range: { from: bounds.min, to: bounds.max }, reporters: ['AZ', 'KZ'] };

function view(id: (typeof CHART_IDS)[number], locale: Locale, filter: ChartFilter = everything): ChartView {
  return buildChartView(id, { data, filter, bounds, locale, t: strictTranslator(locale) });
}

function allText(v: ChartView): string {
  return JSON.stringify(v);
}

describe('chart views in every language', () => {
  for (const locale of LOCALES) {
    for (const id of CHART_IDS) {
      it(`${id} in ${locale}: every text resolves, nothing is empty or unformatted`, () => {
        const v = view(id, locale);
        expect(v.title).toBe(strictTranslator(locale)(CHART_DEFINITIONS[id].titleKey));
        expect(v.description.length).toBeGreaterThan(20);
        expect(v.sourceLine.length).toBeGreaterThan(10);
        expect(v.empty).toBeNull();
        expect(v.filterNote).toBeNull();
        const text = allText(v);
        expect(text).not.toMatch(/\{[a-zA-Z]+\}|charts\.|NaN|undefined/);
        expect(v.tables.length).toBeGreaterThan(0);
      });
    }
  }
});

describe('data spans', () => {
  it('covers the milestones and the figures: 1992 to 2026 today (2026: the oil plans and the end of the cable’s manufacture)', () => {
    expect(bounds).toEqual({ min: 1992, max: 2026 });
  });

  it('sends the browser only what the charts read', () => {
    expect(data.observations.every((o) => !('note' in (o as object)))).toBe(true);
    expect(data.observations.length).toBeLessThan(dataset.observations.length);
    expect(data.sources.every((s) => Object.keys(s).every((k) => ['id', 'publisher', 'published'].includes(k)))).toBe(true);
  });
});

describe('trade-turnover view', () => {
  it('describes the latest year by each side in words (en)', () => {
    const v = view('trade-turnover', 'en');
    expect(v.description).toBe(
      'Trade turnover reached USD 470 million in 2024 by Azerbaijan’s count. By Kazakhstan’s count, it was USD 533.4 million, up 0.8% on 2023. Part-year figures are shown separately.',
    );
  });

  it('says “up 14.3% on 2022” for Kazakhstan’s 2023 (computed from 529.4 and the revised 463.3)', () => {
    const v = view('trade-turnover', 'en', { range: { from: 2019, to: 2023 }, reporters: ['KZ'] });
    expect(v.description).toBe('Trade turnover reached USD 529.4 million in 2023 by Kazakhstan’s count, up 14.3% on 2022. Part-year figures are shown separately.');
    expect(v.filterNote).toBe('Showing 2019–2023, reported by Kazakhstan.');
  });

  it('uses the Azerbaijani ordinal year and Russian case forms', () => {
    expect(view('trade-turnover', 'az').description).toMatch(/^2024-cü ildə ticarət dövriyyəsi Azərbaycanın məlumatına görə 470 mln/);
    expect(view('trade-turnover', 'ru').description).toMatch(/^Товарооборот в 2024 году составил 470 млн долл\. США по данным Азербайджана\./);
  });

  it('puts every drawn figure in the table, formatted for the language', () => {
    for (const locale of LOCALES) {
      const table = view('trade-turnover', locale).tables[0]!;
      const rows = table.groups.flatMap((g) => g.rows);
      const kz2023 = rows.find((r) => r.data.period === '2023' && r.data.reporter === 'KZ')!;
      const value = dataset.observations.find((o) => o.id === 'trade-turnover-2023-kz')!.value;
      expect(kz2023.cells[2]!.text).toBe(formatNumber(value, locale));
      const az2022 = rows.find((r) => r.data.period === '2022' && r.data.reporter === 'AZ')!;
      expect(az2022.cells[2]!.text).toBe(formatNumber(598.47, locale));
    }
  });

  it('labels part-year rows with their months, never as a bare year', () => {
    const table = view('trade-turnover', 'en').tables[0]!;
    expect(table.groups.map((g) => g.heading)).toEqual(['Calendar years', 'Part-year figures (not comparable with calendar years)']);
    const labels = table.groups[1]!.rows.map((r) => r.cells[0]!.text);
    expect(labels.some((l) => /^Jan\s–\sJun 2024$/u.test(l))).toBe(true);
    expect(labels.every((l) => !/^\d{4}$/.test(l))).toBe(true);
  });

  it('says an empty range in words', () => {
    const v = view('trade-turnover', 'en', { range: { from: 2005, to: 2010 }, reporters: ['AZ', 'KZ'] });
    expect(v.empty).toBe('No figures for 2005–2010. Choose other years to see this chart.');
    expect(v.tables).toEqual([]);
  });
});

describe('investment-flows view', () => {
  it('labels each bar with the years it covers and whether it is cumulative', () => {
    const v = view('investment-flows', 'en');
    if (v.id !== 'investment-flows') throw new Error('wrong view');
    const labels = v.chart.panels.flatMap((p) => p.rows.map((r) => [r.label, ...r.details].join(' | ')));
    expect(labels).toContain('2005–2022 | cumulative | all sectors');
    expect(labels).toContain('to 2023 | cumulative | all sectors');
    expect(labels).toContain('2019 | one year | all sectors');
    expect(labels).toContain('1995–2021 | cumulative | non-oil sector');
    expect(v.chart.companies.points.map((p) => p.label)).toEqual(['~60', '159', '>150', '182', '>250']);
    // >150 (Apr 2023) and 182 (2023) are a few months apart: the first label goes below its point.
    expect(v.chart.companies.points.map((p) => p.labelBelow)).toEqual([false, false, true, false, false]);
  });

  it('describes the latest figure of each direction', () => {
    expect(view('investment-flows', 'en').description).toBe(
      'Kazakhstan → Azerbaijan: USD 102.2 million (cumulative to 2023, reported by Azerbaijan). Azerbaijan → Kazakhstan: USD 205.2 million (cumulative to 2023, reported by Azerbaijan). Companies with Kazakh capital in Azerbaijan: more than 250 (as of Oct 2025, reporting side not stated).',
    );
  });
});

describe('oil-volumes view', () => {
  it('shows “almost” on the 2024 bar and thousand tonnes throughout', () => {
    const v = view('oil-volumes', 'en');
    if (v.id !== 'oil-volumes') throw new Error('wrong view');
    const row2024 = v.chart.annual.rows.find((r) => r.key === '2024-KZ')!;
    expect(row2024.KZ).toBe(1500);
    expect(row2024.KZ_label).toBe('almost\u00a01,500');
    expect(v.chart.references.map((r) => r.label)).toEqual(['Agreed Nov 2022: 1.5 million t/year', 'Agreed Mar 2024: up to 2.2 million t/year']);
    expect(v.chart.running.pace?.label).toBe('Pace of 125 thousand t/month from Mar 2023 (computed)');
  });

  it('describes the latest year with both sources, the plans after it, and the latest agreement', () => {
    expect(view('oil-volumes', 'en').description).toBe(
      '1.5 million t of Kazakh crude was shipped from Aktau towards Baku–Tbilisi–Ceyhan in 2025 (reported by Kazakhstan), after almost 1.5 million t in 2024. Another source (Trend) gives 1.3 million t for 2025. For 2026: 1.5 million t (plan, Haqqin.az); 1.6 million t (expected, Trend). The latest agreement, of Mar 2024, provides for up to 2.2 million t/year.',
    );
  });

  it('draws one bar per figure: both 2025 sources, the 2026 plans labelled as plans, in every language', () => {
    for (const locale of ['en', 'ru', 'kk', 'az'] as const) {
      const v = view('oil-volumes', locale);
      if (v.id !== 'oil-volumes') throw new Error('wrong view');
      const { rows, series } = v.chart.annual;
      expect(rows.map((r) => r.key)).toEqual(['2022-KZ', '2023-KZ', '2024-KZ', '2025-KZ', '2025-KZ-2', '2026-plan-KZ', '2026-plan-KZ-2']);
      expect(series.map((s) => [s.key, s.kind])).toEqual([
        ['KZ', 'outcome'],
        ['KZ-2', 'outcome'],
        ['plan-KZ', 'plan'],
        ['plan-KZ-2', 'plan'],
      ]);
      // Each row holds exactly one series' value, so each bar stands alone.
      for (const r of rows) expect(series.filter((s) => typeof r[s.key] === 'number')).toHaveLength(1);
      expect(rows.find((r) => r.key === '2025-KZ-2')!['KZ-2']).toBe(1300);
      expect(rows.find((r) => r.key === '2026-plan-KZ-2')!['plan-KZ-2']).toBe(1600);
    }
    const en = view('oil-volumes', 'en');
    const ru = view('oil-volumes', 'ru');
    if (en.id !== 'oil-volumes' || ru.id !== 'oil-volumes') throw new Error('wrong view');
    const plan = en.chart.annual.rows.find((r) => r.key === '2026-plan-KZ')!;
    expect([plan['plan-KZ_label'], plan['plan-KZ_status']]).toEqual(['1,500', 'plan']);
    expect(en.chart.annual.rows.find((r) => r.key === '2026-plan-KZ-2')!['plan-KZ-2_status']).toBe('expected');
    expect(ru.chart.annual.rows.find((r) => r.key === '2026-plan-KZ')!['plan-KZ_status']).toBe('план');
    // Outcomes have no status label.
    expect(en.chart.annual.rows.filter((r) => Object.keys(r).some((k) => k.endsWith('_status')))).toHaveLength(2);
    expect(en.chart.annual.series.find((s) => s.key === 'plan-KZ')!.label).toBe('Plan or forecast, reported by Kazakhstan');
  });

  it('has a column saying outcome or plan, and the source of each row', () => {
    const v = view('oil-volumes', 'en');
    const table = v.tables.find((t) => t.key === 'oil')!;
    expect(table.columns.map((c) => c.key)).toEqual(['period', 'reporter', 'status', 'value', 'source', 'notes']);
    const annual = table.groups[0]!.rows;
    const cells = (id: string) => annual.find((r) => r.key === id)!.cells.map((c) => c.text);
    expect(cells('oil-aktau-to-baku-2025-kmg').slice(0, 5)).toEqual(['2025', 'Kazakhstan', 'outcome', '1,300', 'Trend']);
    expect(cells('oil-aktau-to-baku-2026-plan-kz').slice(0, 5)).toEqual(['2026', 'Kazakhstan', 'plan', '1,500', 'Haqqin.az']);
    expect(cells('oil-aktau-to-baku-2026-forecast-kmg').slice(2, 3)).toEqual(['expected']);
  });
});

describe('timeline view', () => {
  it('names each marker by date and title, in date order', () => {
    const v = view('timeline', 'en');
    if (v.id !== 'timeline') throw new Error('wrong view');
    expect(v.chart.markers.find((m) => m.id === 'ms-diplomatic-relations')!.label).toBe('30 August 1992: Diplomatic relations established');
    expect(v.chart.markers).toHaveLength(dataset.milestones.length);
    expect(v.sourceLine).toMatch(/^Sources: /);
    expect(v.sourceLine).not.toMatch(/reported/);
  });
});

describe('one chart’s data (an embed)', () => {
  for (const id of CHART_IDS) {
    it(`${id}: only its own figures, and the same view as from everything, filtered or not`, () => {
      const own = selectChartData(dataset, id);
      expect(own.observations.length).toBeLessThan(data.observations.length);
      expect(own.milestones.length).toBe(id === 'timeline' ? data.milestones.length : 0);
      const used = new Set([...own.observations.map((o) => (o as { sourceId: string }).sourceId), ...own.milestones.map((m) => (m as { sourceId: string }).sourceId)]);
      expect(own.sources.every((s) => used.has(s.id))).toBe(true);
      const t = strictTranslator('kk');
      const kzFrom2020: ChartFilter = { range: { from: 2020, to: bounds.max }, reporters: ['KZ'] };
      for (const filter of [everything, kzFrom2020]) {
        expect(buildChartView(id, { data: own, filter, bounds, locale: 'kk', t })).toEqual(buildChartView(id, { data, filter, bounds, locale: 'kk', t }));
      }
    });
  }
});
