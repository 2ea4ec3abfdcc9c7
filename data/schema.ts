/**
 * Types and validation rules for everything in data/.
 *
 * Every figure is an `Observation`: a value with its unit, period, reporting side and source.
 * The zod schemas below are the single definition of "valid"; `lib/validate.ts` runs them (plus the
 * cross-record checks zod cannot express) in the unit tests and before every build.
 */
import { z } from 'zod';
import { parsePeriod } from '../lib/period';
import { SCOPES } from './scopes';

/** Who published the statistic: Azerbaijan's side, Kazakhstan's side, or not stated. */
export const REPORTERS = ['AZ', 'KZ', 'unknown'] as const;
export type Reporter = (typeof REPORTERS)[number];

/** Units of `Observation.value`. Oil is stored in tonnes and formatted as kt/Mt by lib/format. */
export const UNITS = [
  'USD_million',
  'AZN_million',
  'tonnes',
  'tonnes_per_month',
  'tonnes_per_year',
  'barrels_per_day',
  'km',
  'count',
  'people',
  'TEU',
  'percent',
  'voyages_per_month',
  'Tbit_per_s',
] as const;
export type Unit = (typeof UNITS)[number];

/**
 * What kind of quantity the value is:
 * - `flow`: amount during the period (trade in 2023, oil shipped in 2024, investment in 2019);
 * - `ytd`: running total from the start of the year to the end of the period;
 * - `cumulative`: total over a multi-year period (e.g. investment 2005-2020, or "to date");
 * - `stock`: a count at a point in time (companies registered, documents signed);
 * - `rate`: a pace (t/month, b/d);
 * - `plan` / `forecast` / `agreement` / `capacity`: not a measured outcome;
 * - `target`: a stated goal for a future year (e.g. 300,000 TEU a year on the Middle Corridor by 2029).
 */
export const MEASURES = ['flow', 'ytd', 'cumulative', 'stock', 'rate', 'plan', 'forecast', 'agreement', 'capacity', 'target'] as const;
export type Measure = (typeof MEASURES)[number];

/**
 * How firm a `plan` or `forecast` is, as its source words it: `planned` (a stated plan or target),
 * `expected` (an expectation or forecast), `under-discussion` (talks, nothing agreed). Required on
 * every plan and forecast (lib/validate.ts) and shown with it; outcomes have none.
 */
export const PLAN_STATUSES = ['planned', 'expected', 'under-discussion'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** Measures that are not measured outcomes and so need a `status`. */
export const PLANNED_MEASURES: readonly Measure[] = ['plan', 'forecast'];

/** How the source qualified the number ("about", "more than", "up to", "almost"). */
export const QUALIFIERS = ['exact', 'approx', 'more-than', 'up-to', 'almost'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/**
 * Indicators. Directions are written origin-to-destination: `trade.kz-to-az` are goods going from
 * Kazakhstan to Azerbaijan (KZ's exports, AZ's imports), whoever reports them.
 */
export const INDICATORS = [
  'trade.turnover',
  'trade.kz-to-az',
  'trade.az-to-kz',
  'trade.az-to-kz.non-oil',
  'invest.kz-to-az',
  'invest.az-to-kz',
  'invest.kz-to-az.non-oil',
  'invest.az-to-kz.non-oil',
  'companies.kz-capital-in-az',
  'companies.az-capital-in-kz',
  'oil.aktau-to-baku',
  'oil.aktau-to-baku.tengiz',
  'oil.aktau-to-baku.cumulative',
  'oil.tengiz-btc.rate',
  'oil.agreement',
  'oil.btc-transit.kz-tm',
  'oil.aktau-port.loaded',
  'documents.signed',
  'igc.meetings',
  'rail.freight',
  'rail.freight.kz-to-az',
  'grain.kz-to-az',
  'containers.aktau-baku',
  'corridor.cargo',
  'corridor.containers',
  'people.azerbaijanis-in-kz',
  'students.kz-in-az',
  'btc.length',
  'btc.capacity',
  'caspian.voyages',
  'cable.length',
  'cable.capacity',
] as const;
export type IndicatorId = (typeof INDICATORS)[number];

/** What a Middle Corridor figure counts (`Observation.scope`): see data/scopes.ts. */
export { SCOPES, type Scope } from './scopes';

/** Indicators whose figures must say what they count (`scope`); lib/validate.ts checks it. */
export const SCOPED_INDICATORS: readonly IndicatorId[] = ['corridor.cargo', 'corridor.containers', 'containers.aktau-baku'];

export const LANGUAGES = ['az', 'en', 'ru', 'kk', 'de', 'tr'] as const;

const idRule = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-.]*$/, 'must be lower-case letters, digits, "-" or "." (e.g. "trade-kz-2023")');

const periodRule = z.string().superRefine((text, ctx) => {
  const r = parsePeriod(text);
  if (!r.ok) ctx.addIssue({ code: 'custom', message: r.reason });
});

const isoDateRule = z.string().superRefine((text, ctx) => {
  const r = parsePeriod(text);
  if (!r.ok || r.value.isInterval) ctx.addIssue({ code: 'custom', message: `invalid date "${text}": expected YYYY, YYYY-MM or YYYY-MM-DD` });
});

export const sourceSchema = z.strictObject({
  id: idRule,
  /** Title as published (original language). */
  title: z.string().min(3),
  /** Outlet or body that published it (AZERTAC, Trend, Astana Times, BP...). */
  publisher: z.string().min(2),
  /** Publication date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  published: isoDateRule.optional(),
  url: z.url({ protocol: /^https?$/ }),
  language: z.enum(LANGUAGES),
  /** Licence or terms for what we reuse (facts quoted with credit, or a data licence). */
  licence: z.string().min(2),
});
export type Source = z.infer<typeof sourceSchema>;

export const observationSchema = z
  .strictObject({
    id: idRule,
    indicator: z.enum(INDICATORS),
    /** The figure, in `unit`. Never negative: direction is in the indicator, not the sign. */
    value: z.number().finite().nonnegative(),
    unit: z.enum(UNITS),
    /** See lib/period.ts for the grammar. */
    period: periodRule,
    measure: z.enum(MEASURES),
    reporter: z.enum(REPORTERS),
    sourceId: idRule,
    qualifier: z.enum(QUALIFIERS).default('exact'),
    confidence: z.enum(CONFIDENCES).default('high'),
    /** Derived here (conversion, subtraction, great-circle distance), not published as such. */
    computed: z.boolean().default(false),
    /** What the figure counts, for indicators that need it (`SCOPED_INDICATORS`); see `SCOPES`. */
    scope: z.enum(SCOPES).optional(),
    /** How firm a plan or forecast is; required when `measure` is `plan` or `forecast`, absent otherwise. */
    status: z.enum(PLAN_STATUSES).optional(),
    /** Id of the observation this one revises (e.g. KZ's 463.3 revises its 461.9 for 2022). */
    revises: idRule.optional(),
    /** Free-text note in English for analysts (shown on the sources page). */
    note: z.string().optional(),
  })
  .superRefine((o, ctx) => {
    const planned = PLANNED_MEASURES.includes(o.measure);
    if (planned && o.status === undefined) {
      ctx.addIssue({ code: 'custom', path: ['status'], message: `a ${o.measure} needs a status (${PLAN_STATUSES.join(', ')})` });
    }
    if (!planned && o.status !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['status'], message: `only a plan or forecast has a status, not a ${o.measure}` });
    }
  });
export type ObservationInput = z.input<typeof observationSchema>;
export type Observation = z.output<typeof observationSchema>;

export const MILESTONE_KINDS = ['diplomacy', 'treaty', 'visit', 'institution', 'energy', 'economy', 'culture'] as const;

export const milestoneSchema = z.strictObject({
  /** Also the message key `milestones.<id>` that holds its title in each language. */
  id: idRule,
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the source is. */
  date: isoDateRule,
  kind: z.enum(MILESTONE_KINDS),
  sourceId: idRule,
  note: z.string().optional(),
});
export type MilestoneInput = z.input<typeof milestoneSchema>;
export type Milestone = z.output<typeof milestoneSchema>;

const latRule = z.number().min(-90, 'latitude must be between -90 and 90').max(90, 'latitude must be between -90 and 90');
const lonRule = z.number().min(-180, 'longitude must be between -180 and 180').max(180, 'longitude must be between -180 and 180');

export const NODE_KINDS = ['field', 'port', 'terminal', 'city'] as const;

export const routeNodeSchema = z.strictObject({
  /** Also the message key `places.<id>`. */
  id: idRule,
  kind: z.enum(NODE_KINDS),
  lat: latRule,
  lon: lonRule,
  coordSourceId: idRule,
  confidence: z.enum(CONFIDENCES),
  /** Ids of observations and milestones shown in this node's popup. */
  facts: z.array(idRule).default([]),
});
export type RouteNodeInput = z.input<typeof routeNodeSchema>;
export type RouteNode = z.output<typeof routeNodeSchema>;

export const SEGMENT_MODES = ['rail', 'tanker', 'pipeline'] as const;
export const SEGMENT_STATUSES = ['operating', 'intermittent', 'idle'] as const;

export const routeSegmentSchema = z.strictObject({
  /** Also the message key `segments.<id>`. */
  id: idRule,
  /** Position along the route, 1 = first leg. */
  order: z.number().int().positive(),
  from: idRule,
  to: idRule,
  mode: z.enum(SEGMENT_MODES),
  /** Length to show: official where known, else computed (see `lengthComputed`). */
  lengthKm: z.number().positive(),
  lengthComputed: z.boolean(),
  lengthSourceId: idRule,
  /** Observation ids for capacity, volumes and other facts about this leg. */
  facts: z.array(idRule).default([]),
  operator: z.string().min(2),
  status: z.enum(SEGMENT_STATUSES),
  /** `traced`: real geometry from a survey dataset; `approximate`: drawn by us between the nodes. */
  geometryAccuracy: z.enum(['traced', 'approximate']),
  /** [lon, lat] pairs, GeoJSON order, from `from` to `to`. */
  geometry: z.array(z.tuple([lonRule, latRule])).min(2),
  geometrySourceId: idRule,
});
export type RouteSegmentInput = z.input<typeof routeSegmentSchema>;
export type RouteSegment = z.output<typeof routeSegmentSchema>;

/**
 * Off-route context layers on the map (not part of the oil chain), each with its own legend entry
 * and a control to show or hide it: the Aktau/Kuryk–Baku (Alat) container crossing and the planned
 * Trans-Caspian fibre-optic cable. `status` is required: a planned item must say it is planned.
 */
export const MAP_LAYER_KINDS = ['container-line', 'cable'] as const;
export const MAP_LAYER_STATUSES = ['operating', 'planned'] as const;

/** A completion date as a plan gave it: the end of a year, or a quarter. */
const dueRule = z.string().regex(/^\d{4}(-Q[1-4])?$/, 'must be "YYYY" (end of that year) or "YYYY-Qn" (a quarter)');

export const mapLayerSchema = z.strictObject({
  /** Also the message keys `map.layers.<id>.*`. */
  id: idRule,
  kind: z.enum(MAP_LAYER_KINDS),
  status: z.enum(MAP_LAYER_STATUSES),
  /** Always `approximate` for now: drawn by us between the end points, not a surveyed route. */
  geometryAccuracy: z.enum(['traced', 'approximate']),
  /** One or more lines, each [lon, lat] pairs (GeoJSON order). */
  geometry: z.array(z.array(z.tuple([lonRule, latRule])).min(2)).min(1),
  geometrySourceId: idRule,
  /** Indicator whose observations the layer's panel lists by year (the container line's TEU). */
  series: z.enum(INDICATORS).optional(),
  /** Observation and milestone ids shown in the layer's panel. */
  facts: z.array(idRule).default([]),
  /** Operating companies, as they write their names. */
  operators: z.array(z.string().min(2)).min(1),
  /** True when `operators` names only some of the companies (the container line has others). */
  otherOperators: z.boolean().default(false),
  operatorsSourceId: idRule,
  /** When each plan said the work would be finished, in the order the plans were made. */
  schedule: z
    .array(z.strictObject({ announced: isoDateRule, due: dueRule, sourceId: idRule }))
    .default([]),
});
export type MapLayerInput = z.input<typeof mapLayerSchema>;
export type MapLayer = z.output<typeof mapLayerSchema>;
