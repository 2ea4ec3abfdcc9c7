'use client';

import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { CorridorPanelView } from '@/lib/charts/middle-corridor/view';
import type { ValueAxis } from '@/lib/charts/viewModel';
import { AXIS, CHART_MARGINS, MARKER_RADIUS, REFERENCE_LINE, SCOPE_LINE_STYLES, VALUE_LABEL_HALO } from '@/lib/charts/style';
import { makeValueAxisProps } from '../axis';
import { ChartTooltip } from '../ChartTooltip';

interface Props {
  panel: CorridorPanelView;
  axis: ValueAxis;
  title: string;
  desc: string;
  /** Room around the plot, px (slides and exports give more for their larger type); the card's by default. */
  margin?: { top: number; right: number; bottom: number; left: number };
  /** Width of the left axis, px; measured from its labels by default. */
  yAxisWidth?: number;
}

type DotProps = { cx?: number; cy?: number; value?: unknown; index?: number };

/** A figure's mark: the scope's marker, filled for an outcome, hollow for a plan; named with its figure. */
function ScopeDot({ cx, cy, value, color, marker, hollow, name, observation }: DotProps & { color: string; marker: string; hollow: boolean; name: string | undefined; observation: string | undefined }) {
  if (typeof cx !== 'number' || typeof cy !== 'number' || typeof value !== 'number' || !observation) return null;
  const r = hollow ? MARKER_RADIUS + 1 : MARKER_RADIUS;
  const common = {
    fill: hollow ? VALUE_LABEL_HALO.stroke : color,
    stroke: hollow ? color : '#ffffff',
    strokeWidth: hollow ? 2.5 : 1.5,
    'data-testid': hollow ? 'corridor-plan' : 'corridor-point',
    'data-observation': observation,
    role: 'img',
    'aria-label': name,
  };
  if (marker === 'square') return <rect x={cx - r} y={cy - r} width={2 * r} height={2 * r} {...common} />;
  if (marker === 'diamond') return <path d={`M${cx},${cy - r - 1} L${cx + r + 1},${cy} L${cx},${cy + r + 1} L${cx - r - 1},${cy} Z`} {...common} />;
  return <circle cx={cx} cy={cy} r={r} {...common} />;
}

/**
 * One panel of the corridor chart (tonnes or TEU) on a year axis: a line per scope and side, broken
 * where a year is missing and never joined to another scope; plans as hollow markers on no line;
 * targets as dotted reference lines (their year may lie past the axis, so the legend names them).
 */
export function CorridorPlot({ panel, axis, title, desc, margin, yAxisWidth }: Props) {
  const marks = (key: string) => new Map(panel.rows.map((r, i) => [i, { observation: r[`${key}_id`], name: r[`${key}_name`] }]));
  return (
    <LineChart responsive style={{ width: '100%', height: '100%' }} data={panel.rows} margin={margin ?? CHART_MARGINS.lines} title={title} desc={desc}>
      <CartesianGrid stroke={AXIS.grid} vertical={false} />
      <XAxis dataKey="label" tick={{ fill: AXIS.text }} stroke={AXIS.line} interval={0} padding={{ left: 16, right: 16 }} />
      <YAxis {...makeValueAxisProps(axis)} tick={{ fill: AXIS.text }} stroke={AXIS.line} width={yAxisWidth ?? 'auto'} />
      <Tooltip content={(p) => <ChartTooltip active={p.active} payload={p.payload} tooltips={panel.tooltips} />} isAnimationActive={false} />
      {panel.targets.map((tg) => (
        <ReferenceLine key={tg.key} y={tg.value} stroke={REFERENCE_LINE.color} strokeDasharray={REFERENCE_LINE.dash} strokeWidth={REFERENCE_LINE.width} ifOverflow="extendDomain" />
      ))}
      {[...panel.series.map((s) => ({ ...s, hollow: false })), ...panel.plans.map((p) => ({ ...p, hollow: true }))].map((s) => {
        const style = SCOPE_LINE_STYLES[s.scope];
        const byIndex = marks(s.key);
        return (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.label}
            stroke={s.hollow ? 'none' : style.color}
            strokeWidth={2.5}
            strokeDasharray={style.dash || undefined}
            connectNulls={false}
            isAnimationActive={false}
            dot={(p: DotProps) => {
              const mark = byIndex.get(p.index ?? -1);
              return (
                <ScopeDot
                  key={`${s.key}-${p.index}`}
                  {...p}
                  color={style.color}
                  marker={style.marker}
                  hollow={s.hollow}
                  name={typeof mark?.name === 'string' ? mark.name : undefined}
                  observation={typeof mark?.observation === 'string' ? mark.observation : undefined}
                />
              );
            }}
            activeDot={{ r: MARKER_RADIUS + 2 }}
          />
        );
      })}
    </LineChart>
  );
}
