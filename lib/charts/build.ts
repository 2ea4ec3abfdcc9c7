/**
 * One entry point for every chart: from the chart's data, the filter and the page's language to
 * its view model. The dashboard card (server and browser), the slides and the exports call
 * `buildChartView`; `selectChartData` picks the few fields the charts need, so the browser
 * receives a small serialisable object instead of the whole dataset. Each chart's own part is its
 * module (lib/charts/<chart>/index.ts), found in the registry.
 */
import type { Milestone, Observation } from '../../data/schema';
import type { Translate } from '../observations';
import { createIntlFormatter, createRecordingFormatter, type ChartFormatter, type FormatDictionary } from './formatter';
import type { YearBounds } from '../urlState';
import type { ChartData } from './module';
import { CHART_IDS, CHART_MODULES, chartModule, type ChartView } from './registry';
import type { SourceRef } from './viewModel';
import { SELECTABLE_REPORTERS, type ChartFilter, type ChartId, type SelectableReporter } from './types';

export type { ChartData } from './module';
export type { ChartView } from './registry';

/** The indicators each chart reads; other rows are not sent to the browser. */
export const CHART_INDICATORS = Object.fromEntries(CHART_IDS.map((id) => [id, CHART_MODULES[id].indicators])) as Record<ChartId, readonly string[]>;

/**
 * Picks the rows and fields the charts use out of the validated dataset: for every chart, or for
 * one (`only`: an embed carries its own chart's figures, and milestones only for the timeline).
 */
export function selectChartData(
  dataset: {
    observations: readonly Observation[];
    milestones: readonly Milestone[];
    sources: readonly SourceRef[];
  },
  only?: ChartId,
): ChartData {
  const indicators = new Set(only ? CHART_INDICATORS[only] : Object.values(CHART_INDICATORS).flat());
  const observations = dataset.observations
    .filter((o) => indicators.has(o.indicator))
    .map((o) => ({
      id: o.id,
      indicator: o.indicator,
      value: o.value,
      unit: o.unit,
      period: o.period,
      measure: o.measure,
      reporter: o.reporter,
      sourceId: o.sourceId,
      qualifier: o.qualifier,
      confidence: o.confidence,
      computed: o.computed,
      ...(o.revises ? { revises: o.revises } : {}),
      ...(o.scope ? { scope: o.scope } : {}),
      ...(o.status ? { status: o.status } : {}),
    }));
  const milestones = only && !CHART_MODULES[only].readsMilestones ? [] : dataset.milestones.map((m) => ({ id: m.id, date: m.date, kind: m.kind, sourceId: m.sourceId }));
  const used = new Set([...observations.map((o) => o.sourceId), ...milestones.map((m) => m.sourceId)]);
  const sources = dataset.sources
    .filter((s) => used.has(s.id))
    .map((s) => ({ id: s.id, publisher: s.publisher, ...(s.published ? { published: s.published } : {}) }));
  return { observations, milestones, sources };
}

export interface BuildChartArgs {
  data: ChartData;
  filter: ChartFilter;
  /** The data's years: a filter equal to them is "everything" (no filter note). */
  bounds: YearBounds;
  locale: string;
  t: Translate;
  /** Defaults to Intl; the browser passes a dictionary formatter (see formatter.ts). */
  format?: ChartFormatter;
}

/** The view model of one chart for a filter, in the page's language. */
export function buildChartView(id: ChartId, args: BuildChartArgs): ChartView {
  const { data, filter, locale, t } = args;
  const format = args.format ?? createIntlFormatter(locale);
  return chartModule(id).buildView(data, { locale, t, format, sources: data.sources, filter, bounds: { from: args.bounds.min, to: args.bounds.max } });
}

/** First and last year any chart draws a figure or milestone for. */
export function findYearBounds(data: ChartData): YearBounds {
  const everything: ChartFilter = { range: { from: 1900, to: 2100 }, reporters: ['AZ', 'KZ'] };
  const years = CHART_IDS.flatMap((id) => {
    const chart = chartModule(id);
    return chart.yearsOf(chart.shape(data, everything));
  });
  if (years.length === 0) {
    const now = new Date().getUTCFullYear();
    return { min: now, max: now };
  }
  return { min: Math.min(...years), max: Math.max(...years) };
}

/**
 * Builds the default views on the server and the dictionary the browser needs to rebuild any
 * filtered view with the same text (see formatter.ts): every period, date and list the views can
 * use is recorded by building them once per last year and selection of sides (a later first year
 * only removes figures, so it needs no new text).
 */
export function buildViewsWithDictionary(args: Omit<BuildChartArgs, 'filter' | 'format'>, ids: readonly ChartId[] = CHART_IDS): { views: ChartView[]; dictionary: FormatDictionary } {
  const { format, dictionary } = createRecordingFormatter(args.locale);
  const full = { from: args.bounds.min, to: args.bounds.max };
  const views = ids.map((id) => buildChartView(id, { ...args, format, filter: { range: full, reporters: SELECTABLE_REPORTERS } }));
  const sides: readonly (readonly SelectableReporter[])[] = [['AZ'], ['KZ'], SELECTABLE_REPORTERS];
  for (let to = args.bounds.min; to <= args.bounds.max; to++) {
    for (const reporters of sides) {
      for (const id of ids) buildChartView(id, { ...args, format, filter: { range: { from: args.bounds.min, to }, reporters } });
    }
  }
  // Lists of side names, whatever the views above happened to need.
  for (const reporters of sides) format.list(reporters.map((r) => args.t(`reporters.${r}`)));
  return { views, dictionary: dictionary() };
}
