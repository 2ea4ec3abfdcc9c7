/**
 * The localized view model of the `oil-volumes` chart: bars per year, running-total lines on a
 * January–December axis with the stated pace, reference lines for the agreed volumes, tables,
 * source line and description. Values are shown in thousand tonnes (data/ holds tonnes).
 */
import type { Reporter } from '../../../data/schema';
import { oilVolumesDefinition } from './definition';
import { makeOilBarKey, type OilAnnualBar, type OilBarSeries, type OilVolumesShape } from './shape';
import {
  formatPeriodLabel,
  formatQualified,
  formatScaled,
  describeEmpty,
  describeFigureNote,
  describeFilterNote,
  describeSourceLine,
  buildValueAxis,
  type ChartViewBase,
  type ViewContext,
  type TableModel,
  type TableRow,
  type TooltipModel,
  type ValueAxis,
  type ValueFormatter,
} from '../viewModel';
import type { YearRange } from '../types';

/** Tonnes per displayed unit: the chart and its tables show thousand tonnes. */
export const OIL_DISPLAY_SCALE = 1000;

function tonnes(ctx: ViewContext): ValueFormatter {
  return (v) => formatScaled({ value: v.value, unit: 'tonnes', qualifier: v.qualifier }, ctx);
}

/**
 * One bar: `{ key: '2025-KZ-2', label: '2025', 'KZ-2': 1300, 'KZ-2_label': '1,300' }`, a plan's
 * also `'plan-KZ_status': 'plan'` (values in
 * thousand tonnes). Each row holds one series' value, so the plots stack the series: every bar
 * stands alone at full width, and a year with two sources' figures has two bars.
 */
export type OilAnnualRow = { key: string; label: string } & Record<string, string | number | null>;

/** A month of the running-total panel: `{ key: '8', label: 'Aug', 'KZ-2023': 520, pace: 750 }`. */
export type OilMonthRow = { key: string; label: string } & Record<string, string | number | null>;

export interface OilVolumesView extends ChartViewBase {
  id: 'oil-volumes';
  chart: {
    annual: {
      heading: string;
      rows: OilAnnualRow[];
      /** Bar styles in legend order: outcomes (solid), then plans (outlined, dashed); `key` is the row's data key. */
      series: (OilBarSeries & { label: string })[];
      tooltips: Record<string, TooltipModel>;
    };
    running: {
      heading: string;
      rows: OilMonthRow[];
      lines: { key: string; year: number; reporter: Reporter; label: string; points: number }[];
      pace: { key: 'pace'; label: string } | null;
      tooltips: Record<string, TooltipModel>;
    };
    references: { key: string; value: number; label: string }[];
    /** Value axis (thousand tonnes) shared by both panels, fitting the highest agreed volume. */
    axis: ValueAxis;
  };
}

/** Data key of a running-total line: `KZ-2023`. */
export function makeOilLineKey(year: number, reporter: Reporter): string {
  return `${reporter}-${year}`;
}

function scaled(v: { value: number; qualifier: import('../../../data/schema').Qualifier }): { value: number; qualifier: typeof v.qualifier } {
  return { value: v.value / OIL_DISPLAY_SCALE, qualifier: v.qualifier };
}

function publisherOf(sourceId: string, ctx: ViewContext): string {
  return ctx.sources.find((x) => x.id === sourceId)?.publisher ?? sourceId;
}

/** "outcome", "plan", "expected", "under discussion": what a bar or table row is. */
function describeStatus(bar: Pick<OilAnnualBar, 'kind' | 'status' | 'measure'>, ctx: ViewContext): string {
  if (bar.kind !== 'plan') return ctx.t('charts.oilVolumes.status.outcome');
  return ctx.t(`charts.oilVolumes.status.${bar.status ?? (bar.measure === 'forecast' ? 'expected' : 'planned')}`);
}

/** The bar's value label: "1,392", "almost 1,500". */
/**
 * A bar's value label, on one line: no-break spaces, as recharts wraps a label at its spaces when
 * the bar is narrower than the text, and its second line then ran into the first ("almost" over
 * "1,500" on the slide once 2025 and 2026 had two bars each).
 */
function labelOf(bar: OilAnnualBar, ctx: ViewContext): string {
  return formatQualified(scaled(bar), ctx, { short: true }).replace(/ /g, '\u00a0');
}

/** A value label with the plan's status, where there is room for one line: "1,600 (expected)". */
export function makeOilPlanLabel(value: string, status: string, ctx: Pick<ViewContext, 't'>): string {
  return ctx.t('charts.oilVolumes.planValue', { value, status });
}

function seriesLabel(s: Pick<OilBarSeries, 'kind' | 'reporter' | 'slot'>, ctx: ViewContext): string {
  const reporter = ctx.t(`charts.common.reportedByLower.${s.reporter}`);
  const name = s.kind === 'plan' ? 'planned' : 'shipped';
  return ctx.t(`charts.oilVolumes.${name}${s.slot > 0 ? 'Other' : ''}`, { reporter });
}

function buildAnnual(shape: OilVolumesShape, ctx: ViewContext): OilVolumesView['chart']['annual'] {
  const t = ctx.t;
  const tooltips: Record<string, TooltipModel> = {};
  const rows: OilAnnualRow[] = [];
  for (const { year, bars } of shape.annual) {
    const sections = bars.map((bar) => ({
      key: makeOilBarKey(bar),
      reporter: bar.reporter,
      title: seriesLabel(bar, ctx),
      lines: [
        bar.kind === 'plan'
          ? makeOilPlanLabel(formatScaled({ value: bar.value, unit: 'tonnes', qualifier: bar.qualifier }, ctx), describeStatus(bar, ctx), ctx)
          : formatScaled({ value: bar.value, unit: 'tonnes', qualifier: bar.qualifier }, ctx),
        t('charts.oilVolumes.tooltip.source', { source: publisherOf(bar.sourceId, ctx) }),
        ...bar.notes.map((n) => describeFigureNote(n, tonnes(ctx), ctx)),
      ],
    }));
    for (const bar of bars) {
      const key = makeOilBarKey(bar);
      const row: OilAnnualRow = { key: `${year}-${key}`, label: String(year), [key]: bar.value / OIL_DISPLAY_SCALE, [`${key}_label`]: labelOf(bar, ctx) };
      // A plan's status ("plan", "expected"), written inside its bar.
      if (bar.kind === 'plan') row[`${key}_status`] = describeStatus(bar, ctx);
      rows.push(row);
      tooltips[row.key] = { heading: String(year), sections: [...sections.filter((x) => x.key === key), ...sections.filter((x) => x.key !== key)] };
    }
  }
  return {
    heading: t('charts.oilVolumes.annualHeading'),
    rows,
    series: shape.annualSeries.map((s) => ({ ...s, label: seriesLabel(s, ctx) })),
    tooltips,
  };
}

function buildRunning(shape: OilVolumesShape, ctx: ViewContext): OilVolumesView['chart']['running'] {
  const t = ctx.t;
  const short = ctx.format.months('short');
  const long = ctx.format.months('long');
  const rows: OilMonthRow[] = short.map((label, i) => ({ key: String(i + 1), label }));
  const tooltips: Record<string, TooltipModel> = {};
  const sectionsByMonth = new Map<number, TooltipModel['sections']>();
  const addSection = (month: number, section: TooltipModel['sections'][number]) => sectionsByMonth.set(month, [...(sectionsByMonth.get(month) ?? []), section]);
  for (const line of shape.running) {
    const key = makeOilLineKey(line.year, line.reporter);
    for (const p of line.points) {
      rows[p.month - 1]![key] = p.value / OIL_DISPLAY_SCALE;
      const value = formatScaled({ value: p.value, unit: 'tonnes', qualifier: p.qualifier }, ctx);
      addSection(p.month, {
        key,
        reporter: line.reporter,
        title: t('charts.oilVolumes.runningLine', { year: String(line.year), reporter: t(`charts.common.reportedByLower.${line.reporter}`) }),
        lines: [
          p.isYearTotal ? t('charts.oilVolumes.tooltip.yearTotal', { year: String(line.year), value }) : t('charts.oilVolumes.tooltip.running', { month: long[p.month - 1]!, year: String(line.year), value }),
          ...p.notes.map((n) => describeFigureNote(n, tonnes(ctx), ctx)),
        ],
      });
    }
  }
  let pace: OilVolumesView['chart']['running']['pace'] = null;
  if (shape.pace) {
    const rate = formatScaled({ value: shape.pace.ratePerMonth, unit: 'tonnes_per_month', qualifier: 'exact' }, ctx);
    const start = formatPeriodLabel(`${shape.pace.year}-${String(shape.pace.startMonth).padStart(2, '0')}`, ctx);
    pace = { key: 'pace', label: t('charts.oilVolumes.pace', { value: rate, date: start }) };
    for (const p of shape.pace.points) {
      rows[p.month - 1]!.pace = p.value / OIL_DISPLAY_SCALE;
      addSection(p.month, {
        key: 'pace',
        reporter: null,
        title: pace.label,
        lines: [t('charts.oilVolumes.tooltip.pace', { month: long[p.month - 1]!, value: formatScaled({ value: p.value, unit: 'tonnes', qualifier: 'exact' }, ctx) })],
      });
    }
  }
  for (const [month, sections] of sectionsByMonth) tooltips[String(month)] = { heading: long[month - 1]!, sections };
  return {
    heading: t('charts.oilVolumes.runningHeading'),
    rows,
    lines: shape.running.map((l) => ({
      key: makeOilLineKey(l.year, l.reporter),
      year: l.year,
      reporter: l.reporter,
      label: t('charts.oilVolumes.runningLine', { year: String(l.year), reporter: t(`charts.common.reportedByLower.${l.reporter}`) }),
      points: l.points.length,
    })),
    pace,
    tooltips,
  };
}

function buildTables(shape: OilVolumesShape, title: string, ctx: ViewContext): TableModel[] {
  const t = ctx.t;
  const notes = (list: readonly import('../types').FigureNote[]) => list.map((n) => describeFigureNote(n, tonnes(ctx), ctx)).join(' ');
  const annualRows: TableRow[] = shape.annual.flatMap(({ bars }) =>
    bars.map((bar) => ({
      key: bar.observationId,
      data: { observation: bar.observationId, reporter: bar.reporter, kind: bar.kind },
      cells: [
        { text: String(bar.year), rowHeader: true },
        { text: t(`reporters.${bar.reporter}`) },
        { text: describeStatus(bar, ctx) },
        { text: formatQualified(scaled(bar), ctx), numeric: true },
        { text: publisherOf(bar.sourceId, ctx) },
        { text: notes(bar.notes) },
      ],
    })),
  );
  const runningRows: TableRow[] = shape.running.flatMap((line) =>
    line.points
      .filter((p) => !p.isYearTotal)
      .map((p) => ({
        key: p.observationId,
        data: { observation: p.observationId, reporter: line.reporter, kind: 'outcome' },
        cells: [
          { text: formatPeriodLabel(`${line.year}-01/${line.year}-${String(p.month).padStart(2, '0')}`, ctx), rowHeader: true },
          { text: t(`reporters.${line.reporter}`) },
          { text: describeStatus({ kind: 'outcome', status: null, measure: 'flow' }, ctx) },
          { text: formatQualified(scaled(p), ctx), numeric: true },
          { text: publisherOf(p.sourceId, ctx) },
          { text: notes(p.notes) },
        ],
      })),
  );
  const tables: TableModel[] = [];
  if (annualRows.length || runningRows.length) {
    tables.push({
      key: 'oil',
      caption: t('charts.common.tableCaption', { title }),
      columns: [
        { key: 'period', label: t('charts.oilVolumes.table.period'), numeric: false },
        { key: 'reporter', label: t('charts.oilVolumes.table.reporter'), numeric: false },
        { key: 'status', label: t('charts.oilVolumes.table.status'), numeric: false },
        { key: 'value', label: t('charts.oilVolumes.table.value'), numeric: true },
        { key: 'source', label: t('charts.oilVolumes.table.source'), numeric: false },
        { key: 'notes', label: t('charts.common.notes'), numeric: false },
      ],
      groups: [
        ...(annualRows.length ? [{ heading: t('charts.oilVolumes.table.annualCaption'), rows: annualRows }] : []),
        ...(runningRows.length ? [{ heading: t('charts.oilVolumes.table.runningCaption'), rows: runningRows }] : []),
      ],
    });
  }
  const refRows: TableRow[] = shape.references.map((r) => ({
    key: r.observationId,
    data: { observation: r.observationId },
    cells: [
      { text: t('charts.oilVolumes.table.agreedOn', { date: formatPeriodLabel(r.period, ctx) }), rowHeader: true },
      { text: formatScaled({ value: r.value, unit: 'tonnes_per_year', qualifier: r.qualifier }, ctx), numeric: true },
    ],
  }));
  if (shape.pace) {
    refRows.push({
      key: shape.pace.observationId,
      data: { observation: shape.pace.observationId },
      cells: [
        { text: t('charts.oilVolumes.table.paceFrom', { date: formatPeriodLabel(`${shape.pace.year}-${String(shape.pace.startMonth).padStart(2, '0')}`, ctx) }), rowHeader: true },
        { text: formatScaled({ value: shape.pace.ratePerMonth, unit: 'tonnes_per_month', qualifier: 'exact' }, ctx), numeric: true },
      ],
    });
  }
  if (refRows.length) {
    tables.push({
      key: 'oil-references',
      caption: t('charts.oilVolumes.table.referencesCaption'),
      columns: [
        { key: 'what', label: t('charts.oilVolumes.table.what'), numeric: false },
        { key: 'value', label: t('charts.oilVolumes.table.amount'), numeric: true },
      ],
      groups: [{ heading: null, rows: refRows }],
    });
  }
  return tables;
}

/**
 * "1.5 million t of Kazakh crude was shipped … in 2025 (reported by Kazakhstan), after almost 1.5
 * million t in 2024. Another source gives 1.3 million t for 2025 (Trend). For 2026: 1.5 million t
 * (plan, Haqqin.az); 1.6 million t (expected, Trend). …"
 */
export function describeOilVolumes(shape: OilVolumesShape, ctx: ViewContext): string {
  const t = ctx.t;
  const sentences: string[] = [];
  const amount = (b: OilAnnualBar) => formatScaled({ value: b.value, unit: 'tonnes', qualifier: b.qualifier }, ctx);
  const outcomes = shape.annual.map((a) => ({ year: a.year, bars: a.bars.filter((b) => b.kind === 'outcome') })).filter((a) => a.bars.length > 0);
  const last = outcomes.at(-1);
  const bar = last?.bars[0];
  if (last && bar) {
    const prev = outcomes.find((a) => a.year === last.year - 1)?.bars.find((b) => b.reporter === bar.reporter && b.slot === 0);
    sentences.push(
      t('charts.oilVolumes.description.latest', {
        value: amount(bar),
        year: String(last.year),
        yearNumber: last.year,
        reporter: t(`charts.common.reportedByLower.${bar.reporter}`),
        previous: prev ? t('charts.oilVolumes.description.previous', { value: amount(prev), year: String(prev.year) }) : '',
      }),
    );
    for (const other of last.bars.slice(1)) {
      sentences.push(t('charts.oilVolumes.description.otherSource', { value: amount(other), year: String(last.year), source: publisherOf(other.sourceId, ctx) }));
    }
  }
  for (const { year, bars } of shape.annual) {
    const plans = bars.filter((b) => b.kind === 'plan');
    if (plans.length === 0 || (last && year <= last.year)) continue;
    // Joined with "; " rather than ctx.format.list, whose browser dictionary holds only the lists the server formatted.
    const list = plans.map((p) => t('charts.oilVolumes.description.planItem', { value: amount(p), status: describeStatus(p, ctx), source: publisherOf(p.sourceId, ctx) })).join('; ');
    sentences.push(t('charts.oilVolumes.description.plans', { year: String(year), list }));
  }
  const agreement = [...shape.references].sort((a, b) => a.period.localeCompare(b.period)).at(-1);
  if (agreement && sentences.length) {
    sentences.push(
      t('charts.oilVolumes.description.agreed', {
        date: formatPeriodLabel(agreement.period, ctx),
        value: formatScaled({ value: agreement.value, unit: 'tonnes_per_year', qualifier: agreement.qualifier }, ctx),
      }),
    );
  }
  return sentences.join(' ');
}

/** Builds the whole view model of the oil chart in the page's language. */
export function buildOilVolumesView(shape: OilVolumesShape, ctx: ViewContext & { bounds: YearRange }): OilVolumesView {
  const def = oilVolumesDefinition;
  const t = ctx.t;
  const title = t(def.titleKey);
  const reporters = [...new Set([...shape.annualSeries.map((s) => s.reporter), ...shape.running.map((l) => l.reporter)])];
  return {
    id: 'oil-volumes',
    title,
    subtitle: t(def.subtitleKey),
    unitLabel: t(def.unitKey),
    description: describeOilVolumes(shape, ctx),
    sourceLine: describeSourceLine(shape.sourceIds, reporters, ctx),
    notes: [t(def.notesKey), t('charts.oilVolumes.table.unitNote')],
    empty: describeEmpty(shape.emptyReason, ctx),
    tables: shape.emptyReason ? [] : buildTables(shape, title, ctx),
    filterNote: describeFilterNote(ctx, ctx.bounds, def.filters.includes('reporters')),
    chart: {
      annual: buildAnnual(shape, ctx),
      running: buildRunning(shape, ctx),
      references: shape.references.map((r) => ({
        key: r.observationId,
        value: r.value / OIL_DISPLAY_SCALE,
        label: t('charts.oilVolumes.reference', {
          date: formatPeriodLabel(r.period, ctx),
          value: formatScaled({ value: r.value, unit: 'tonnes_per_year', qualifier: r.qualifier }, ctx),
        }),
      })),
      axis: buildValueAxis(shape.maxValue / OIL_DISPLAY_SCALE, ctx),
    },
  };
}
