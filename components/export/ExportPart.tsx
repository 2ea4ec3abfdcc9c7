'use client';

import type { CSSProperties, ReactNode } from 'react';
import type { ChartView } from '@/lib/charts/build';
import type { ExportPart } from '@/lib/export/parts';
import { pageOf } from '@/lib/present/slides';
import { oneBarPerRow } from '@/lib/present/slideRows';
import { roomFor } from '@/lib/present/slideType';
import { MILESTONE_STYLES } from '@/lib/charts/style';
import { ChartEmpty } from '@/components/charts/ChartEmpty';
import { ChartFrame } from '@/components/charts/ChartFrame';
import { CompaniesPlot, InvestmentBarsPlot, OilAnnualPlot, OilRunningPlot, PartLegend, TradeTurnoverPlot, labelsOf, referenceItems, reporterItem, runningLegendItems, tradeLegendItems, type LegendItem } from '@/components/charts/chartPart';
import styles from './ExportPart.module.css';
import partStyles from '@/components/charts/chartPart.module.css';




/** Legend, unit, the plot filling what the text leaves (at least `minHeight` px), and a note. */
function PartLayout(props: { legend?: LegendItem[]; unit?: string; note?: string; minHeight: number; font: number; children: ReactNode }) {
  return (
    <div className={styles.part} data-export-part="" style={{ '--export-plot-font': `${props.font}px` } as CSSProperties}>
      <PartLegend items={props.legend} className={styles.legend} />
      {props.unit ? <p className={styles.unit}>{props.unit}</p> : null}
      <div className={partStyles.plotBox} data-export-fill="" data-min-h={Math.ceil(props.minHeight)}>
        {props.children}
      </div>
      {props.note ? <p className={styles.note}>{props.note}</p> : null}
    </div>
  );
}

/** Room for the plots' labels at the export's type size. */
function margin(font: number, args: { right?: number; top?: number; bottom?: number } = {}) {
  return { top: args.top ?? Math.round(font * 0.6), right: args.right ?? font, bottom: args.bottom ?? Math.round(font * 0.8), left: 4 };
}

/** What the part shows under the export's title: the panel's heading. */
export function describePart(view: ChartView, part: ExportPart): string {
  if (view.id === 'trade-turnover' && part.chart === 'trade-turnover') {
    if (part.panel === 'years') return view.subtitle;
    return 'page' in part ? `${view.chart.partYears.heading} (${part.page}/${part.pages})` : view.chart.partYears.heading;
  }
  if (view.id === 'investment-flows' && part.chart === 'investment-flows') {
    return part.panel === 'companies' ? view.chart.companies.title : (view.chart.panels.find((p) => p.direction === part.panel)?.title ?? view.subtitle);
  }
  if (view.id === 'oil-volumes' && part.chart === 'oil-volumes') return part.panel === 'annual' ? view.chart.annual.heading : view.chart.running.heading;
  if (view.id === 'timeline' && part.chart === 'timeline') {
    const markers = pageOf(view.chart.markers, part.page, part.pages);
    const first = markers[0];
    const last = markers.at(-1);
    return first && last ? (first.year === last.year ? String(first.year) : `${first.year} – ${last.year}`) : view.subtitle;
  }
  return view.subtitle;
}

/**
 * One part of a chart (lib/export/parts.ts) for an image of a fixed size, written at `font` CSS px
 * (the preset's type floor): legend wrapped in rows, one bar per row with its value beside it,
 * room for labels reserved from their own text (lib/present/slideType.ts, as on the slides).
 */
export function ExportPartBody({ view, part, font }: { view: ChartView; part: ExportPart; font: number }): ReactNode {
  // The least room a bar row needs: its value label (one line of `font`) with a little air. The plot
  // takes all the room the text leaves, so this matters only when rows are many (ten part-year
  // periods on the square preset, where 1.7 pushed the footer under the type floor).
  const row = font * 1.5;
  const axis = font * 2.2;
  if (view.empty) return <ChartEmpty message={view.empty} />;
  if (view.id === 'trade-turnover' && part.chart === 'trade-turnover') {
    const { years, partYears, legend } = view.chart;
    const whole = part.panel === 'years' ? years : partYears;
    // A page of the part-year periods (the square): its rows, on the whole panel's value axis.
    const shown = 'page' in part ? { ...whole, rows: pageOf(whole.rows, part.page, part.pages) } : whole;
    const panel = oneBarPerRow(shown);
    const items = tradeLegendItems(shown, legend.parts);
    const right = roomFor(labelsOf(panel.rows, (k) => k.endsWith('_label')), font, font);
    return (
      <PartLayout legend={items} unit={view.unitLabel} note={part.panel === 'partYears' ? partYears.note : undefined} minHeight={panel.rows.length * row + axis} font={font}>
        {panel.rows.length > 0 ? (
          <ChartFrame height={400} testId={part.panel === 'years' ? 'plot-trade-years' : 'plot-trade-part-years'}>
            <TradeTurnoverPlot
              panel={panel}
              layout="rows"
              title={part.panel === 'years' ? view.title : `${view.title}: ${partYears.heading}`}
              desc={part.panel === 'years' ? view.description : partYears.note}
              margin={margin(font, { right })}
              oneStack
              yAxisWidth={roomFor(panel.rows.map((r) => r.label), font, font * 0.75)}
            />
          </ChartFrame>
        ) : (
          <ChartEmpty message={view.empty ?? ''} />
        )}
      </PartLayout>
    );
  }
  if (view.id === 'investment-flows' && part.chart === 'investment-flows') {
    const { panels, companies } = view.chart;
    if (part.panel === 'companies') {
      return (
        <PartLayout legend={companies.series.map((s) => reporterItem(s.reporter, s.label))} unit={companies.unitLabel} note={`${companies.note} ${companies.qualifierKey}`.trim()} minHeight={font * 9} font={font}>
          {companies.empty ? (
            <ChartEmpty message={companies.empty} />
          ) : (
            <ChartFrame height={400} testId="plot-companies">
              <CompaniesPlot
                points={companies.points}
                domain={companies.domain}
                ticks={companies.ticks}
                axis={companies.axis}
                tooltips={companies.tooltips}
                title={companies.title}
                desc={companies.note}
                margin={margin(font, { top: font * 2, right: roomFor(companies.points.map((p) => p.label), font, font) / 2, bottom: font })}
                yAxisWidth={roomFor(companies.axis.ticks.map((tk) => tk.label), font, font * 0.75)}
              />
            </ChartFrame>
          )}
        </PartLayout>
      );
    }
    const panel = panels.find((p) => p.direction === part.panel);
    // The kind of figure on one line under its years (two lines a bar, not three).
    const rows = (panel?.rows ?? []).map((r) => ({ ...r, details: r.details.length > 1 ? [r.details.join(', ')] : r.details }));
    const categoryWidth = roomFor(rows.flatMap((r) => [r.label, ...r.details]), font, font * 0.75);
    return (
      <PartLayout
        legend={[...new Set(rows.map((r) => r.reporter))].map((r) => reporterItem(r, view.chart.series.find((s) => s.reporter === r)?.label ?? r))}
        unit={view.unitLabel}
        minHeight={rows.length * font * 2.5 + axis}
        font={font}
      >
        {view.chart.barsEmpty || !panel || rows.length === 0 ? (
          <ChartEmpty message={view.chart.barsEmpty ?? panel?.empty ?? ''} />
        ) : (
          <ChartFrame height={400} testId={`plot-investment-${panel.direction}`}>
            <InvestmentBarsPlot rows={rows} axis={view.chart.axis} tooltips={view.chart.tooltips} title={`${view.title}: ${panel.title}`} desc={view.description} margin={margin(font, { right: roomFor(rows.map((r) => r.valueLabel), font, font) })} categoryWidth={categoryWidth} />
          </ChartFrame>
        )}
      </PartLayout>
    );
  }
  if (view.id === 'oil-volumes' && part.chart === 'oil-volumes') {
    const { annual, running, references, axis: valueAxis } = view.chart;
    const refItems = referenceItems(references);
    const yAxisWidth = roomFor(valueAxis.ticks.map((tk) => tk.label), font, font * 0.75);
    if (part.panel === 'annual') {
      return (
        <PartLayout legend={[...annual.series.map((s) => reporterItem(s.reporter, s.label)), ...refItems]} unit={view.unitLabel} minHeight={font * 12} font={font}>
          {annual.rows.length > 0 ? (
            <ChartFrame height={400} testId="plot-oil-annual">
              <OilAnnualPlot annual={annual} references={references} axis={valueAxis} title={`${view.title}: ${annual.heading}`} desc={view.description} margin={margin(font, { top: font * 2 })} yAxisWidth={yAxisWidth} maxBarSize={roomFor(labelsOf(annual.rows, (k) => k.endsWith('_label')), font, font * 0.5)} />
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
            <OilRunningPlot running={running} references={references} axis={valueAxis} title={`${view.title}: ${running.heading}`} desc={view.description} margin={margin(font, { right: font * 1.5 })} referenceLabels={false} yAxisWidth={yAxisWidth} />
          </ChartFrame>
        ) : (
          <ChartEmpty message={view.empty ?? ''} />
        )}
      </PartLayout>
    );
  }
  if (view.id === 'timeline' && part.chart === 'timeline') {
    const markers = pageOf(view.chart.markers, part.page, part.pages);
    const mark = (group: keyof typeof MILESTONE_STYLES) => (
      <span className={styles.milestoneMark} data-shape={MILESTONE_STYLES[group].shape} style={{ '--mark': MILESTONE_STYLES[group].color } as CSSProperties} aria-hidden="true" />
    );
    return (
      <div className={styles.part} data-export-part="">
        <ul className={styles.legend}>
          {view.chart.groups.map((g) => (
            <li key={g.group}>
              {mark(g.group)}
              {g.label}
            </li>
          ))}
        </ul>
        <ol className={styles.milestones} aria-label={view.chart.listLabel}>
          {markers.map((m) => (
            <li key={m.id} data-milestone={m.id}>
              {mark(m.group)}
              <span className={styles.milestoneDate}>{m.dateLabel}</span>
              <span>{m.title}</span>
            </li>
          ))}
        </ol>
      </div>
    );
  }
  return null;
}
