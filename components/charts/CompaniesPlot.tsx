'use client';

import { CartesianGrid, LabelList, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { Reporter } from '@/data/schema';
import type { CompanyPointRow } from '@/lib/charts/investment-flows/view';
import type { TooltipModel, ValueAxis } from '@/lib/charts/viewModel';
import { AXIS, CHART_MARGINS, MARKER_RADIUS, REPORTER_TONES, VALUE_LABEL_HALO } from '@/lib/charts/style';
import { makeValueAxisProps } from './axis';
import { ChartTooltip } from './ChartTooltip';

/** Distance (px) between a point and its label. */
const LABEL_OFFSET = 12;

interface Props {
  points: CompanyPointRow[];
  domain: [number, number];
  ticks: number[];
  axis: ValueAxis;
  tooltips: Record<string, TooltipModel>;
  title: string;
  desc: string;
  /** Room around the plot, px (slides give more for their larger type); the card's by default. */
  margin?: { top: number; right: number; bottom: number; left: number };
  /** Width of the left axis, px; measured from its labels by default (recharts measures them on screen, so a scaled slide needs it given). */
  yAxisWidth?: number;
}

/** A marker whose shape also says who reported the count (circle AZ, triangle KZ, square not stated). */
export function ReporterMarker({ cx, cy, reporter, testId }: { cx: number; cy: number; reporter: Reporter; testId?: string }) {
  const tones = REPORTER_TONES[reporter];
  const r = MARKER_RADIUS + 1;
  const common = { fill: tones.main, stroke: tones.stroke, strokeWidth: 1.5, 'data-testid': testId, 'data-reporter': reporter };
  if (reporter === 'AZ') return <circle cx={cx} cy={cy} r={r} {...common} />;
  if (reporter === 'KZ') return <path d={`M${cx},${cy - r - 1} L${cx + r + 1},${cy + r} L${cx - r - 1},${cy + r} Z`} {...common} />;
  return <rect x={cx - r} y={cy - r} width={2 * r} height={2 * r} {...common} />;
}

/** Companies with Kazakh capital in Azerbaijan: points in time, not joined (sources count differently). */
export function CompaniesPlot({ points, domain, ticks, axis, tooltips, title, desc, margin, yAxisWidth }: Props) {
  return (
    <ScatterChart responsive style={{ width: '100%', height: '100%' }} margin={margin ?? CHART_MARGINS.lines} title={title} desc={desc}>
      <CartesianGrid stroke={AXIS.grid} />
      <XAxis type="number" dataKey="x" domain={domain} ticks={ticks} tickFormatter={(v: number) => String(v)} tick={{ fill: AXIS.text }} stroke={AXIS.line} />
      <YAxis {...makeValueAxisProps(axis)} dataKey="value" tick={{ fill: AXIS.text }} stroke={AXIS.line} width={yAxisWidth ?? 'auto'} />
      <Tooltip content={(p) => <ChartTooltip active={p.active} payload={p.payload} tooltips={tooltips} />} cursor={false} isAnimationActive={false} />
      <Scatter
        data={points}
        isAnimationActive={false}
        shape={(p: unknown) => {
          const { cx, cy, payload } = p as { cx: number; cy: number; payload: CompanyPointRow };
          return <ReporterMarker cx={cx} cy={cy} reporter={payload.reporter} testId="company-point" />;
        }}
      >
        <LabelList
          dataKey="label"
          content={(p: unknown) => {
            const { x, y, width, index, value } = p as { x?: number | string; y?: number | string; width?: number | string; index?: number; value?: unknown };
            const point = typeof index === 'number' ? points[index] : undefined;
            if (!point || value === undefined) return null;
            const cx = Number(x) + Number(width ?? 0) / 2;
            const offset = point.labelBelow ? LABEL_OFFSET + 10 : -LABEL_OFFSET;
            return (
              <text x={cx} y={Number(y) + Number(width ?? 0) / 2 + offset} textAnchor="middle" fill={AXIS.label} {...VALUE_LABEL_HALO} className="chart-value-label">
                {String(value)}
              </text>
            );
          }}
        />
      </Scatter>
    </ScatterChart>
  );
}
