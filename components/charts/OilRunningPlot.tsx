'use client';

import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { OilVolumesView } from '@/lib/charts/oil-volumes/view';
import type { ValueAxis } from '@/lib/charts/viewModel';
import { AXIS, CHART_MARGINS, MARKER_RADIUS, PACE_LINE, REFERENCE_LINE, YEAR_LINE_STYLES } from '@/lib/charts/style';
import { makeValueAxisProps } from './axis';
import { ChartTooltip } from './ChartTooltip';

interface Props {
  running: OilVolumesView['chart']['running'];
  references: OilVolumesView['chart']['references'];
  axis: ValueAxis;
  title: string;
  desc: string;
  /** Room around the plot, px (slides give more for their larger type); the card's by default. */
  margin?: { top: number; right: number; bottom: number; left: number };
  /** Width of the left axis, px; measured from its labels by default (recharts measures them on screen, so a scaled slide needs it given). */
  yAxisWidth?: number;
  /** Name the reference lines on the plot (off where a legend beside it names them). */
  referenceLabels?: boolean;
}

type DotProps = { cx?: number; cy?: number; value?: unknown; index?: number };

/** A point of a running-total line: circle, square or diamond by year (separates them in greyscale). */
function YearDot({ cx, cy, value, color, marker, testId }: DotProps & { color: string; marker: string; testId: string }) {
  if (typeof cx !== 'number' || typeof cy !== 'number' || value === null || value === undefined) return null;
  const r = MARKER_RADIUS;
  const common = { fill: color, stroke: '#ffffff', strokeWidth: 1.5, 'data-testid': testId };
  if (marker === 'square') return <rect x={cx - r} y={cy - r} width={2 * r} height={2 * r} {...common} />;
  if (marker === 'diamond') return <path d={`M${cx},${cy - r - 1} L${cx + r + 1},${cy} L${cx},${cy + r + 1} L${cx - r - 1},${cy} Z`} {...common} />;
  return <circle cx={cx} cy={cy} r={r} {...common} />;
}

/** Running totals through the year on a January–December axis, the stated pace, and the agreed volumes. */
export function OilRunningPlot({ running, references, axis, title, desc, margin, referenceLabels = true, yAxisWidth }: Props) {
  return (
    <LineChart responsive style={{ width: '100%', height: '100%' }} data={running.rows} margin={margin ?? CHART_MARGINS.lines} title={title} desc={desc}>
      <CartesianGrid stroke={AXIS.grid} vertical={false} />
      <XAxis dataKey="label" tick={{ fill: AXIS.text }} stroke={AXIS.line} interval="preserveStartEnd" minTickGap={2} />
      <YAxis {...makeValueAxisProps(axis)} tick={{ fill: AXIS.text }} stroke={AXIS.line} width={yAxisWidth ?? 'auto'} />
      <Tooltip content={(p) => <ChartTooltip active={p.active} payload={p.payload} tooltips={running.tooltips} />} isAnimationActive={false} />
      {references.map((r) => (
        <ReferenceLine
          key={r.key}
          y={r.value}
          stroke={REFERENCE_LINE.color}
          strokeDasharray={REFERENCE_LINE.dash}
          strokeWidth={REFERENCE_LINE.width}
          ifOverflow="extendDomain"
          label={referenceLabels ? { value: r.label, position: 'insideTopLeft', fill: AXIS.label, className: 'chart-reference-label' } : undefined}
        />
      ))}
      {running.pace ? (
        <Line
          dataKey={running.pace.key}
          name={running.pace.label}
          stroke={PACE_LINE.color}
          strokeDasharray={PACE_LINE.dash}
          strokeWidth={PACE_LINE.width}
          dot={false}
          activeDot={false}
          connectNulls
          isAnimationActive={false}
        />
      ) : null}
      {running.lines.map((line, i) => {
        const style = YEAR_LINE_STYLES[i % YEAR_LINE_STYLES.length]!;
        return (
          <Line
            key={line.key}
            dataKey={line.key}
            name={line.label}
            stroke={style.color}
            strokeWidth={2.5}
            strokeDasharray={style.dash || undefined}
            connectNulls
            isAnimationActive={false}
            dot={(p: DotProps) => <YearDot key={`${line.key}-${p.index}`} {...p} color={style.color} marker={style.marker} testId="running-point" />}
            activeDot={{ r: MARKER_RADIUS + 2 }}
          />
        );
      })}
    </LineChart>
  );
}
