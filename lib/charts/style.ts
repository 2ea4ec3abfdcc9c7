/**
 * Named colours, patterns and sizes of the charts, in one place. Palette: Okabe–Ito, colour-blind
 * safe; Kazakhstan's bars also carry a hatch and its lines a dash, so the two sides separate in
 * greyscale.
 *
 * Every chart colour is a pair (`PAINTS`): `light` for the light and projector themes and for every
 * export, `dark` for the dark theme (chosen, or the system's dark setting). `paint()` writes the
 * pair as `var(--scheme-light, <light>) var(--scheme-dark, <dark>)`: app/globals.css sets one of
 * the two switches to `initial` (its fallback is used) and the other to nothing, per theme, and the
 * export frame sets them to light, so exported SVG/PNG/PDF (written from computed colours) keep
 * the light colours whatever the page's theme. The switch is resolved where the colour is used,
 * which `light-dark()` in a token on :root would not be once the build's CSS compiler has turned
 * it into its own switches (it does, for browsers without light-dark()).
 */
import type { Reporter, Scope } from '../../data/schema';

/** Background of the dark theme (`--color-bg` in app/globals.css): bar outlines and hatch stripes there. */
const DARK_BG = '#11151c';

export const PAINTS = {
  'az-main': { light: '#0072b2', dark: '#56b4e9' },
  'az-dark': { light: '#00466e', dark: '#0072b2' },
  'az-light': { light: '#9ccbe8', dark: '#9ccbe8' },
  'az-stroke': { light: '#00466e', dark: DARK_BG },
  'kz-main': { light: '#b35900', dark: '#e69f00' },
  'kz-dark': { light: '#6b3500', dark: '#b35900' },
  'kz-light': { light: '#f0c08f', dark: '#f0c08f' },
  'kz-stroke': { light: '#6b3500', dark: DARK_BG },
  'kz-hatch': { light: '#ffffff', dark: DARK_BG },
  'kz-hatch-light': { light: '#6b3500', dark: '#6b3500' },
  'unknown-main': { light: '#5c6370', dark: '#aab2bf' },
  'unknown-dark': { light: '#363b44', dark: '#7a808c' },
  'unknown-light': { light: '#c3c7cf', dark: '#d2d5db' },
  'unknown-stroke': { light: '#363b44', dark: DARK_BG },
  'part-dark': { light: '#3a3f48', dark: '#7a808c' },
  'part-main': { light: '#7a808c', dark: '#aab2bf' },
  'part-light': { light: '#d2d5db', dark: '#e3e7ee' },
  'part-stroke': { light: '#3a3f48', dark: DARK_BG },
  'year-1': { light: '#009e73', dark: '#009e73' },
  'year-2': { light: '#882255', dark: '#cc79a7' },
  'year-3': { light: '#0072b2', dark: '#56b4e9' },
  'scope-port': { light: '#cc3311', dark: '#ee7733' },
  pace: { light: '#5c6370', dark: '#aab2bf' },
  reference: { light: '#1a1f29', dark: '#b8c0cc' },
  'axis-text': { light: '#4a5363', dark: '#b8c0cc' },
  'axis-line': { light: '#9aa1ad', dark: '#6b7380' },
  'axis-grid': { light: '#e3e7ee', dark: '#3a4352' },
  'axis-label': { light: '#1a1f29', dark: '#eef1f5' },
  /** The page's background (`--color-bg`): the halo around value labels. */
  'label-halo': { light: '#ffffff', dark: DARK_BG },
  'milestone-relations': { light: '#009e73', dark: '#009e73' },
  'milestone-energy': { light: '#882255', dark: '#cc79a7' },
  'milestone-economy': { light: '#5c6370', dark: '#aab2bf' },
} as const satisfies Record<string, { light: string; dark: string }>;

export type PaintName = keyof typeof PAINTS;

/** A chart colour as painted on screen: its light or dark half, by the theme (see above). */
export function paint(name: PaintName): string {
  const { light, dark } = PAINTS[name];
  return light === dark ? light : `var(--scheme-light, ${light}) var(--scheme-dark, ${dark})`;
}

/** Tones of one reporting side: `main` for a bar of turnover, `dark`/`light` for the two stacked directions. */
export interface ReporterTones {
  main: string;
  dark: string;
  light: string;
  /** Outline of every bar part (keeps light parts visible on white, 3:1 or better). */
  stroke: string;
  /** Hatch drawn over the fill, or `null` for a plain fill. */
  hatch: { color: string; lightColor: string } | null;
}

export const REPORTER_TONES: Record<Reporter, ReporterTones> = {
  AZ: { main: paint('az-main'), dark: paint('az-dark'), light: paint('az-light'), stroke: paint('az-stroke'), hatch: null },
  KZ: {
    main: paint('kz-main'),
    dark: paint('kz-dark'),
    light: paint('kz-light'),
    stroke: paint('kz-stroke'),
    hatch: { color: paint('kz-hatch'), lightColor: paint('kz-hatch-light') },
  },
  unknown: { main: paint('unknown-main'), dark: paint('unknown-dark'), light: paint('unknown-light'), stroke: paint('unknown-stroke'), hatch: null },
};

/** Greyscale tones that explain the three bar parts in the legend, whoever reported them. */
export const PART_TONES = { dark: paint('part-dark'), main: paint('part-main'), light: paint('part-light'), stroke: paint('part-stroke') } as const;

/** Hatch geometry: stripe width and spacing in px, angle in degrees. */
export const HATCH = { size: 6, stripe: 2, angle: 45 } as const;

/** Running-total lines, one per year: distinct hue, dash and marker shape. */
export const YEAR_LINE_STYLES: readonly { color: string; dash: string; marker: 'circle' | 'square' | 'diamond' }[] = [
  { color: paint('year-1'), dash: '', marker: 'circle' },
  { color: paint('year-2'), dash: '8 4', marker: 'square' },
  { color: paint('year-3'), dash: '2 3', marker: 'diamond' },
];

/**
 * Middle Corridor lines, one per scope (data/schema.ts SCOPES): hue, dash and marker each differ, so
 * no two scopes look alike in greyscale either. A plan is the scope's marker left hollow, on no line.
 */
export const SCOPE_LINE_STYLES: Record<Scope, { color: string; dash: string; marker: 'circle' | 'square' | 'diamond' }> = {
  'titr-whole-route': { color: paint('year-1'), dash: '', marker: 'circle' },
  'caspian-seaports': { color: paint('year-2'), dash: '8 4', marker: 'square' },
  'aktau-baku-line': { color: paint('year-3'), dash: '2 3', marker: 'diamond' },
  'aktau-baku-line-kmtf': { color: paint('kz-main'), dash: '5 3 1 3', marker: 'circle' },
  'port-of-baku': { color: paint('scope-port'), dash: '12 3', marker: 'square' },
};

/**
 * Plans and forecasts are not outcomes: their bars are outlined with a dashed border (shape, not
 * colour, tells them apart), over the side's light tint (first source) or nothing (another source).
 * A second source's outcome is the side's dark tone. See components/charts/oilBars.tsx.
 */
export const PLAN_BAR = { dash: '5 3', width: 2 } as const;

/** The article's pace line and the agreed-volume reference lines. */
export const PACE_LINE = { color: paint('pace'), dash: '5 4', width: 2 } as const;
export const REFERENCE_LINE = { color: paint('reference'), dash: '2 4', width: 1.5 } as const;

/**
 * A value label's halo: a stroke in the page's colour painted under its glyphs, so a reference
 * line, gridline or bar edge that runs through the label (recharts draws labels above them) stops
 * short of the letters. On every value label of every plot (dashboard, slides, exports).
 */
export const VALUE_LABEL_HALO = { stroke: paint('label-halo'), strokeWidth: 4, strokeLinejoin: 'round', paintOrder: 'stroke' } as const;

/** Axis, grid and text colours inside the SVG. */
export const AXIS = { text: paint('axis-text'), line: paint('axis-line'), grid: paint('axis-grid'), label: paint('axis-label') } as const;

/** Timeline marker colours and shapes by group (not reporter colours: milestones have no reporter). */
export const MILESTONE_STYLES = {
  relations: { color: paint('milestone-relations'), shape: 'circle' },
  energy: { color: paint('milestone-energy'), shape: 'diamond' },
  economy: { color: paint('milestone-economy'), shape: 'square' },
} as const;

/** Heights reserved for each chart panel (px), so nothing shifts while the chart loads. */
export const CHART_HEIGHTS = {
  trade: { desktop: 380, phone: 300 },
  companies: { desktop: 240, phone: 220 },
  oil: { desktop: 320, phone: 260 },
  /** Investment panels: per bar (two-line label), plus room for the axis. */
  investmentRow: 54,
  investmentAxis: 36,
  /** Part-year panel: per row of bars, plus room for the axis. */
  partRow: 34,
  partAxis: 44,
  /** Timeline: per lane of markers, plus the axis strip. */
  timelineLane: 26,
  timelineAxis: 40,
} as const;

/** Chart margins (px) inside the SVG. */
export const CHART_MARGINS = {
  bars: { top: 24, right: 12, bottom: 4, left: 4 },
  horizontalBars: { top: 4, right: 56, bottom: 4, left: 4 },
  lines: { top: 16, right: 24, bottom: 4, left: 4 },
} as const;

/** Width (px) of the category axis of horizontal bar charts. */
export const CATEGORY_AXIS_WIDTH = { investment: 176 } as const;

/** Bar sizes (px). */
export const BAR = { maxWidth: 56, gap: 3, categoryGap: '18%' } as const;

/** Room above the highest point for its label, as a share of the value (1.12 = 12 %). */
export const LABEL_HEADROOM = 1.12;

/** Point marker radius (px) for company counts and running totals. */
export const MARKER_RADIUS = 5;

/** The card plots' type, px (0.85rem in charts.module.css; an upper bound of their labels' size). */
export const CARD_PLOT_FONT = 14;

/** Smallest distance between two timeline markers in one lane, as a fraction of the axis width. */
export const TIMELINE_MIN_GAP = 0.024;

/** Height (px) of a part-year panel with `rows` categories. */
export function measurePartPanelHeight(rows: number): number {
  return rows * CHART_HEIGHTS.partRow + CHART_HEIGHTS.partAxis;
}

/** Height (px) of an investment panel with `rows` bars. */
export function measureInvestmentPanelHeight(rows: number): number {
  return Math.max(1, rows) * CHART_HEIGHTS.investmentRow + CHART_HEIGHTS.investmentAxis;
}

/** Height (px) of the timeline strip with `lanes` rows of markers. */
export function measureTimelineHeight(lanes: number): number {
  return Math.max(1, lanes) * CHART_HEIGHTS.timelineLane + CHART_HEIGHTS.timelineAxis;
}
