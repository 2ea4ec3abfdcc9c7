'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useId, useRef, useState, type ComponentType, type KeyboardEvent } from 'react';
import type { ChartId } from '@/lib/charts/types';
import type { ExportPanelProps } from './ExportPanel';
import type { ExportMenuLabels } from './menuLabels';
import styles from './ExportMenu.module.css';

/** What is exported: a chart of the dashboard, or the route map. */
export type ExportSubject = { kind: 'chart'; chartId: ChartId } | { kind: 'map' };

/**
 * The Export button of a chart or the map: a disclosure whose panel (formats, size, language,
 * share) is loaded only when first opened, so the page's first view carries none of the export
 * code. Enter/Space opens it and moves focus into it, Tab moves through it, Escape closes it and
 * returns focus to the button, wherever focus is inside the panel or when it was lost to the page
 * (a control that removed itself or was disabled while a file was made).
 */
export function ExportMenu({ subject, title, labels }: { subject: ExportSubject; title: string; labels: ExportMenuLabels }) {
  const t = useTranslations('export');
  const [open, setOpen] = useState(false);
  const [Panel, setPanel] = useState<ComponentType<ExportPanelProps> | null>(null);
  const [failed, setFailed] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open || Panel) return;
    let live = true;
    import('./ExportPanel')
      .then((m) => live && setPanel(() => m.ExportPanel))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [open, Panel]);

  const close = useCallback(() => {
    setOpen(false);
    button.current?.focus();
  }, []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      close();
    }
  };
  // Focus lost to the page (on <body>) while the panel is open: Escape still closes it.
  useEffect(() => {
    if (!open) return;
    const onDocumentKey = (event: globalThis.KeyboardEvent) => {
      const active = document.activeElement;
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (active && active !== document.body && active !== document.documentElement) return;
      event.preventDefault();
      close();
    };
    document.addEventListener('keydown', onDocumentKey);
    return () => document.removeEventListener('keydown', onDocumentKey);
  }, [open, close]);
  const subjectId = subject.kind === 'chart' ? subject.chartId : 'route-map';

  return (
    <div className={styles.menu} onKeyDown={onKeyDown} data-testid={`export-${subjectId}`} data-export-control="">
      <button
        ref={button}
        type="button"
        className={styles.button}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-label={labels.buttonLabel}
        onClick={() => setOpen((o) => !o)}
        data-testid="export-button"
      >
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M8 2v8M4.5 6.5 8 10l3.5-3.5M3 12.5h10" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        {labels.button}
      </button>
      {open ? (
        <div id={panelId} className={styles.panel} role="group" aria-label={labels.panelLabel} data-testid="export-panel">
          {Panel ? <Panel subject={subject} title={title} onClose={close} /> : <p role="status">{failed ? t('failed', { reason: 'network' }) : t('loading')}</p>}
        </div>
      ) : null}
    </div>
  );
}
