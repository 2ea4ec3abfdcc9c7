'use client';

import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis, usePlotArea } from 'recharts';
import { roomForTargetsAbove } from '@/lib/charts/middle-corridor/targetsRoom';
import type { CorridorPanelView } from '@/lib/charts/middle-corridor/view';
import type { ValueAxis } from '@/lib/charts/viewModel';
import { AXIS, CARD_PLOT_FONT, CHART_MARGINS, MARKER_RADIUS, REFERENCE_LINE, SCOPE_LINE_STYLES, VALUE_LABEL_HALO } from '@/lib/charts/style';
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
  /** Type size of the plot's text, px (the card's by default): the room above the plot for a target far above the figures. */
  font?: number;
}

/** Horizontal step, px, of a mark that steps aside from one it would cover: a marker's width and a gap. */
const DODGE_STEP = 2 * (MARKER_RADIUS + 1) + 3;

type DotProps = { cx?: number; cy?: number; value?: unknown; index?: number };

/** A figure's mark: the scope's marker, filled for an outcome, hollow for a plan; named with its figure; `dodge` marker widths aside. */
function ScopeDot({
  cx: x,
  cy,
  value,
  color,
  marker,
  hollow,
  name,
  observation,
  dodge,
}: DotProps & { color: string; marker: string; hollow: boolean; name: string | undefined; observation: string | undefined; dodge: number }) {
  if (typeof x !== 'number' || typeof cy !== 'number' || typeof value !== 'number' || !observation) return null;
  const cx = x + dodge * DODGE_STEP;
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

/** Arrow pointing up, its tip at (x, y), `size` px high. */
function UpArrow({ x, y, size, color }: { x: number; y: number; size: number; color: string }) {
  const head = size * 0.45;
  return (
    <g aria-hidden="true">
      <line x1={x} y1={y + size} x2={x} y2={y + 1} stroke={color} strokeWidth={2} />
      <path d={`M${x - head * 0.7},${y + head} L${x},${y} L${x + head * 0.7},${y + head}`} fill="none" stroke={color} strokeWidth={2} strokeLinejoin="round" strokeLinecap="round" />
    </g>
  );
}

/**
 * Targets far above the figures (the axis is the figures' own): written with their value above the
 * plot's top edge, right-aligned, each with an arrow pointing up, one line per target.
 */
function TargetsAbove({ targets, font }: { targets: CorridorPanelView['targets']; font: number }) {
  const area = usePlotArea();
  if (!area) return null;
  const right = area.x + area.width;
  return (
    <g data-testid="corridor-targets-above">
      {targets.map((tg, i) => {
        const baseline = area.y - 6 - (targets.length - 1 - i) * font * 1.3;
        return (
          <g key={tg.key} data-testid="corridor-target-above" data-observation={tg.key} role="img" aria-label={tg.placedLabel}>
            <text x={right - font * 1.2} y={baseline} textAnchor="end" fill={AXIS.label} className="chart-reference-label">
              {tg.mark}
            </text>
            <UpArrow x={right - font * 0.35} y={baseline - font * 0.8} size={font * 0.8} color={REFERENCE_LINE.color} />
          </g>
        );
      })}
    </g>
  );
}

/**
 * One panel of the corridor chart (tonnes or TEU) on a year axis: a line per scope and side, broken
 * where a year is missing and never joined to another scope; plans as hollow markers on no line;
 * targets as dotted reference lines (their year may lie past the axis, so the legend names them),
 * or, when far above the figures, written with an arrow above the plot (the axis stays the figures').
 */
export function CorridorPlot({ panel, axis, title, desc, margin, yAxisWidth, font = CARD_PLOT_FONT }: Props) {
  const marks = (key: string) => new Map(panel.rows.map((r, i) => [i, { observation: r[`${key}_id`], name: r[`${key}_name`], dodge: r[`${key}_dodge`] }]));
  const base = margin ?? CHART_MARGINS.lines;
  const above = panel.targets.filter((tg) => !tg.onScale);
  const room = roomForTargetsAbove(panel, font);
  return (
    <LineChart responsive style={{ width: '100%', height: '100%' }} data={panel.rows} margin={{ ...base, top: Math.max(base.top, room) }} title={title} desc={desc}>
      <CartesianGrid stroke={AXIS.grid} vertical={false} />
      <XAxis dataKey="label" tick={{ fill: AXIS.text }} stroke={AXIS.line} interval={0} padding={{ left: 16, right: 16 }} />
      <YAxis {...makeValueAxisProps(axis)} tick={{ fill: AXIS.text }} stroke={AXIS.line} width={yAxisWidth ?? 'auto'} />
      <Tooltip content={(p) => <ChartTooltip active={p.active} payload={p.payload} tooltips={panel.tooltips} />} isAnimationActive={false} />
      {panel.targets.filter((tg) => tg.onScale).map((tg) => (
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
                  dodge={typeof mark?.dodge === 'number' ? mark.dodge : 0}
                />
              );
            }}
            activeDot={{ r: MARKER_RADIUS + 2 }}
          />
        );
      })}
      {above.length ? <TargetsAbove targets={above} font={font} /> : null}
    </LineChart>
  );
}
