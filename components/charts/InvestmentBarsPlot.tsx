'use client';

import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { InvestmentBarRow } from '@/lib/charts/investment-flows/view';
import type { TooltipModel, ValueAxis } from '@/lib/charts/viewModel';
import { AXIS, BAR, CATEGORY_AXIS_WIDTH, CHART_MARGINS, REPORTER_TONES, VALUE_LABEL_HALO } from '@/lib/charts/style';
import { makeValueAxisProps } from './axis';
import { ChartTooltip } from './ChartTooltip';
import { pickPaint, toIdPrefix } from './paint';
import { ReporterPatterns } from './ReporterPatterns';

interface Props {
  rows: InvestmentBarRow[];
  axis: ValueAxis;
  tooltips: Record<string, TooltipModel>;
  title: string;
  desc: string;
  /** Room around the plot and width of the category labels, px (slides: larger type); the card's by default. */
  margin?: { top: number; right: number; bottom: number; left: number };
  categoryWidth?: number;
}

/** Category label in short lines: the years covered, then what kind of figure it is. */
function CategoryTick(props: { x?: number | string; y?: number | string; payload?: { value?: unknown }; rows: InvestmentBarRow[] }) {
  const row = props.rows.find((r) => r.key === props.payload?.value);
  if (!row) return null;
  return (
    <text x={Number(props.x)} y={Number(props.y)} textAnchor="end" fill={AXIS.text}>
      <tspan x={Number(props.x)} dy={`${-0.55 * row.details.length}em`} fontWeight={700} fill={AXIS.label}>
        {row.label}
      </tspan>
      {row.details.map((line, i) => (
        <tspan key={i} x={Number(props.x)} dy="1.1em" fontSize="0.85em">
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** One direction of investment as horizontal bars, one per figure, coloured by who reported it. */
export function InvestmentBarsPlot({ rows, axis, tooltips, title, desc, margin, categoryWidth }: Props) {
  const prefix = toIdPrefix(useId(), 'invest');
  return (
    <BarChart
      responsive
      style={{ width: '100%', height: '100%' }}
      data={rows}
      layout="vertical"
      margin={margin ?? CHART_MARGINS.horizontalBars}
      barCategoryGap={BAR.categoryGap}
      maxBarSize={BAR.maxWidth}
      title={title}
      desc={desc}
    >
      <ReporterPatterns prefix={prefix} reporters={[...new Set(rows.map((r) => r.reporter))]} />
      <CartesianGrid stroke={AXIS.grid} horizontal={false} />
      <XAxis {...makeValueAxisProps(axis)} tick={{ fill: AXIS.text }} stroke={AXIS.line} />
      <YAxis type="category" dataKey="key" width={categoryWidth ?? CATEGORY_AXIS_WIDTH.investment} tick={<CategoryTick rows={rows} />} stroke={AXIS.line} interval={0} />
      <Tooltip content={(p) => <ChartTooltip active={p.active} payload={p.payload} tooltips={tooltips} />} cursor={{ fill: AXIS.grid, fillOpacity: 0.6 }} isAnimationActive={false} />
      <Bar dataKey="value" isAnimationActive={false} strokeWidth={1}>
        {rows.map((r) => (
          <Cell key={r.key} fill={pickPaint(prefix, r.reporter, 'main')} stroke={REPORTER_TONES[r.reporter].stroke} />
        ))}
        <LabelList dataKey="valueLabel" position="right" fill={AXIS.label} {...VALUE_LABEL_HALO} className="chart-value-label" />
      </Bar>
    </BarChart>
  );
}
