'use client';

import dynamic from 'next/dynamic';
import type { ChartView } from '@/lib/charts/build';
import type { ExportPart } from '@/lib/export/parts';
import { PartLayout, partMargin } from '@/components/export/PartLayout';
import { roomFor } from '@/lib/present/slideType';
import { ChartEmpty } from '@/components/charts/ChartEmpty';
import { ChartFrame } from '@/components/charts/ChartFrame';
import { corridorLegendItems } from './legend';

const CorridorPlot = dynamic(() => import('./CorridorPlot').then((m) => m.CorridorPlot), { ssr: false });

/** What a part of the corridor chart shows under an export's title. */
export function describeMiddleCorridorPart(view: Extract<ChartView, { id: 'middle-corridor' }>, part: Extract<ExportPart, { chart: 'middle-corridor' }>): string {
  return view.chart.panels.find((p) => p.panel === part.panel)?.heading ?? view.subtitle;
}

/** A part of the corridor chart as an image of a fixed size, written at `font` px (see components/export/ExportPart.tsx). */
export function MiddleCorridorExportPart({ view, part, font }: { view: Extract<ChartView, { id: 'middle-corridor' }>; part: Extract<ExportPart, { chart: 'middle-corridor' }>; font: number }) {
  const panel = view.chart.panels.find((p) => p.panel === part.panel);
  return (
    <PartLayout legend={panel ? corridorLegendItems(panel) : []} unit={panel?.unitLabel ?? view.unitLabel} minHeight={font * 9} font={font}>
      {panel ? (
        <ChartFrame height={400} testId={`plot-corridor-${panel.panel}`}>
          <CorridorPlot panel={panel} axis={panel.axis} title={`${view.title}: ${panel.heading}`} desc={view.description} margin={partMargin(font, { right: font * 1.5 })} yAxisWidth={roomFor(panel.axis.ticks.map((tk) => tk.label), font, font * 0.75)} font={font} />
        </ChartFrame>
      ) : (
        <ChartEmpty message={view.empty ?? ''} />
      )}
    </PartLayout>
  );
}
