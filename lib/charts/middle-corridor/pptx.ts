/** The corridor chart's panels as native .pptx line charts (lib/present/pptxCharts.ts, lib/present/pptxRegistry.ts). */
import { alt, dashOf, lightHex, type ChartSeriesSpec, type ChartSpec } from '../../present/pptxCharts';
import { REFERENCE_LINE, SCOPE_LINE_STYLES } from '../style';
import type { MiddleCorridorView } from './view';

/** The .pptx panel of each part the deck's slides draw. */
export const middleCorridorPptxPanels = { tonnes: 'corridor-tonnes', teu: 'corridor-teu' } as const;

export function middleCorridorPptx(view: MiddleCorridorView): ChartSpec[] {
  return view.chart.panels.map((panel) => {
    const categories = panel.rows.map((r) => r.label);
    const valuesOf = (key: string) => panel.rows.map((r) => (typeof r[key] === 'number' ? (r[key] as number) : null));
    const series: ChartSeriesSpec[] = [
      ...panel.series.map(
        (s): ChartSeriesSpec => ({
          name: s.label,
          values: valuesOf(s.key),
          color: lightHex(SCOPE_LINE_STYLES[s.scope].color),
          type: 'line',
          dash: dashOf(SCOPE_LINE_STYLES[s.scope].dash),
          marker: SCOPE_LINE_STYLES[s.scope].marker,
          labels: false,
          role: 'data',
        }),
      ),
      ...panel.plans.map(
        (p): ChartSeriesSpec => ({
          name: p.label,
          values: valuesOf(p.key),
          color: lightHex(SCOPE_LINE_STYLES[p.scope].color),
          type: 'line',
          dash: 'sysDot',
          marker: SCOPE_LINE_STYLES[p.scope].marker,
          labels: false,
          role: 'data',
        }),
      ),
      // A target far above the figures is named in the legend ("…, above the scale") with no line:
      // the axis is the figures' own (valueMax), so a line at its value would not show.
      ...panel.targets.map(
        (tg): ChartSeriesSpec => ({
          name: tg.placedLabel,
          values: categories.map(() => (tg.onScale ? tg.value : null)),
          color: lightHex(REFERENCE_LINE.color),
          type: 'line',
          dash: dashOf(REFERENCE_LINE.dash),
          marker: 'none',
          labels: false,
          role: 'reference',
        }),
      ),
    ];
    return {
      panel: middleCorridorPptxPanels[panel.panel],
      type: 'line',
      direction: 'col',
      overlap: false,
      stacked: false,
      categories,
      xValues: [],
      series,
      valueTitle: panel.unitLabel,
      valueMax: panel.axis.max,
      heading: panel.heading,
      legend: null,
      altText: alt(view.title, panel.heading, categories, series),
    };
  });
}
