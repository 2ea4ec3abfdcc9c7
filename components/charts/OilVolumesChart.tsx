'use client';

import dynamic from 'next/dynamic';
import { useId } from 'react';
import type { OilVolumesView } from '@/lib/charts/oil-volumes/view';
import { CHART_HEIGHTS, PACE_LINE, REFERENCE_LINE, YEAR_LINE_STYLES } from '@/lib/charts/style';
import { ChartFrame } from './ChartFrame';
import { OilBarSwatch } from './oilBars';
import { Swatch } from './Swatch';
import styles from './charts.module.css';
import { SubHeading } from './SubHeading';

const OilAnnualPlot = dynamic(() => import('./OilAnnualPlot').then((m) => m.OilAnnualPlot), { ssr: false });
const OilRunningPlot = dynamic(() => import('./OilRunningPlot').then((m) => m.OilRunningPlot), { ssr: false });

/** Oil via Aktau: per year and through the year, on one scale, with a legend that names every line. */
export function OilVolumesChart({ view }: { view: OilVolumesView }) {
  const { annual, running, references, axis } = view.chart;
  const baseId = useId();
  return (
    <div className={styles.chartBody}>
      <div className={styles.legend}>
        <ul>
          {annual.series.map((s) => (
            <li key={s.key} data-series={s.key} data-kind={s.kind}>
              <OilBarSwatch series={s} />
              {s.label}
            </li>
          ))}
          {running.lines.map((l, i) => {
            const style = YEAR_LINE_STYLES[i % YEAR_LINE_STYLES.length]!;
            return (
              <li key={l.key}>
                <Swatch fill={style.color} line={{ dash: style.dash, width: 2.5 }} />
                {l.label}
              </li>
            );
          })}
          {running.pace ? (
            <li>
              <Swatch fill={PACE_LINE.color} line={{ dash: PACE_LINE.dash, width: PACE_LINE.width }} />
              {running.pace.label}
            </li>
          ) : null}
          {references.map((r) => (
            <li key={r.key}>
              <Swatch fill={REFERENCE_LINE.color} line={{ dash: REFERENCE_LINE.dash, width: REFERENCE_LINE.width }} />
              {r.label}
            </li>
          ))}
        </ul>
      </div>
      <div className={styles.panels}>
        {annual.rows.length > 0 ? (
          <section className={styles.panel} aria-labelledby={`${baseId}-annual`}>
            <SubHeading id={`${baseId}-annual`} className={styles.subHeading}>
              {annual.heading}
            </SubHeading>
            <p className={styles.unit}>{view.unitLabel}</p>
            <ChartFrame height={CHART_HEIGHTS.oil.desktop} phone={CHART_HEIGHTS.oil.phone} testId="plot-oil-annual">
              <OilAnnualPlot annual={annual} references={references} axis={axis} title={`${view.title}: ${annual.heading}`} desc={view.description} />
            </ChartFrame>
          </section>
        ) : null}
        {running.lines.length > 0 ? (
          <section className={styles.panel} aria-labelledby={`${baseId}-running`}>
            <SubHeading id={`${baseId}-running`} className={styles.subHeading}>
              {running.heading}
            </SubHeading>
            <p className={styles.unit}>{view.unitLabel}</p>
            <ChartFrame height={CHART_HEIGHTS.oil.desktop} phone={CHART_HEIGHTS.oil.phone} testId="plot-oil-running">
              <OilRunningPlot running={running} references={references} axis={axis} title={`${view.title}: ${running.heading}`} desc={view.description} />
            </ChartFrame>
          </section>
        ) : null}
      </div>
    </div>
  );
}
