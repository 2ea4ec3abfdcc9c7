'use client';

import type { ComponentType, ReactNode } from 'react';
import type { ChartView } from '@/lib/charts/build';
import type { ExportPart } from '@/lib/export/parts';
import { ChartEmpty } from '@/components/charts/ChartEmpty';
import { EXPORT_PARTS, type ChartExportPart } from './partRegistry';

/** What the part shows under the export's title: the panel's heading. */
export function describePart(view: ChartView, part: ExportPart): string {
  if (view.id !== part.chart) return view.subtitle;
  // The registry pairs each chart's id with its parts' functions.
  return (EXPORT_PARTS[view.id] as ChartExportPart).describe(view, part);
}

/**
 * One part of a chart (lib/export/parts.ts) for an image of a fixed size, written at `font` CSS px
 * (the preset's type floor): legend wrapped in rows, one bar per row with its value beside it,
 * room for labels reserved from their own text (lib/present/slideType.ts, as on the slides).
 */
export function ExportPartBody({ view, part, font }: { view: ChartView; part: ExportPart; font: number }): ReactNode {
  if (view.empty) return <ChartEmpty message={view.empty} />;
  if (view.id !== part.chart) return null;
  const Body = (EXPORT_PARTS[view.id] as ChartExportPart).Body as ComponentType<{ view: ChartView; part: ExportPart; font: number }>;
  return <Body view={view} part={part} font={font} />;
}
