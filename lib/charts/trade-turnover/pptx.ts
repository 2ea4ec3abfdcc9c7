/** The trade chart's panels as native .pptx charts (lib/present/pptxCharts.ts, lib/present/pptxRegistry.ts). */
import { alt, flowLegend, hatchOf, lightHex, oneBarPerCategory, reporterColor, sideBars, type ChartSeriesSpec, type ChartSpec, type PanelId } from '../../present/pptxCharts';
import { oneBarPerRow } from '../../present/slideRows';
import { PART_TONES, REPORTER_TONES } from '../style';
import { TRADE_PARTS, makeTradeDataKey, makeTradeLabelKey, type TradePart, type TradeTurnoverView } from './view';

/** The .pptx panel of each part the deck's slides draw. */
export const tradeTurnoverPptxPanels = { years: 'trade-years', partYears: 'trade-part-years', gap: 'trade-gap' } as const;

/** Tone of each stacked part of a trade bar, as the deck draws it (components/charts/TradeTurnoverPlot.tsx). */
const TRADE_PART_TONE: Record<TradePart, 'dark' | 'light' | 'main'> = { kzToAz: 'dark', azToKz: 'light', total: 'main' };

/**
 * Trade as the deck draws it: one horizontal bar per side and period (lib/present/slideRows.ts),
 * the two directions stacked where both were published, the turnover as one piece where they
 * were not. One series per side and part (each side's tones), each value a published figure.
 * Rows are listed bottom to top (PowerPoint draws the first category at the bottom), so the
 * slide reads top down like the deck.
 */
export function tradeTurnoverPptx(view: TradeTurnoverView): ChartSpec[] {
  const gap = tradeGapPptx(view);
  return [...tradeBarsPptx(view), ...(gap ? [gap] : [])];
}

/** The side whose figure is higher in a gap bar: its colour and hatch. */
const GAP_SIDE_REPORTER = { kzHigher: 'KZ', azHigher: 'AZ' } as const;

/**
 * The difference between the sides (computed) as the deck draws it: one horizontal bar a period
 * from zero (right: Kazakhstan's figure higher; left: Azerbaijan's), in the higher side's colour,
 * labelled "+63.4 (+13.5%)" as the screen writes it. One series per side (overlapping: a period has
 * one bar), periods listed bottom to top like the other horizontal panels.
 */
export function tradeGapPptx(view: TradeTurnoverView): ChartSpec | null {
  const { gap } = view.chart;
  if (gap.rows.length === 0) return null;
  const rows = [...gap.rows].reverse();
  const categories = rows.map((r) => r.label);
  const series: ChartSeriesSpec[] = gap.legend.map(({ side, label }) => ({
    ...sideBars(
      GAP_SIDE_REPORTER[side],
      label,
      rows.map((r) => (r.side === side ? r.gap : null)),
      rows.map((r) => (r.side === side ? r.gapLabel : null)),
    ),
    // A bar below zero is labelled right of zero, as on the screen (past its own end the label would cover the period's name).
    labels: side === 'kzHigher',
  }));
  if (rows.some((r) => r.gap < 0)) {
    const below = rows.map((r) => (r.gap < 0 ? r.gapLabel : null));
    series.push({ name: gap.heading, values: below.map((l) => (l === null ? null : 0)), labelTexts: below, color: 'FFFFFF', type: 'bar', dash: 'solid', marker: 'none', labels: true, role: 'label' });
  }
  const legend = flowLegend([gap.legend.map((l) => ({ label: l.label, color: reporterColor(GAP_SIDE_REPORTER[l.side]) }))]);
  return oneBarPerCategory({
    panel: tradeTurnoverPptxPanels.gap,
    categories,
    series,
    valueTitle: view.unitLabel,
    valueMin: gap.axis.min,
    valueMax: gap.axis.max,
    heading: gap.heading,
    legend,
    altText: alt(view.title, gap.heading, [...categories].reverse(), series.map((x) => ({ ...x, values: [...x.values].reverse() }))),
  });
}

/** The calendar-year and part-year panels. */
function tradeBarsPptx(view: TradeTurnoverView): ChartSpec[] {
  const partLabel = new Map(view.chart.legend.parts.map((p) => [p.part, p.label]));
  // The label carrier's name (not shown: the chart's legend is off): the table's "Turnover".
  const turnoverName = view.tables[0]?.columns.find((c) => c.key === 'turnover')?.label ?? 'turnover';
  const panels: { id: PanelId; panel: (typeof view.chart)['years']; heading: string | null }[] = [
    { id: 'trade-years', panel: view.chart.years, heading: null },
    { id: 'trade-part-years', panel: view.chart.partYears, heading: view.chart.partYears.heading },
  ];
  return panels
    .filter((p) => p.panel.rows.length > 0)
    .map(({ id, panel, heading }) => {
      const rows = [...oneBarPerRow(panel).rows].reverse();
      const categories = rows.map((r) => r.label);
      const series: ChartSeriesSpec[] = panel.series.flatMap((s) =>
        TRADE_PARTS.map((part): ChartSeriesSpec | null => {
          const key = makeTradeDataKey(s.reporter, part);
          const values = rows.map((row) => (typeof row[key] === 'number' ? (row[key] as number) : null));
          if (values.every((v) => v === null)) return null;
          const labelKey = makeTradeLabelKey(s.reporter, part);
          return {
            name: `${s.label} · ${partLabel.get(part) ?? part}`,
            values,
            // A whole bar is labelled with the turnover as the screen writes it ("~598.5").
            ...(part === 'total' ? { labelTexts: rows.map((row) => (typeof row[key] === 'number' && typeof row[labelKey] === 'string' ? (row[labelKey] as string) : null)) } : {}),
            color: lightHex(REPORTER_TONES[s.reporter][TRADE_PART_TONE[part]]),
            hatch: hatchOf(s.reporter, TRADE_PART_TONE[part]),
            type: 'bar',
            dash: 'solid',
            marker: 'none',
            // The directions' pieces are not labelled, as in the deck: the published turnover at the
            // bar's end says the figure (PowerPoint wrote "375.3" in every language on them).
            labels: part === 'total',
            role: 'data',
          };
        }).filter((x): x is ChartSeriesSpec => x !== null),
      );
      // A split bar's published turnover at its end, as the screen writes it: an invisible part
      // after the directions (no length, so the bar keeps its size) carries the labels.
      const splitLabels = rows.map((row) => {
        const side = panel.series.find((x) => (['kzToAz', 'azToKz'] as const).some((p) => typeof row[makeTradeLabelKey(x.reporter, p)] === 'string'));
        if (!side) return null;
        const part = (['azToKz', 'kzToAz'] as const).find((p) => typeof row[makeTradeLabelKey(side.reporter, p)] === 'string')!;
        return row[makeTradeLabelKey(side.reporter, part)] as string;
      });
      if (splitLabels.some((l) => l !== null)) {
        series.push({ name: turnoverName, values: splitLabels.map((l) => (l === null ? null : 0)), labelTexts: splitLabels, color: 'FFFFFF', type: 'bar', dash: 'solid', marker: 'none', labels: true, role: 'label' });
      }
      const present = (reporter: string, part?: TradePart) => series.some((x) => x.values.some((v) => v !== null) && x.name.startsWith(`${panel.series.find((p) => p.reporter === reporter)?.label} · `) && (!part || x.name.endsWith(` · ${partLabel.get(part)}`)));
      const legend = flowLegend([
        panel.series.filter((p) => present(p.reporter)).map((p) => ({ label: p.label, color: lightHex(REPORTER_TONES[p.reporter].main) })),
        view.chart.legend.parts.filter((p) => panel.series.some((x) => present(x.reporter, p.part))).map((p) => ({ label: p.label, color: lightHex(PART_TONES[TRADE_PART_TONE[p.part]]) })),
      ].filter((row) => row.length > 0));
      return { panel: id, type: 'bar', direction: 'bar', overlap: false, stacked: true, categories, xValues: [], series, valueTitle: view.unitLabel, valueMax: panel.axis.max, heading, legend, altText: alt(view.title, heading, [...categories].reverse(), series.map((x) => ({ ...x, values: [...x.values].reverse() }))) };
    });
}

