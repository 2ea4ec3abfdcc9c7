import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../dataset';
import { LOCALES, type Locale } from '../../i18n/locales';
import { MESSAGES } from '../../i18n/messages';
import type { Translate } from '../../observations';
import { buildChartView, findYearBounds, selectChartData } from '../build';
import { middleCorridorPptx } from './pptx';
import { CORRIDOR_DISPLAY_SCALE, MARK_DODGE_SHARE, TARGET_SCALE_RATIO, dodgeMarks, isTargetOnScale, type MiddleCorridorView } from './view';

function translator(locale: Locale): Translate {
  return createTranslator({ locale, messages: MESSAGES[locale], onError: (e) => { throw e; } }) as unknown as Translate;
}

const data = selectChartData(dataset);
const bounds = findYearBounds(data);
const filter = { range: { from: bounds.min, to: bounds.max }, reporters: ['AZ', 'KZ'] as const };
const viewIn = (locale: Locale) => buildChartView('middle-corridor', { data, filter: { ...filter, reporters: [...filter.reporters] }, bounds, locale, t: translator(locale) }) as MiddleCorridorView;
const byId = (id: string) => dataset.observations.find((o) => o.id === id)!;

describe('the corridor chart’s view', () => {
  for (const locale of LOCALES) {
    it(`labels every series with its scope and side, and plots each figure at its own year in ${locale}`, () => {
      const v = viewIn(locale);
      const t = translator(locale);
      expect(v.chart.panels.map((p) => p.panel)).toEqual(['tonnes', 'teu']);
      for (const p of v.chart.panels) {
        for (const s of p.series) {
          expect(s.label).toContain(t(`charts.middleCorridor.scopes.${s.scope}`));
          expect(s.label).toContain(t(`charts.common.reportedByLower.${s.reporter}`));
          for (const pt of s.points) {
            const row = p.rows.find((r) => r.key === String(pt.year))!;
            expect(row[s.key]).toBe(byId(pt.observationId).value / CORRIDOR_DISPLAY_SCALE[p.panel]);
            expect(row[`${s.key}_id`]).toBe(pt.observationId);
          }
        }
        // One table a panel, one group a series (never a mixed group), then the plans and targets.
        const table = v.tables.find((tb) => tb.key === `corridor-${p.panel}`)!;
        expect(table.groups.slice(0, p.series.length).map((g) => g.heading)).toEqual(p.series.map((s) => s.label));
      }
      expect(v.description).toContain(t('charts.middleCorridor.description.scopes'));
    });
  }

  it('keeps the axis the figures’ own when the target is far above them: the target is marked above the plot, in the legend and table, and apart in the .pptx', () => {
    const v = viewIn('en');
    const teu = v.chart.panels.find((p) => p.panel === 'teu')!;
    const top = Math.max(...teu.series.flatMap((s) => s.points.map((pt) => pt.value)), ...teu.plans.flatMap((p) => p.points.map((pt) => pt.value)));
    expect(teu.targets.map((tg) => tg.value)).toEqual([300]);
    expect(teu.targets[0]!.onScale).toBe(false);
    // The axis reaches the largest figure, not the target: the figures fill most of the height.
    expect(teu.axis.max).toBeGreaterThanOrEqual(top);
    expect(teu.axis.max).toBeLessThan(300);
    expect(top / teu.axis.max).toBeGreaterThan(0.75);
    expect(teu.targets[0]!.label).toBe('Target for 2029: 300,000 TEU a year (Whole route (Kazakhstan’s Ministry of Transport))');
    expect(teu.targets[0]!.placedLabel).toBe('Target for 2029: 300,000 TEU a year (Whole route (Kazakhstan’s Ministry of Transport)), above the scale');
    expect(teu.targets[0]!.mark).toBe('2029 target: 300,000 TEU');
    for (const locale of LOCALES) expect(viewIn(locale).chart.panels[1]!.targets[0]!.mark, locale).toMatch(/2029.*300/);
    const table = v.tables.find((tb) => tb.key === 'corridor-teu')!;
    expect(table.groups.flatMap((g) => g.rows).map((r) => r.key)).toContain('corridor-containers-2029-target-kz');
    expect(teu.plans.map((p) => p.label)).toEqual(['Plan (hollow marker): Caspian crossing via the two countries’ seaports (TITR Association)']);
    const specs = middleCorridorPptx(v);
    expect(specs.map((s) => s.panel)).toEqual(['corridor-tonnes', 'corridor-teu']);
    const teuSpec = specs[1]!;
    expect(teuSpec.valueMax).toBe(teu.axis.max);
    expect(teuSpec.series.filter((s) => s.role === 'reference').map((s) => [s.name, s.values.every((x) => x === null)])).toEqual([[teu.targets[0]!.placedLabel, true]]);
    expect(teuSpec.series.filter((s) => s.role === 'data').map((s) => s.name)).toEqual([...teu.series.map((s) => s.label), ...teu.plans.map((p) => p.label)]);
  });

  it('sets apart the 2024 seaports and Aktau–Baku marks that would cover each other, and leaves the rest in place', () => {
    const teu = viewIn('en').chart.panels.find((p) => p.panel === 'teu')!;
    const y2024 = teu.rows.find((r) => r.key === '2024')!;
    const dodged = Object.entries(y2024).filter(([k]) => k.endsWith('_dodge'));
    expect(dodged.map(([, v]) => v).sort()).toEqual([-0.5, 0.5]);
    // 2025: the Port of Baku's figure and the seaports' plan are far enough apart on the figures' axis.
    expect(Object.keys(teu.rows.find((r) => r.key === '2025')!).filter((k) => k.endsWith('_dodge'))).toEqual([]);
  });
});

describe('isTargetOnScale', () => {
  it('draws a target on the axis up to TARGET_SCALE_RATIO times the largest figure', () => {
    expect(isTargetOnScale(150, 100)).toBe(TARGET_SCALE_RATIO >= 1.5);
    expect(isTargetOnScale(300, 107)).toBe(false);
    expect(isTargetOnScale(90, 100)).toBe(true);
    expect(isTargetOnScale(300, 0)).toBe(true);
  });
});

describe('dodgeMarks', () => {
  const mark = (key: string, year: number, value: number, fixed = false) => ({ key, year, value, fixed });
  it('moves a loose mark (a plan) beside a line’s vertex it would cover; the vertex stays', () => {
    const out = dodgeMarks([mark('baku', 2025, 107, true), mark('plan', 2025, 104)], 120);
    expect([...out]).toEqual([['plan@2025', 1]]);
  });
  it('spreads loose marks only about their year, right and left of a vertex in turn', () => {
    expect([...dodgeMarks([mark('a', 2024, 55), mark('b', 2024, 56.5)], 120)]).toEqual([
      ['a@2024', -0.5],
      ['b@2024', 0.5],
    ]);
    expect([...dodgeMarks([mark('v', 2024, 50, true), mark('a', 2024, 51), mark('b', 2024, 52)], 100)]).toEqual([
      ['a@2024', 1],
      ['b@2024', -1],
    ]);
  });
  it('leaves marks further apart than the share of the axis, or of other years, in place', () => {
    expect(dodgeMarks([mark('a', 2025, 107, true), mark('b', 2025, 96)], 120).size).toBe(0);
    expect(dodgeMarks([mark('a', 2024, 50), mark('b', 2025, 50)], 100).size).toBe(0);
    expect(120 * MARK_DODGE_SHARE).toBeLessThan(11);
  });
});
