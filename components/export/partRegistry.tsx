'use client';

import type { ComponentType } from 'react';
import type { ChartId, ChartView } from '@/lib/charts/registry';
import type { ExportPart } from '@/lib/export/parts';
import { InvestmentFlowsExportPart, describeInvestmentFlowsPart } from '@/components/charts/investment-flows/ExportPart';
import { MiddleCorridorExportPart, describeMiddleCorridorPart } from '@/components/charts/middle-corridor/ExportPart';
import { OilVolumesExportPart, describeOilVolumesPart } from '@/components/charts/oil-volumes/ExportPart';
import { TimelineExportPart, describeTimelinePart } from '@/components/charts/timeline/ExportPart';
import { TradeTurnoverExportPart, describeTradeTurnoverPart } from '@/components/charts/trade-turnover/ExportPart';

/** A chart's parts in a fixed-size export: what each shows under the title, and its drawing. */
export interface ChartExportPart<V extends ChartView = ChartView, P extends ExportPart = ExportPart> {
  describe: (view: V, part: P) => string;
  Body: ComponentType<{ view: V; part: P; font: number }>;
}

/** Each chart's export parts, under its id (the charts are those of lib/charts/registry.ts). */
export const EXPORT_PARTS: { readonly [K in ChartId]: ChartExportPart<Extract<ChartView, { id: K }>, Extract<ExportPart, { chart: K }>> } = {
  'trade-turnover': { describe: describeTradeTurnoverPart, Body: TradeTurnoverExportPart },
  'investment-flows': { describe: describeInvestmentFlowsPart, Body: InvestmentFlowsExportPart },
  'oil-volumes': { describe: describeOilVolumesPart, Body: OilVolumesExportPart },
  'middle-corridor': { describe: describeMiddleCorridorPart, Body: MiddleCorridorExportPart },
  timeline: { describe: describeTimelinePart, Body: TimelineExportPart },
};
