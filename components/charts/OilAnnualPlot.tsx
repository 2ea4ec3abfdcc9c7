'use client';

import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { OilVolumesView } from '@/lib/charts/oil-volumes/view';
import type { ValueAxis } from '@/lib/charts/viewModel';
import { AXIS, BAR, CHART_MARGINS, REFERENCE_LINE, VALUE_LABEL_HALO } from '@/lib/charts/style';
import { makeValueAxisProps } from './axis';
import { ChartTooltip } from './ChartTooltip';
import { paintOilBar } from './oilBars';
import { toIdPrefix } from './paint';
import { ReporterPatterns } from './ReporterPatterns';

interface Props {
  annual: OilVolumesView['chart']['annual'];
  references: OilVolumesView['chart']['references'];
  axis: ValueAxis;
  title: string;
  desc: string;
  /** Room around the plot, px (slides give more for their larger type); the card's by default. */
  margin?: { top: number; right: number; bottom: number; left: number };
  /** Width of the left axis, px; measured from its labels by default (recharts measures them on screen, so a scaled slide needs it given). */
  yAxisWidth?: number;
  /** Widest bar, px (slides: wide enough for a label on one line). */
  maxBarSize?: number;
}

/**
 * Shipments per calendar year (thousand tonnes) with the agreed annual volumes as dotted lines. One
 * bar per row: the series share a stack, and each row has a value in one series only, so every bar
 * stands at full width; plans are outlined and dashed (components/charts/oilBars.tsx).
 */
export function OilAnnualPlot({ annual, references, axis, title, desc, margin, yAxisWidth, maxBarSize }: Props) {
  const prefix = toIdPrefix(useId(), 'oil');
  return (
    <BarChart
      responsive
      style={{ width: '100%', height: '100%' }}
      data={annual.rows}
      margin={margin ?? CHART_MARGINS.bars}
      barCategoryGap={BAR.categoryGap}
      maxBarSize={maxBarSize ?? BAR.maxWidth}
      title={title}
      desc={desc}
    >
      <ReporterPatterns prefix={prefix} reporters={[...new Set(annual.series.map((s) => s.reporter))]} />
      <CartesianGrid stroke={AXIS.grid} vertical={false} />
      <XAxis dataKey="label" tick={{ fill: AXIS.text }} stroke={AXIS.line} interval={0} />
      <YAxis {...makeValueAxisProps(axis)} tick={{ fill: AXIS.text }} stroke={AXIS.line} width={yAxisWidth ?? 'auto'} />
      <Tooltip content={(p) => <ChartTooltip active={p.active} payload={p.payload} tooltips={annual.tooltips} />} cursor={{ fill: AXIS.grid, fillOpacity: 0.6 }} isAnimationActive={false} />
      {references.map((r) => (
        <ReferenceLine key={r.key} y={r.value} stroke={REFERENCE_LINE.color} strokeDasharray={REFERENCE_LINE.dash} strokeWidth={REFERENCE_LINE.width} ifOverflow="extendDomain" />
      ))}
      {annual.series.map((series) => (
        <Bar key={series.key} dataKey={series.key} name={series.label} stackId="annual" {...paintOilBar(prefix, series)} isAnimationActive={false}>
          <LabelList dataKey={`${series.key}_label`} position="top" fill={AXIS.label} {...VALUE_LABEL_HALO} className="chart-value-label" />
          {series.kind === 'plan' ? <LabelList dataKey={`${series.key}_status`} position="center" angle={-90} fill={AXIS.label} {...VALUE_LABEL_HALO} className="chart-status-label" /> : null}
        </Bar>
      ))}
    </BarChart>
  );
}
