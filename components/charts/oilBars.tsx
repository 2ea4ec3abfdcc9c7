/**
 * How each bar style of the oil chart's annual panel is painted (lib/charts/oil-volumes/shape.ts
 * `OilBarSeries`): outcomes solid in the side's tone (another source's in its dark tone), plans
 * and forecasts outlined with a dashed border (lib/charts/style.ts `PLAN_BAR`). Used by the plot,
 * the card's legend and the legends of slides and exports, so all of them match.
 */
import type { OilBarSeries } from '@/lib/charts/oil-volumes/shape';
import { PLAN_BAR, REPORTER_TONES } from '@/lib/charts/style';
import { pickPaint, pickStripe } from './paint';
import { Swatch } from './Swatch';

type Series = Pick<OilBarSeries, 'reporter' | 'kind' | 'slot'>;

/** SVG paint of a bar style; `prefix` names the plot's hatch patterns (ReporterPatterns). */
export function paintOilBar(prefix: string, s: Series): { fill: string; stroke: string; strokeWidth: number; strokeDasharray?: string } {
  const tone = REPORTER_TONES[s.reporter];
  if (s.kind === 'plan') return { fill: s.slot === 0 ? tone.light : 'none', stroke: tone.stroke, strokeWidth: PLAN_BAR.width, strokeDasharray: PLAN_BAR.dash };
  return { fill: pickPaint(prefix, s.reporter, s.slot === 0 ? 'main' : 'dark'), stroke: tone.stroke, strokeWidth: 1 };
}

/** The legend swatch of a bar style. */
export function OilBarSwatch({ series }: { series: Series }) {
  const tone = REPORTER_TONES[series.reporter];
  if (series.kind === 'plan') return <Swatch fill={series.slot === 0 ? tone.light : 'none'} stroke={tone.stroke} outline={{ dash: '3 2', width: PLAN_BAR.width }} />;
  const t = series.slot === 0 ? 'main' : 'dark';
  return <Swatch fill={tone[t]} stroke={tone.stroke} hatch={pickStripe(series.reporter, t)} />;
}
