'use client';

/**
 * What a chart part (one panel of a chart, lib/present/slides.ts and lib/export/parts.ts) draws
 * the same on a slide and in a fixed-size export (components/charts/<chart>/SlidePart.tsx and
 * ExportPart.tsx): the plots (loaded on use), the legend items of each panel
 * and the legend list, and the label texts that room is reserved for. The two differ in type size
 * and frame only.
 */
import dynamic from 'next/dynamic';
import type { ReactNode } from 'react';
import type { Reporter } from '@/data/schema';
import type { OilVolumesView } from '@/lib/charts/oil-volumes/view';
import type { GapPanel } from '@/lib/charts/trade-turnover/gapView';
import type { TradePanel, TradePart } from '@/lib/charts/trade-turnover/view';
import { PACE_LINE, PART_TONES, REFERENCE_LINE, REPORTER_TONES, YEAR_LINE_STYLES } from '@/lib/charts/style';
import { OilBarSwatch } from './oilBars';
import { Swatch } from './Swatch';

export const TradeTurnoverPlot = dynamic(() => import('./TradeTurnoverPlot').then((m) => m.TradeTurnoverPlot), { ssr: false });
export const InvestmentBarsPlot = dynamic(() => import('./InvestmentBarsPlot').then((m) => m.InvestmentBarsPlot), { ssr: false });
export const CompaniesPlot = dynamic(() => import('./CompaniesPlot').then((m) => m.CompaniesPlot), { ssr: false });
export const OilAnnualPlot = dynamic(() => import('./OilAnnualPlot').then((m) => m.OilAnnualPlot), { ssr: false });
export const TradeGapPlot = dynamic(() => import('./TradeGapPlot').then((m) => m.TradeGapPlot), { ssr: false });
export const OilRunningPlot = dynamic(() => import('./OilRunningPlot').then((m) => m.OilRunningPlot), { ssr: false });

/** An item of a part's legend: its swatch and label. */
export interface LegendItem {
  key: string;
  swatch: ReactNode;
  label: string;
}

/** A reporting side: its bar's tone and hatch. */
export function reporterItem(reporter: Reporter, label: string): LegendItem {
  const tone = REPORTER_TONES[reporter];
  return { key: reporter, swatch: <Swatch fill={tone.main} stroke={tone.stroke} hatch={tone.hatch?.color ?? null} />, label };
}

/** The oil chart's bar styles: outcomes by side and source, then plans (outlined, dashed). */
export function oilBarItems(series: OilVolumesView['chart']['annual']['series']): LegendItem[] {
  return series.map((s) => ({ key: s.key, swatch: <OilBarSwatch series={s} />, label: s.label }));
}

/** String values of a row's label keys (`…_label`, `valueLabel`): the texts printed at the bars. */
export function labelsOf(rows: readonly Record<string, unknown>[], match: (key: string) => boolean): string[] {
  return rows.flatMap((row) => Object.entries(row).filter(([k, v]) => match(k) && typeof v === 'string').map(([, v]) => v as string));
}

const PART_TONE: Record<TradePart, string> = { kzToAz: PART_TONES.dark, azToKz: PART_TONES.light, total: PART_TONES.main };

/** A trade panel's legend: its sides, then the parts of a bar. */
export function tradeLegendItems(shown: Pick<TradePanel, 'series'>, parts: readonly { part: TradePart; label: string }[]): LegendItem[] {
  return [...shown.series.map((s) => reporterItem(s.reporter, s.label)), ...parts.map((p) => ({ key: p.part, swatch: <Swatch fill={PART_TONE[p.part]} stroke={PART_TONES.stroke} />, label: p.label }))];
}

/** The gap panel's legend: which side's figure is higher (that side's tone and hatch on the bar). */
export function gapLegendItems(legend: GapPanel['legend']): LegendItem[] {
  return legend.map((l) => ({ ...reporterItem(l.side === 'kzHigher' ? 'KZ' : 'AZ', l.label), key: l.side }));
}

/** The agreed volumes' reference lines. */
export function referenceItems(references: OilVolumesView['chart']['references']): LegendItem[] {
  return references.map((r) => ({ key: r.key, swatch: <Swatch fill={REFERENCE_LINE.color} line={{ dash: REFERENCE_LINE.dash, width: REFERENCE_LINE.width }} />, label: r.label }));
}

/** The running totals' lines (a style per year) and the pace line. */
export function runningLegendItems(running: OilVolumesView['chart']['running']): LegendItem[] {
  const lines = running.lines.map((l, i) => {
    const style = YEAR_LINE_STYLES[i % YEAR_LINE_STYLES.length]!;
    return { key: l.key, swatch: <Swatch fill={style.color} line={{ dash: style.dash, width: 2.5 }} />, label: l.label };
  });
  const pace = running.pace ? [{ key: 'pace', swatch: <Swatch fill={PACE_LINE.color} line={{ dash: PACE_LINE.dash, width: PACE_LINE.width }} />, label: running.pace.label }] : [];
  return [...lines, ...pace];
}

/** A part's legend as a list (nothing when it has no items), in the frame's own style. */
export function PartLegend({ items, className }: { items?: readonly LegendItem[]; className?: string }) {
  if (!items || items.length === 0) return null;
  return (
    <ul className={className}>
      {items.map((item) => (
        <li key={item.key}>
          {item.swatch}
          {item.label}
        </li>
      ))}
    </ul>
  );
}
