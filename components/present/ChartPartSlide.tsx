'use client';

import { useTranslations } from 'next-intl';
import { useMemo, type CSSProperties, type ReactNode } from 'react';
import { buildChartView, type ChartView } from '@/lib/charts/build';
import { createDictionaryFormatter } from '@/lib/charts/formatter';
import type { Translate } from '@/lib/observations';
import type { ChartSlidePart } from '@/lib/present/slides';
import { pageOf } from '@/lib/present/slides';
import { roomFor, slideMargin, SLIDE_PLOT_FONT } from '@/lib/present/slideType';
import { oneBarPerRow } from '@/lib/present/slideRows';
import { MILESTONE_STYLES } from '@/lib/charts/style';
import { ChartEmpty } from '@/components/charts/ChartEmpty';
import { ChartFrame } from '@/components/charts/ChartFrame';
import { useCharts } from '@/components/charts/ChartsProvider';
import { useSlideOptions } from './SlideOptionsContext';
import { CompaniesPlot, InvestmentBarsPlot, OilAnnualPlot, OilRunningPlot, PartLegend, TradeTurnoverPlot, labelsOf, referenceItems, reporterItem, runningLegendItems, tradeLegendItems, type LegendItem } from '@/components/charts/chartPart';
import styles from './Slides.module.css';
import partStyles from '@/components/charts/chartPart.module.css';


/** The chart view of a slide for the slide's own options (reporters, years), rebuilt like the dashboard's. */
function useSlideView(initialView: ChartView, locale: string): ChartView {
  const { bounds, data, dictionary } = useCharts();
  const options = useSlideOptions();
  const t = useTranslations() as unknown as Translate;
  const format = useMemo(() => createDictionaryFormatter(dictionary), [dictionary]);
  return useMemo(() => {
    if (!options || (options.reporters === undefined && options.from === undefined)) return initialView;
    const from = Math.max(bounds.min, options.from ?? bounds.min);
    const to = Math.min(bounds.max, options.to ?? bounds.max);
    const reporters = options.reporters ?? (['AZ', 'KZ'] as const);
    return buildChartView(initialView.id, { data, filter: { range: { from, to: Math.max(from, to) }, reporters: [...reporters] }, bounds, locale, t, format });
  }, [options, initialView, bounds, data, locale, t, format]);
}


/** What every chart slide has: title, what the slide shows, legend, the plot, a note and the source line. */
function SlideLayout(props: { title: string; subtitle?: string; legend?: LegendItem[]; unit?: string; note?: string; source?: string; children: ReactNode; testId: string }) {
  return (
    <>
      <h2 className={styles.slideTitle} data-pptx="title">
        {props.title}
      </h2>
      {props.subtitle ? <p className={styles.slideSubtitle}>{props.subtitle}</p> : null}
      <PartLegend items={props.legend} className={styles.slideLegend} />
      {props.unit ? <p className={styles.plotUnit}>{props.unit}</p> : null}
      <div className={`${partStyles.plotBox} ${styles.plotBox}`} data-testid={props.testId}>
        {props.children}
      </div>
      {props.note ? (
        <p className={styles.slideNote} data-slide-text="running">
          {props.note}
        </p>
      ) : null}
      {props.source ? (
        <p className={styles.slideSource} data-pptx="source">
          {props.source}
        </p>
      ) : null}
    </>
  );
}


function plotStyle(): CSSProperties {
  return { '--slide-plot-font': `${SLIDE_PLOT_FONT}px` } as CSSProperties;
}

/**
 * One part of a chart as a slide (lib/present/slides.ts: a panel of the trade, investment or oil
 * chart, or a page of the milestones), drawn at slide size: the plot fills the slide and writes at
 * the slide's type size; room for labels comes from their text (lib/present/slideType.ts).
 */
export function ChartPartSlide({ initialView, part, locale }: { initialView: ChartView; part: ChartSlidePart; locale: string }) {
  const view = useSlideView(initialView, locale);
  const testId = `slide-chart-${view.id}`;
  const body = renderPart(view, part, testId);
  return (
    <div className={styles.slide} data-testid={`chart-slide-${view.id}`} style={plotStyle()}>
      {body}
    </div>
  );
}

function renderPart(view: ChartView, part: ChartSlidePart, testId: string): ReactNode {
  if (view.empty) {
    return (
      <SlideLayout title={view.title} source={view.sourceLine} testId={testId}>
        <ChartEmpty message={view.empty} />
      </SlideLayout>
    );
  }
  if (view.id === 'trade-turnover' && part.chart === 'trade-turnover') {
    const { years, partYears, legend } = view.chart;
    const shown = part.panel === 'years' ? years : partYears;
    const panel = oneBarPerRow(shown);
    const items = tradeLegendItems(shown, legend.parts);
    const right = roomFor(labelsOf(panel.rows, (k) => k.endsWith('_label')));
    return (
      <SlideLayout
        title={view.title}
        subtitle={part.panel === 'years' ? view.subtitle : partYears.heading}
        legend={items}
        unit={view.unitLabel}
        note={part.panel === 'partYears' ? partYears.note : undefined}
        source={shown.sourceLine}
        testId={testId}
      >
        {panel.rows.length > 0 ? (
          <ChartFrame height={400} testId={part.panel === 'years' ? 'plot-trade-years' : 'plot-trade-part-years'}>
            <TradeTurnoverPlot panel={panel} layout="rows" title={part.panel === 'years' ? view.title : `${view.title}: ${partYears.heading}`} desc={part.panel === 'years' ? view.description : partYears.note} margin={slideMargin({ right })} oneStack yAxisWidth={roomFor(panel.rows.map((r) => r.label))} />
          </ChartFrame>
        ) : (
          <ChartEmpty message={view.empty ?? ''} />
        )}
      </SlideLayout>
    );
  }
  if (view.id === 'investment-flows' && part.chart === 'investment-flows') {
    const { panels, companies } = view.chart;
    if (part.panel === 'companies') {
      const top = 16 + SLIDE_PLOT_FONT * 1.4;
      return (
        <SlideLayout
          title={view.title}
          subtitle={companies.title}
          legend={companies.series.map((s) => reporterItem(s.reporter, s.label))}
          unit={companies.unitLabel}
          note={`${companies.note} ${companies.qualifierKey}`.trim()}
          source={view.sourceLine}
          testId={testId}
        >
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
                margin={slideMargin({ top, right: roomFor(companies.points.map((p) => p.label)) / 2, bottom: SLIDE_PLOT_FONT })}
                yAxisWidth={roomFor(companies.axis.ticks.map((tk) => tk.label))}
              />
            </ChartFrame>
          )}
        </SlideLayout>
      );
    }
    const panel = panels.find((p) => p.direction === part.panel);
    const rows = panel?.rows ?? [];
    const categoryWidth = Math.max(roomFor(rows.map((r) => r.label)), roomFor(rows.flatMap((r) => r.details), SLIDE_PLOT_FONT * 0.85));
    return (
      <SlideLayout
        title={view.title}
        subtitle={panel?.title}
        legend={[...new Set(rows.map((r) => r.reporter))].map((r) => reporterItem(r, view.chart.series.find((s) => s.reporter === r)?.label ?? r))}
        unit={view.unitLabel}
        source={view.sourceLine}
        testId={testId}
      >
        {view.chart.barsEmpty || !panel || rows.length === 0 ? (
          <ChartEmpty message={view.chart.barsEmpty ?? panel?.empty ?? ''} />
        ) : (
          <ChartFrame height={400} testId={`plot-investment-${panel.direction}`}>
            <InvestmentBarsPlot
              rows={rows}
              axis={view.chart.axis}
              tooltips={view.chart.tooltips}
              title={`${view.title}: ${panel.title}`}
              desc={view.description}
              margin={slideMargin({ right: roomFor(rows.map((r) => r.valueLabel)) })}
              categoryWidth={categoryWidth}
            />
          </ChartFrame>
        )}
      </SlideLayout>
    );
  }
  if (view.id === 'oil-volumes' && part.chart === 'oil-volumes') {
    const { annual, running, references, axis } = view.chart;
    const refItems = referenceItems(references);
    if (part.panel === 'annual') {
      return (
        <SlideLayout title={view.title} subtitle={annual.heading} legend={[...annual.series.map((s) => reporterItem(s.reporter, s.label)), ...refItems]} unit={view.unitLabel} source={view.sourceLine} testId={testId}>
          {annual.rows.length > 0 ? (
            <ChartFrame height={400} testId="plot-oil-annual">
              <OilAnnualPlot annual={annual} references={references} axis={axis} title={`${view.title}: ${annual.heading}`} desc={view.description} margin={slideMargin({ top: 16 + SLIDE_PLOT_FONT * 1.4 })} yAxisWidth={roomFor(axis.ticks.map((tk) => tk.label))} maxBarSize={roomFor(labelsOf(annual.rows, (k) => k.endsWith('_label')))} />
            </ChartFrame>
          ) : (
            <ChartEmpty message={view.empty ?? ''} />
          )}
        </SlideLayout>
      );
    }
    return (
      <SlideLayout title={view.title} subtitle={running.heading} legend={[...runningLegendItems(running), ...refItems]} unit={view.unitLabel} source={view.sourceLine} testId={testId}>
        {running.lines.length > 0 ? (
          <ChartFrame height={400} testId="plot-oil-running">
            <OilRunningPlot running={running} references={references} axis={axis} title={`${view.title}: ${running.heading}`} desc={view.description} margin={slideMargin({ right: 32 })} referenceLabels={false} yAxisWidth={roomFor(axis.ticks.map((tk) => tk.label))} />
          </ChartFrame>
        ) : (
          <ChartEmpty message={view.empty ?? ''} />
        )}
      </SlideLayout>
    );
  }
  if (view.id === 'timeline' && part.chart === 'timeline') {
    const markers = pageOf(view.chart.markers, part.page, part.pages);
    const first = markers[0];
    const last = markers.at(-1);
    const span = first && last ? (first.year === last.year ? String(first.year) : `${first.year} – ${last.year}`) : undefined;
    return (
      <SlideLayout
        title={view.title}
        subtitle={span}
        legend={view.chart.groups.map((g) => ({
          key: g.group,
          swatch: <span className={styles.milestoneMark} data-shape={MILESTONE_STYLES[g.group].shape} style={{ '--mark': MILESTONE_STYLES[g.group].color } as CSSProperties} aria-hidden="true" />,
          label: g.label,
        }))}
        source={view.sourceLine}
        testId={testId}
      >
        <ol className={styles.milestones} aria-label={view.chart.listLabel} data-testid="timeline-slide-list">
          {markers.map((m) => (
            <li key={m.id} data-milestone={m.id}>
              <span className={styles.milestoneMark} data-shape={MILESTONE_STYLES[m.group].shape} style={{ '--mark': MILESTONE_STYLES[m.group].color } as CSSProperties} aria-hidden="true" />
              <span className={styles.milestoneDate}>{m.dateLabel}</span>
              <span className={styles.milestoneTitle}>{m.title}</span>
            </li>
          ))}
        </ol>
      </SlideLayout>
    );
  }
  return null;
}
