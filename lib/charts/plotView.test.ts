import { describe, expect, it } from 'vitest';
import { createTranslator } from 'next-intl';
import { MESSAGES } from '../i18n/messages';
import { dataset } from '../dataset';
import type { Translate } from '../observations';
import { buildViewsWithDictionary, findYearBounds, selectChartData } from './build';
import { toPlotView } from './plotView';

describe('toPlotView', () => {
  const data = selectChartData(dataset);
  const t = createTranslator({ locale: 'en', messages: MESSAGES.en }) as unknown as Translate;
  const { views } = buildViewsWithDictionary({ data, bounds: findYearBounds(data), locale: 'en', t });

  it('keeps what the plots draw and drops what the server wrote beside them', () => {
    for (const view of views) {
      const plot = toPlotView(view);
      if (plot.id === 'timeline' && view.id === 'timeline') {
        // Per-page source lines are for slides and images: not the card's plot.
        expect(plot.chart).toEqual({ ...view.chart, pageSources: {} });
        expect(Object.keys(view.chart.pageSources).length).toBeGreaterThan(0);
      } else expect(plot.chart).toEqual(view.chart);
      expect([plot.id, plot.title, plot.unitLabel, plot.description]).toEqual([view.id, view.title, view.unitLabel, view.description]);
      expect(plot.tables).toEqual([]);
      expect(plot.notes).toEqual([]);
      expect(view.tables.length + view.notes.length).toBeGreaterThan(0);
      expect(JSON.stringify(plot).length).toBeLessThan(JSON.stringify(view).length);
    }
  });
});
