'use client';

/** The frame of one chart part on a slide (components/charts/<chart>/SlidePart.tsx). */
import type { ReactNode } from 'react';
import { PartLegend, type LegendItem } from '@/components/charts/chartPart';
import styles from './Slides.module.css';
import partStyles from '@/components/charts/chartPart.module.css';

/** What every chart slide has: title, what the slide shows, legend, the plot, a note and the source line. */
export function SlideLayout(props: { title: string; subtitle?: string; legend?: LegendItem[]; unit?: string; note?: string; source?: string; children: ReactNode; testId: string }) {
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
