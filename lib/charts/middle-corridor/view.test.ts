import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../dataset';
import { LOCALES, type Locale } from '../../i18n/locales';
import { MESSAGES } from '../../i18n/messages';
import type { Translate } from '../../observations';
import { buildChartView, findYearBounds, selectChartData } from '../build';
import { middleCorridorPptx } from './pptx';
import { CORRIDOR_DISPLAY_SCALE, type MiddleCorridorView } from './view';

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

  it('draws the target as a reference line and the plans apart, in the .pptx too', () => {
    const v = viewIn('en');
    const teu = v.chart.panels.find((p) => p.panel === 'teu')!;
    expect(teu.targets.map((tg) => tg.value)).toEqual([300]);
    expect(teu.targets[0]!.label).toMatch(/^Target for 2029: 300,000 TEU a year/);
    expect(teu.plans.map((p) => p.label)).toEqual(['Plan (hollow marker): Caspian crossing via the two countries’ seaports (TITR Association)']);
    const specs = middleCorridorPptx(v);
    expect(specs.map((s) => s.panel)).toEqual(['corridor-tonnes', 'corridor-teu']);
    const teuSpec = specs[1]!;
    expect(teuSpec.series.filter((s) => s.role === 'reference').map((s) => s.values.every((x) => x === 300))).toEqual([true]);
    expect(teuSpec.series.filter((s) => s.role === 'data').map((s) => s.name)).toEqual([...teu.series.map((s) => s.label), ...teu.plans.map((p) => p.label)]);
  });
});
