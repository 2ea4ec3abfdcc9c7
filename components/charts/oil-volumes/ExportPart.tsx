'use client';

import type { ChartView } from '@/lib/charts/build';
import type { ExportPart } from '@/lib/export/parts';
import { PartLayout, partMargin } from '@/components/export/PartLayout';
import { roomFor } from '@/lib/present/slideType';
import { ChartEmpty } from '@/components/charts/ChartEmpty';
import { ChartFrame } from '@/components/charts/ChartFrame';
import { OilAnnualPlot, OilRunningPlot, labelsOf, oilBarItems, referenceItems, runningLegendItems } from '@/components/charts/chartPart';

/** What a part of the oil chart shows under an export's title. */
export function describeOilVolumesPart(view: Extract<ChartView, { id: 'oil-volumes' }>, part: Extract<ExportPart, { chart: 'oil-volumes' }>): string {
return part.panel === 'annual' ? view.chart.annual.heading : view.chart.running.heading;
}

/** A part of the oil chart as an image of a fixed size, written at `font` px (see components/export/ExportPart.tsx). */
export function OilVolumesExportPart({ view, part, font }: { view: Extract<ChartView, { id: 'oil-volumes' }>; part: Extract<ExportPart, { chart: 'oil-volumes' }>; font: number }) {
  const { annual, running, references, axis: valueAxis } = view.chart;
  const refItems = referenceItems(references);
  const yAxisWidth = roomFor(valueAxis.ticks.map((tk) => tk.label), font, font * 0.75);
  if (part.panel === 'annual') {
    return (
      <PartLayout legend={[...oilBarItems(annual.series), ...refItems]} unit={view.unitLabel} minHeight={font * 12} font={font}>
        {annual.rows.length > 0 ? (
          <ChartFrame height={400} testId="plot-oil-annual">
            <OilAnnualPlot annual={annual} references={references} axis={valueAxis} title={`${view.title}: ${annual.heading}`} desc={view.description} margin={partMargin(font, { top: font * 2 })} yAxisWidth={yAxisWidth} maxBarSize={roomFor(labelsOf(annual.rows, (k) => k.endsWith('_label')), font, font * 0.5)} />
          </ChartFrame>
        ) : (
          <ChartEmpty message={view.empty ?? ''} />
        )}
      </PartLayout>
    );
  }
  return (
    <PartLayout legend={[...runningLegendItems(running), ...refItems]} unit={view.unitLabel} minHeight={font * 12} font={font}>
      {running.lines.length > 0 ? (
        <ChartFrame height={400} testId="plot-oil-running">
          <OilRunningPlot running={running} references={references} axis={valueAxis} title={`${view.title}: ${running.heading}`} desc={view.description} margin={partMargin(font, { right: font * 1.5 })} referenceLabels={false} yAxisWidth={yAxisWidth} />
        </ChartFrame>
      ) : (
        <ChartEmpty message={view.empty ?? ''} />
      )}
    </PartLayout>
  );
}
