import type { ReactNode } from 'react';
import styles from './ExportFrame.module.css';

/** Words baked into an exported image (all in the export's language). */
export interface FrameText {
  title: string;
  subtitle: string;
  filterNote: string | null;
  sourceLine: string;
  /**
   * "Last updated: 14 October 2025", after the source line; optional: on a fixed size where it
   * would push the text under the type floor it is left out (renderChart.tsx fitToPreset).
   */
  updated: string | null;
  /** "Data as of 1 May 2025 · https://…/en/?reporter=KZ#trade-turnover". */
  asOfAndAddress: string;
  licence: string;
}

/**
 * The page an exported chart or map is laid out on, off-screen: header (title, subtitle, filter),
 * the drawing, footer (source, as-of date and address, licence). `plain` leaves out header and
 * footer. `height` null lets the content decide (the "as on screen" size).
 */
export function ExportFrame(props: { width: number; height: number | null; plain: boolean; text: FrameText; lang: string; children: ReactNode }) {
  const { width, height, plain, text, lang, children } = props;
  const className = ['scheme-light', styles.frame, plain ? styles.plain : '', height === null ? styles.auto : ''].join(' ');
  return (
    <div className={className} style={{ width, height: height ?? 'auto' }} lang={lang} data-export-frame="">
      {plain ? null : (
        <header className={styles.header}>
          <p className={styles.title}>{text.title}</p>
          <p className={styles.subtitle}>{text.subtitle}</p>
          {text.filterNote ? <p className={styles.filterNote}>{text.filterNote}</p> : null}
        </header>
      )}
      <div className={styles.body} data-export-body="">
        {children}
      </div>
      {plain ? null : (
        <footer className={styles.footer}>
          {text.sourceLine || text.updated ? (
            <p>
              {text.sourceLine}
              {text.updated ? <span data-export-optional="">{text.sourceLine ? ` · ${text.updated}` : text.updated}</span> : null}
            </p>
          ) : null}
          <p>{text.asOfAndAddress}</p>
          <p>{text.licence}</p>
        </footer>
      )}
    </div>
  );
}
