'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { useCharts } from '@/components/charts/ChartsProvider';
import { LOCALES, LOCALE_NAMES } from '@/lib/i18n/locales';
import styles from './ExportMenu.module.css';

/**
 * "Download the briefing pack (PDF)" in a chosen language, for the current view (sides, years).
 * jsPDF, svg2pdf.js and the export code are imported only on click.
 */
export function BriefingButton() {
  const t = useTranslations('export');
  const pageLocale = useLocale();
  const { state, getData, bounds } = useCharts();
  const [locale, setLocale] = useState(pageLocale);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const selectId = useId();

  const build = async () => {
    setBusy(true);
    const [{ renderBriefingPdf }, { triggerDownload }, { makeBriefingFileName }] = await Promise.all([import('./briefing'), import('./download'), import('@/lib/export/fileNames')]);
    const file = makeBriefingFileName(locale);
    setStatus(t('working', { file }));
    try {
      const blob = await renderBriefingPdf({ locale, filter: { range: { from: state.from, to: state.to }, reporters: state.reporters }, data: await getData(), bounds });
      triggerDownload(blob, file);
      setStatus(t('done', { file }));
    } catch (error) {
      setStatus(t('failed', { reason: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.briefing} data-testid="briefing" data-export-control="">
      <label htmlFor={selectId}>{t('language')}</label>
      <select id={selectId} value={locale} onChange={(e) => setLocale(e.target.value)} data-testid="briefing-language">
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
      <button type="button" className={styles.button} onClick={build} disabled={busy} data-testid="briefing-button">
        {t('briefingButton')}
      </button>
      <span role="status" aria-live="polite" className={styles.status} data-testid="briefing-status">
        {status}
      </span>
    </div>
  );
}
