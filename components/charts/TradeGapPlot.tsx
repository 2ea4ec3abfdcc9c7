'use client';

import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { GapPanel } from '@/lib/charts/trade-turnover/gapView';
import { AXIS, BAR, CHART_MARGINS, REPORTER_TONES, VALUE_LABEL_HALO } from '@/lib/charts/style';
import { ChartTooltip } from './ChartTooltip';
import { pickPaint, toIdPrefix } from './paint';
import { ReporterPatterns } from './ReporterPatterns';

/**
 * A bar's label, right of whichever is further right, the bar's end or zero: a bar below zero
 * (Azerbaijan reports more) would otherwise put its label over the period's name.
 */
function GapLabel(props: { x?: number | string; y?: number | string; width?: number | string; height?: number | string; value?: unknown }) {
  const x = Number(props.x ?? 0);
  const width = Number(props.width ?? 0);
  const y = Number(props.y ?? 0);
  const height = Number(props.height ?? 0);
  return (
    <text x={Math.max(x, x + width) + 6} y={y + height / 2} dominantBaseline="central" fill={AXIS.label} {...VALUE_LABEL_HALO} className="chart-value-label">
      {String(props.value ?? '')}
    </text>
  );
}

/** The side whose figure is higher: its colour (and Kazakhstan's hatch) on the bar. */
const SIDE_REPORTER = { kzHigher: 'KZ', azHigher: 'AZ' } as const;

/**
 * The gap between the two sides' trade figures (computed): one bar a period, from zero to
 * Kazakhstan's figure minus Azerbaijan's, periods down the side (recharts; browser only).
 */
export function TradeGapPlot({
  panel,
  title,
  desc,
  margin,
  yAxisWidth,
}: {
  panel: GapPanel;
  title: string;
  desc: string;
  /** Room around the plot, px (slides and exports give room for their larger labels); the card's by default. */
  margin?: { top: number; right: number; bottom: number; left: number };
  /** Width of the period axis, px; measured on screen by default (a scaled slide needs it given). */
  yAxisWidth?: number;
}) {
  const prefix = toIdPrefix(useId(), 'gap');
  const tick = { fill: AXIS.text };
  const labels = new Map(panel.axis.ticks.map((t) => [t.value, t.label]));
  return (
    <BarChart
      responsive
      style={{ width: '100%', height: '100%' }}
      data={panel.rows}
      layout="vertical"
      margin={margin ?? { ...CHART_MARGINS.horizontalBars, right: 120 }}
      barCategoryGap={BAR.categoryGap}
      maxBarSize={BAR.maxWidth}
      title={title}
      desc={desc}
    >
      <ReporterPatterns prefix={prefix} reporters={['AZ', 'KZ']} />
      <CartesianGrid stroke={AXIS.grid} vertical horizontal={false} />
      <XAxis
        type="number"
        domain={[panel.axis.min, panel.axis.max]}
        ticks={panel.axis.ticks.map((t) => t.value)}
        tickFormatter={(v: number) => labels.get(v) ?? ''}
        tick={tick}
        stroke={AXIS.line}
      />
      <YAxis type="category" dataKey="label" width={yAxisWidth ?? 'auto'} tick={tick} stroke={AXIS.line} interval={0} />
      <ReferenceLine x={0} stroke={AXIS.text} strokeWidth={1.5} />
      <Tooltip
        content={(p) => <ChartTooltip active={p.active} payload={p.payload} tooltips={panel.tooltips} />}
        cursor={{ fill: AXIS.grid, fillOpacity: 0.6 }}
        isAnimationActive={false}
      />
      <Bar dataKey="gap" name={panel.heading} isAnimationActive={false} strokeWidth={1}>
        {panel.rows.map((r) => (
          <Cell key={r.key} fill={pickPaint(prefix, SIDE_REPORTER[r.side], 'main')} stroke={REPORTER_TONES[SIDE_REPORTER[r.side]].stroke} data-side={r.side} />
        ))}
        <LabelList dataKey="gapLabel" content={GapLabel} />
      </Bar>
    </BarChart>
  );
}
