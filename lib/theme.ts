/**
 * Named colours, patterns and sizes of the charts, in one place. Colours are literal hex values
 * (not CSS variables) so that exported SVG/PNG keep them. Palette: Okabe–Ito, colour-blind safe;
 * Kazakhstan's bars also carry a hatch and its lines a dash, so the two sides separate in greyscale.
 */
import type { Reporter } from '../data/schema';

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
  AZ: { main: '#0072b2', dark: '#00466e', light: '#9ccbe8', stroke: '#00466e', hatch: null },
  KZ: { main: '#b35900', dark: '#6b3500', light: '#f0c08f', stroke: '#6b3500', hatch: { color: '#ffffff', lightColor: '#6b3500' } },
  unknown: { main: '#5c6370', dark: '#363b44', light: '#c3c7cf', stroke: '#363b44', hatch: null },
};

/** Greyscale tones that explain the three bar parts in the legend, whoever reported them. */
export const PART_TONES = { dark: '#3a3f48', main: '#7a808c', light: '#d2d5db', stroke: '#3a3f48' } as const;

/** Hatch geometry: stripe width and spacing in px, angle in degrees. */
export const HATCH = { size: 6, stripe: 2, angle: 45 } as const;

/** Running-total lines, one per year: distinct hue, dash and marker shape. */
export const YEAR_LINE_STYLES: readonly { color: string; dash: string; marker: 'circle' | 'square' | 'diamond' }[] = [
  { color: '#009e73', dash: '', marker: 'circle' },
  { color: '#882255', dash: '8 4', marker: 'square' },
  { color: '#0072b2', dash: '2 3', marker: 'diamond' },
];

/** The article's pace line and the agreed-volume reference lines. */
export const PACE_LINE = { color: '#5c6370', dash: '5 4', width: 2 } as const;
export const REFERENCE_LINE = { color: '#1a1f29', dash: '2 4', width: 1.5 } as const;

/** Axis, grid and text colours inside the SVG. */
export const AXIS = { text: '#4a5363', line: '#9aa1ad', grid: '#e3e7ee', label: '#1a1f29' } as const;

/** Timeline marker colours and shapes by group (not reporter colours: milestones have no reporter). */
export const MILESTONE_STYLES = {
  relations: { color: '#009e73', shape: 'circle' },
  energy: { color: '#882255', shape: 'diamond' },
  economy: { color: '#5c6370', shape: 'square' },
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
export const CATEGORY_AXIS_WIDTH = { investment: 176, partYears: 116 } as const;

/** Bar sizes (px). */
export const BAR = { maxWidth: 56, gap: 3, categoryGap: '18%' } as const;

/** Room above the highest point for its label, as a share of the value (1.12 = 12 %). */
export const LABEL_HEADROOM = 1.12;

/** Point marker radius (px) for company counts and running totals. */
export const MARKER_RADIUS = 5;

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
