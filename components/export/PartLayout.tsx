'use client';

/** The frame of one chart part in a fixed-size export (components/charts/<chart>/ExportPart.tsx). */
import type { CSSProperties, ReactNode } from 'react';
import { PartLegend, type LegendItem } from '@/components/charts/chartPart';
import styles from './ExportPart.module.css';
import partStyles from '@/components/charts/chartPart.module.css';

/** Legend, unit, the plot filling what the text leaves (at least `minHeight` px), and a note. */
export function PartLayout(props: { legend?: LegendItem[]; unit?: string; note?: string; minHeight: number; font: number; children: ReactNode }) {
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
export function partMargin(font: number, args: { right?: number; top?: number; bottom?: number } = {}) {
  return { top: args.top ?? Math.round(font * 0.6), right: args.right ?? font, bottom: args.bottom ?? Math.round(font * 0.8), left: 4 };
}

/**
 * The least room a bar row needs (`row`): its value label (one line of `font`) with a little air,
 * and the value axis's (`axis`). The plot takes all the room the text leaves, so this matters only
 * when rows are many (ten part-year periods on the square preset, where 1.7 pushed the footer
 * under the type floor).
 */
export function partRoom(font: number): { row: number; axis: number } {
  return { row: font * 1.5, axis: font * 2.2 };
}
