/**
 * The localized view model of the `middle-corridor` chart: per panel (tonnes, TEU) one row per year
 * with a value per series (a scope as one side reported it), the plans apart, the targets as
 * reference lines, tooltips, tables, source line and the generated description. Tonnes are shown
 * in million tonnes, TEU in thousand TEU (data/ holds tonnes and TEU).
 */
import type { Qualifier, Reporter, Scope } from '../../../data/schema';
import {
  buildValueAxis,
  describeEmpty,
  describeFigureNote,
  describeFilterNote,
  describeSourceLine,
  formatMeasuredPeriod,
  formatQualified,
  formatScaled,
  type ChartViewBase,
  type TableModel,
  type TableRow,
  type TooltipModel,
  type ValueAxis,
  type ViewContext,
} from '../viewModel';
import type { YearRange } from '../types';
import { middleCorridorDefinition } from './definition';
import type { CorridorPanel, CorridorPanelId, MiddleCorridorShape } from './shape';

/** Data units per displayed unit: million tonnes, thousand TEU. */
export const CORRIDOR_DISPLAY_SCALE: Readonly<Record<CorridorPanelId, number>> = { tonnes: 1_000_000, teu: 1_000 };
const UNIT_OF: Readonly<Record<CorridorPanelId, 'tonnes' | 'TEU'>> = { tonnes: 'tonnes', teu: 'TEU' };

/**
 * A year of a panel: `{ key: '2024', label: '2024', 'port-of-baku~AZ': 7.6, 'port-of-baku~AZ_id': '<observation>', 'port-of-baku~AZ_name': '<its figure in words>' }`,
 * and `'<key>_dodge'` where a mark steps aside from one it would cover: its offset in marker widths (`dodgeMarks`).
 */
export type CorridorRow = { key: string; label: string } & Record<string, string | number | null>;

/** A drawn point, for its mark's accessible name and the tests: which figure, and its text. */
export interface CorridorPointView {
  observationId: string;
  year: number;
  /** Displayed unit (million t, thousand TEU). */
  value: number;
  label: string;
}

export interface CorridorPanelView {
  panel: CorridorPanelId;
  heading: string;
  unitLabel: string;
  rows: CorridorRow[];
  series: { key: string; scope: Scope; reporter: Reporter; label: string; points: CorridorPointView[] }[];
  plans: { key: string; scope: Scope; reporter: Reporter; label: string; points: CorridorPointView[] }[];
  /**
   * Targets: on the scale, a dotted reference line at `value`; far above the figures
   * (`onScale: false`, see `isTargetOnScale`), a marked arrow at the top edge written `mark`, so
   * the axis stays the figures' own and they are not crowded at the bottom.
   */
  targets: {
    key: string;
    scope: Scope;
    value: number;
    /** "Target for 2029: 300,000 TEU a year (Whole route …)": the legend's words (its swatch shows a line or an arrow). */
    label: string;
    onScale: boolean;
    /** "2029 target: 300,000 TEU": written above the plot when the target is off the scale. */
    mark: string;
    /** The label saying where the target is when no line or arrow shows it (the .pptx legend): "…, above the scale" off the scale. */
    placedLabel: string;
  }[];
  axis: ValueAxis;
  tooltips: Record<string, TooltipModel>;
}

export interface MiddleCorridorView extends ChartViewBase {
  id: 'middle-corridor';
  chart: { panels: CorridorPanelView[] };
}

/**
 * A target is drawn on the value axis while it is at most this many times the largest figure
 * drawn (the figures then keep two thirds of the height or more); further above, the axis is the
 * figures' own and the target is an arrow at its top edge, written with its value.
 */
export const TARGET_SCALE_RATIO = 1.5;

/** True when a target of `value` is drawn on the axis of figures whose largest is `dataMax` (same unit). */
export function isTargetOnScale(value: number, dataMax: number): boolean {
  return dataMax <= 0 || value <= dataMax * TARGET_SCALE_RATIO;
}

/**
 * Marks of one year closer than this share of the axis height cover each other (the card's plot
 * is ≈ 280 px high, its markers ≈ 12 px across): the loose ones are then drawn side by side.
 */
export const MARK_DODGE_SHARE = 0.06;

/** A mark of a year: `fixed` when it is a vertex of a drawn line (it stays on its line). */
export interface DodgeMark {
  key: string;
  year: number;
  value: number;
  fixed: boolean;
}

/**
 * Horizontal offsets, in marker widths, of the marks of a year that would cover each other
 * (values closer than `MARK_DODGE_SHARE` of `axisMax`, chained): a line's vertex stays put and the
 * loose marks (a plan, a lone year) step aside, right first, then left; a group of loose marks only
 * is spread evenly about the year. Keyed `<key>@<year>`; marks left in place are absent.
 */
export function dodgeMarks(marks: readonly DodgeMark[], axisMax: number): Map<string, number> {
  const out = new Map<string, number>();
  const gap = axisMax * MARK_DODGE_SHARE;
  const years = [...new Set(marks.map((m) => m.year))];
  for (const year of years) {
    const own = marks.filter((m) => m.year === year).sort((a, b) => a.value - b.value);
    const groups: DodgeMark[][] = [];
    for (const m of own) {
      const last = groups.at(-1);
      if (last && m.value - last.at(-1)!.value < gap) last.push(m);
      else groups.push([m]);
    }
    for (const group of groups.filter((g) => g.length > 1)) {
      const loose = group.filter((m) => !m.fixed);
      const anchored = loose.length < group.length;
      loose.forEach((m, i) => {
        const offset = anchored ? (i % 2 === 0 ? 1 : -1) * (Math.floor(i / 2) + 1) : i - (loose.length - 1) / 2;
        if (offset !== 0) out.set(`${m.key}@${m.year}`, offset);
      });
    }
  }
  return out;
}


function scaled(panel: CorridorPanelId, v: { value: number; qualifier: Qualifier }): { value: number; qualifier: Qualifier } {
  return { value: v.value / CORRIDOR_DISPLAY_SCALE[panel], qualifier: v.qualifier };
}

function withUnit(panel: CorridorPanelId, v: { value: number; qualifier: Qualifier }, ctx: ViewContext): string {
  return formatScaled({ value: v.value, unit: UNIT_OF[panel], qualifier: v.qualifier }, ctx);
}

/** "Whole route (Kazakhstan's Ministry of Transport), reported by Kazakhstan". */
export function describeCorridorSeries(scope: Scope, reporter: Reporter, ctx: Pick<ViewContext, 't'>): string {
  return ctx.t('charts.middleCorridor.series', { scope: ctx.t(`charts.middleCorridor.scopes.${scope}`), reporter: ctx.t(`charts.common.reportedByLower.${reporter}`) });
}

function buildPanel(p: CorridorPanel, years: readonly number[], ctx: ViewContext): CorridorPanelView {
  const t = ctx.t;
  const panel = p.panel;
  const rows: CorridorRow[] = years.map((y) => ({ key: String(y), label: String(y) }));
  const rowOf = (year: number) => rows.find((r) => r.key === String(year))!;
  const sections = new Map<number, TooltipModel['sections']>();
  const addSection = (year: number, section: TooltipModel['sections'][number]) => sections.set(year, [...(sections.get(year) ?? []), section]);
  const format = (v: { value: number; qualifier: Qualifier }) => withUnit(panel, v, ctx);
  const series = p.series.map((s) => {
    const label = describeCorridorSeries(s.scope, s.reporter, ctx);
    const points = s.points.map((pt) => {
      const v = scaled(panel, pt);
      const row = rowOf(pt.year);
      row[s.key] = v.value;
      const name = t('charts.middleCorridor.pointLabel', { series: label, year: String(pt.year), value: format(pt) });
      row[`${s.key}_id`] = pt.observationId;
      row[`${s.key}_name`] = name;
      addSection(pt.year, { key: s.key, reporter: s.reporter, title: label, lines: [format(pt), ...pt.notes.map((n) => describeFigureNote(n, format, ctx))] });
      return { observationId: pt.observationId, year: pt.year, value: v.value, label: name };
    });
    return { key: s.key, scope: s.scope, reporter: s.reporter, label, points };
  });
  // The axis is the figures' own, with the targets that are not far above them.
  const dataMax = Math.max(0, ...p.series.flatMap((s) => s.points.map((pt) => pt.value)), ...p.plans.map((pl) => pl.value));
  const onScale = p.targets.map((tg) => isTargetOnScale(tg.value, dataMax));
  const axis = buildValueAxis(Math.max(dataMax, ...p.targets.filter((_, i) => onScale[i]).map((tg) => tg.value)) / CORRIDOR_DISPLAY_SCALE[panel], ctx);
  // Marks of a year that would cover each other step aside (a line's vertex stays on its line).
  const dodges = dodgeMarks(
    [
      ...p.series.flatMap((s) =>
        s.points.map((pt) => ({ key: s.key, year: pt.year, value: pt.value / CORRIDOR_DISPLAY_SCALE[panel], fixed: s.points.some((o) => Math.abs(o.year - pt.year) === 1) })),
      ),
      ...p.plans.map((pl) => ({ key: pl.key, year: pl.year, value: pl.value / CORRIDOR_DISPLAY_SCALE[panel], fixed: false })),
    ],
    axis.max,
  );
  for (const [mark, offset] of dodges) {
    const [key, year] = [mark.slice(0, mark.lastIndexOf('@')), Number(mark.slice(mark.lastIndexOf('@') + 1))];
    rowOf(year)[`${key}_dodge`] = offset;
  }
  const planGroups = new Map<string, CorridorPanelView['plans'][number]>();
  for (const pl of p.plans) {
    const v = scaled(panel, pl);
    const row = rowOf(pl.year);
    row[pl.key] = v.value;
    const label = t('charts.middleCorridor.plan', { scope: t(`charts.middleCorridor.scopes.${pl.scope}`) });
    const period = formatMeasuredPeriod({ period: String(pl.year), measure: pl.measure }, ctx);
    const name = t('charts.middleCorridor.pointLabel', { series: label, year: String(pl.year), value: format(pl) });
    row[`${pl.key}_id`] = pl.observationId;
    row[`${pl.key}_name`] = name;
    addSection(pl.year, { key: pl.key, reporter: pl.reporter, title: label, lines: [`${period}: ${format(pl)}`] });
    const group = planGroups.get(pl.key) ?? { key: pl.key, scope: pl.scope, reporter: pl.reporter, label, points: [] };
    group.points.push({ observationId: pl.observationId, year: pl.year, value: v.value, label: name });
    planGroups.set(pl.key, group);
  }
  const targets = p.targets.map((tg, i) => {
    const words = { year: String(tg.year), value: format(tg), scope: t(`charts.middleCorridor.scopes.${tg.scope}`) };
    return {
      key: tg.observationId,
      scope: tg.scope,
      value: tg.value / CORRIDOR_DISPLAY_SCALE[panel],
      label: t('charts.middleCorridor.target', words),
      onScale: onScale[i]!,
      mark: t('charts.middleCorridor.targetMark', words),
      placedLabel: t(onScale[i] ? 'charts.middleCorridor.target' : 'charts.middleCorridor.targetAbove', words),
    };
  });
  const tooltips: Record<string, TooltipModel> = {};
  for (const [year, list] of sections) tooltips[String(year)] = { heading: String(year), sections: list };
  return {
    panel,
    heading: t(`charts.middleCorridor.${panel}Heading`),
    unitLabel: t(`charts.middleCorridor.${panel}Unit`),
    rows,
    series,
    plans: [...planGroups.values()],
    targets,
    axis,
    tooltips,
  };
}

function buildTables(shape: MiddleCorridorShape, title: string, ctx: ViewContext): TableModel[] {
  const t = ctx.t;
  return shape.panels.map((p) => {
    const panel = p.panel;
    const format = (v: { value: number; qualifier: Qualifier }) => withUnit(panel, v, ctx);
    const groups = p.series.map((s) => ({
      heading: describeCorridorSeries(s.scope, s.reporter, ctx),
      rows: s.points.map(
        (pt): TableRow => ({
          key: pt.observationId,
          data: { observation: pt.observationId, scope: s.scope, reporter: s.reporter },
          cells: [
            { text: String(pt.year), rowHeader: true },
            { text: t('charts.middleCorridor.table.outcome') },
            { text: formatQualified(scaled(panel, pt), ctx), numeric: true },
            { text: pt.notes.map((n) => describeFigureNote(n, format, ctx)).join(' ') },
          ],
        }),
      ),
    }));
    const planned: TableRow[] = [
      ...p.plans.map(
        (pl): TableRow => ({
          key: pl.observationId,
          data: { observation: pl.observationId, scope: pl.scope, reporter: pl.reporter },
          cells: [
            { text: String(pl.year), rowHeader: true },
            { text: t(`charts.middleCorridor.table.${pl.measure}`) },
            { text: formatQualified(scaled(panel, pl), ctx), numeric: true },
            { text: describeCorridorSeries(pl.scope, pl.reporter, ctx) },
          ],
        }),
      ),
      ...p.targets.map(
        (tg): TableRow => ({
          key: tg.observationId,
          data: { observation: tg.observationId, scope: tg.scope, reporter: tg.reporter },
          cells: [
            { text: String(tg.year), rowHeader: true },
            { text: t('charts.middleCorridor.table.target') },
            { text: formatQualified(scaled(panel, tg), ctx), numeric: true },
            { text: describeCorridorSeries(tg.scope, tg.reporter, ctx) },
          ],
        }),
      ),
    ];
    if (planned.length) groups.push({ heading: t('charts.middleCorridor.table.plansCaption'), rows: planned });
    return {
      key: `corridor-${panel}`,
      caption: t('charts.middleCorridor.table.caption', { title, heading: t(`charts.middleCorridor.${panel}Heading`) }),
      columns: [
        { key: 'year', label: t('charts.middleCorridor.table.year'), numeric: false },
        { key: 'kind', label: t('charts.middleCorridor.table.kind'), numeric: false },
        { key: 'value', label: t(`charts.middleCorridor.${panel}Unit`), numeric: true },
        { key: 'notes', label: t('charts.common.notes'), numeric: false },
      ],
      groups,
    };
  });
}

/**
 * "Whole route (Kazakhstan's Ministry of Transport), reported by Kazakhstan: 4.119 million t in 2025,
 * after 4.484 million t in 2024. …": the latest figure of each series of the first panel drawn
 * (tonnes; each in its own scope, never summed or compared across scopes), then the targets. The
 * TEU figures are in the table and the plot.
 */
export function describeMiddleCorridor(shape: MiddleCorridorShape, ctx: ViewContext): string {
  const t = ctx.t;
  const sentences: string[] = [];
  for (const [i, p] of shape.panels.entries()) {
    for (const s of i === 0 ? p.series : []) {
      const last = s.points.at(-1);
      if (!last) continue;
      const prev = s.points.find((pt) => pt.year === last.year - 1);
      sentences.push(
        t('charts.middleCorridor.description.latest', {
          series: describeCorridorSeries(s.scope, s.reporter, ctx),
          value: withUnit(p.panel, last, ctx),
          year: String(last.year),
          previous: prev ? t('charts.middleCorridor.description.previous', { value: withUnit(p.panel, prev, ctx), year: String(prev.year) }) : '',
        }),
      );
    }
    for (const tg of p.targets) {
      sentences.push(t('charts.middleCorridor.description.target', { value: withUnit(p.panel, tg, ctx), year: String(tg.year), scope: t(`charts.middleCorridor.scopes.${tg.scope}`) }));
    }
  }
  if (sentences.length) sentences.push(t('charts.middleCorridor.description.scopes'));
  return sentences.join(' ');
}

/** Builds the whole view model of the corridor chart in the page's language. */
export function buildMiddleCorridorView(shape: MiddleCorridorShape, ctx: ViewContext & { bounds: YearRange }): MiddleCorridorView {
  const def = middleCorridorDefinition;
  const t = ctx.t;
  const title = t(def.titleKey);
  const reporters = [...new Set(shape.panels.flatMap((p) => [...p.series.map((s) => s.reporter), ...p.plans.map((pl) => pl.reporter)]))];
  return {
    id: 'middle-corridor',
    title,
    subtitle: t(def.subtitleKey),
    unitLabel: t(def.unitKey),
    description: describeMiddleCorridor(shape, ctx),
    sourceLine: describeSourceLine(shape.sourceIds, reporters, ctx),
    notes: [t(def.notesKey)],
    empty: describeEmpty(shape.emptyReason, ctx),
    tables: shape.emptyReason ? [] : buildTables(shape, title, ctx),
    filterNote: describeFilterNote(ctx, ctx.bounds, def.filters.includes('reporters')),
    chart: { panels: shape.emptyReason ? [] : shape.panels.map((p) => buildPanel(p, shape.years, ctx)) },
  };
}
