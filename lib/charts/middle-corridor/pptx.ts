/** The corridor chart's panels as native .pptx line charts (lib/present/pptxCharts.ts, lib/present/pptxRegistry.ts). */
import { alt, dashOf, lightHex, referenceLine, type ChartSeriesSpec, type ChartSpec } from '../../present/pptxCharts';
import { SCOPE_LINE_STYLES } from '../style';
import type { MiddleCorridorView } from './view';

/** The .pptx panel of each part the deck's slides draw. */
export const middleCorridorPptxPanels = { tonnes: 'corridor-tonnes', teu: 'corridor-teu' } as const;

export function middleCorridorPptx(view: MiddleCorridorView): ChartSpec[] {
  return view.chart.panels.map((panel) => {
    const categories = panel.rows.map((r) => r.label);
    const valuesOf = (key: string) => panel.rows.map((r) => (typeof r[key] === 'number' ? (r[key] as number) : null));
    // A scope's line in its colour and marker; a plan's points dotted (the screen's hollow markers).
    const scopeLine = (item: { key: string; label: string; scope: keyof typeof SCOPE_LINE_STYLES }, dash: ChartSeriesSpec['dash']): ChartSeriesSpec => ({
      name: item.label,
      values: valuesOf(item.key),
      color: lightHex(SCOPE_LINE_STYLES[item.scope].color),
      type: 'line',
      dash,
      marker: SCOPE_LINE_STYLES[item.scope].marker,
      labels: false,
      role: 'data',
    });
    const series: ChartSeriesSpec[] = [
      ...panel.series.map((s) => scopeLine(s, dashOf(SCOPE_LINE_STYLES[s.scope].dash))),
      ...panel.plans.map((p) => scopeLine(p, 'sysDot')),
      // A target far above the figures is named in the legend ("…, above the scale") with no line:
      // the axis is the figures' own (valueMax), so a line at its value would not show.
      ...panel.targets.map((tg) => referenceLine(tg.placedLabel, categories.map(() => (tg.onScale ? tg.value : null)))),
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
