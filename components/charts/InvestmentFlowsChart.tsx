'use client';

import dynamic from 'next/dynamic';
import { useId } from 'react';
import type { InvestmentFlowsView } from '@/lib/charts/investment-flows/view';
import { CHART_HEIGHTS, REPORTER_TONES, measureInvestmentPanelHeight } from '@/lib/charts/style';
import { ChartEmpty } from './ChartEmpty';
import { ChartFrame } from './ChartFrame';
import { Swatch } from './Swatch';
import styles from './charts.module.css';
import { companiesPlotData } from '@/lib/charts/investment-flows/plotData';
import { SubHeading } from './SubHeading';

const InvestmentBarsPlot = dynamic(() => import('./InvestmentBarsPlot').then((m) => m.InvestmentBarsPlot), { ssr: false });
const CompaniesPlot = dynamic(() => import('./CompaniesPlot').then((m) => m.CompaniesPlot), { ssr: false });

/**
 * Investment in both directions (one panel each, same scale) and the company counts. Frames,
 * headings and legend are in the static HTML; the plots load in the browser.
 */
export function InvestmentFlowsChart({ view, variant = 'card' }: { view: InvestmentFlowsView; variant?: 'card' | 'slide' }) {
  const { panels, companies } = view.chart;
  const baseId = useId();
  const reporters = [...new Set([...view.chart.series, ...companies.series].map((s) => s.reporter))];
  const labelOf = (r: (typeof reporters)[number]) => [...view.chart.series, ...companies.series].find((s) => s.reporter === r)!.label;
  return (
    <div className={variant === 'slide' ? `${styles.chartBody} ${styles.chartBodySplit}` : styles.chartBody}>
      <div className={styles.legend}>
        <ul>
          {reporters.map((r) => (
            <li key={r} data-reporter={r}>
              <Swatch fill={REPORTER_TONES[r].main} stroke={REPORTER_TONES[r].stroke} hatch={REPORTER_TONES[r].hatch?.color ?? null} />
              {labelOf(r)}
            </li>
          ))}
        </ul>
      </div>
      {view.chart.barsEmpty ? (
        <ChartEmpty message={view.chart.barsEmpty} />
      ) : (
        <div className={styles.panels}>
          {panels.map((panel) => (
            <section key={panel.direction} className={styles.panel} aria-labelledby={`${baseId}-${panel.direction}`}>
              <SubHeading id={`${baseId}-${panel.direction}`} className={styles.subHeading}>
                {panel.title}
              </SubHeading>
              <p className={styles.unit}>{view.unitLabel}</p>
              {panel.rows.length > 0 ? (
                <ChartFrame height={measureInvestmentPanelHeight(panel.rows.length)} testId={`plot-investment-${panel.direction}`}>
                  <InvestmentBarsPlot rows={panel.rows} axis={view.chart.axis} tooltips={view.chart.tooltips} title={`${view.title}: ${panel.title}`} desc={view.description} />
                </ChartFrame>
              ) : (
                <ChartEmpty message={panel.empty ?? ''} />
              )}
            </section>
          ))}
        </div>
      )}
      <section className={styles.subPanel} aria-labelledby={`${baseId}-companies`}>
        <SubHeading id={`${baseId}-companies`} className={styles.subHeading}>
          {companies.title}
        </SubHeading>
        {companies.empty ? (
          <ChartEmpty message={companies.empty} />
        ) : (
          <>
            <p className={styles.unit}>{companies.unitLabel}</p>
            <ChartFrame height={CHART_HEIGHTS.companies.desktop} phone={CHART_HEIGHTS.companies.phone} testId="plot-companies">
              <CompaniesPlot
                {...companiesPlotData(companies)}
              />
            </ChartFrame>
            <p className={styles.subNote}>
              {companies.note} {companies.qualifierKey}
            </p>
          </>
        )}
      </section>
    </div>
  );
}
