/**
 * Types shared by every chart: ids, filters, empty states and the notes attached to plotted
 * figures. Pure and serialisable (no functions, no React), so the dashboard card, the slides and
 * the exports can all use them.
 */
import type { Confidence, Qualifier, Reporter, Unit } from '../../data/schema';

/** A chart's id; the charts themselves are listed in lib/charts/registry.ts (`CHART_IDS` there). */
export type { ChartId } from './registry';

/** The two sides a reader can select; figures whose side is not stated show when both are selected. */
export const SELECTABLE_REPORTERS = ['AZ', 'KZ'] as const;
export type SelectableReporter = (typeof SELECTABLE_REPORTERS)[number];

/** Inclusive range of calendar years, e.g. `{ from: 2019, to: 2024 }`. */
export interface YearRange {
  from: number;
  to: number;
}

/** What every shaping function is given. `observations` may hold bad rows: they are rejected, not drawn. */
export interface ChartFilter {
  range: YearRange;
  reporters: readonly SelectableReporter[];
}

/**
 * Why a chart (or one panel of it) has nothing to draw; `null` when it has something.
 * - `no-data`: no usable figure at all;
 * - `no-data-in-range`: figures exist, none in the selected years;
 * - `no-data-for-reporters`: figures exist in those years, none from the selected side(s).
 */
export type EmptyReason = 'no-data' | 'no-data-in-range' | 'no-data-for-reporters';

/** A figure as plotted: the number from data/ with the source's qualifier ("more than", "about"). */
export interface QualifiedValue {
  /** In the chart's unit (USD million, tonnes, count). */
  value: number;
  qualifier: Qualifier;
  observationId: string;
}

/** A row of data/ that could not be used, and why (shown in tests, never drawn). */
export interface RowProblem {
  index: number;
  id: string | null;
  reason: string;
}

/**
 * Facts about a plotted figure that the table and the tooltip must say. Structured (not text) so
 * each language words them itself.
 */
export type FigureNote =
  /** This figure revises an earlier one from the same side, which is not drawn. */
  | { kind: 'revised'; observationId: string; replaced: QualifiedValue }
  /** The source's figure is of medium or low confidence (see the sources page). */
  | { kind: 'confidence'; observationId: string; level: Exclude<Confidence, 'high'> }
  /** Another figure for the same period and side, from another source, not drawn. */
  | { kind: 'alternative'; observationId: string; value: QualifiedValue; confidence: Confidence; sourceId: string }
  /** Only one direction of trade was published for this period, so the bar is the total. */
  | { kind: 'one-direction-only'; direction: TradeDirection; value: QualifiedValue }
  /** The turnover itself was not published: the bar is the sum of the two directions. */
  | { kind: 'sum-of-directions' }
  /** A plan or forecast for the same period, not drawn (it is not a measured outcome). */
  | { kind: 'plan'; measure: 'plan' | 'forecast'; value: QualifiedValue; reporter: Reporter };

/** Goods from Kazakhstan to Azerbaijan (`kzToAz`) or the other way. */
export type TradeDirection = 'kzToAz' | 'azToKz';

/** A figure of the chart's subject that is deliberately not drawn, listed under the table. */
export interface OmittedFigure {
  observationId: string;
  period: string;
  reporter: Reporter;
  value: number;
  unit: Unit;
  qualifier: Qualifier;
  reason: 'computed' | 'other-unit';
}
