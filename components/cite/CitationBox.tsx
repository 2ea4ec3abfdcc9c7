'use client';
import { useState, useSyncExternalStore } from 'react';
import { fillCitation, toCsl, type Citation } from '@/lib/release/citation';
import { copyText, triggerDownload } from '@/components/export/download';
import styles from './CitationBox.module.css';

interface Labels {
  copy: string;
  copied: string;
  bibtex: string;
  ris: string;
}

const noSubscription = () => () => {};
const today = () => new Date().toISOString().slice(0, 10);

/**
 * A citation to copy, and its BibTeX and RIS files (citation-js loaded on the first click). The
 * site's address and the date accessed are filled in by the browser (a static page does not know
 * where it is served, nor when it is read); without JavaScript the address is the path and the
 * date a dash. Used on the sources page (the dataset) and in each Export panel (its chart or the
 * map), which passes its own classes to fit the panel.
 */
export function CitationBox({ citation, locale, labels, classes }: { citation: Citation; locale: string; labels: Labels; classes?: { box?: string; actions?: string } }) {
  const origin = useSyncExternalStore(noSubscription, () => window.location.origin, () => '');
  const accessed = useSyncExternalStore(noSubscription, today, () => '—');
  const [copied, setCopied] = useState(false);
  const text = fillCitation(citation.text, origin, accessed);
  const download = async (format: 'bibtex' | 'ris') => {
    const { formatCitationFile } = await import('./citeFiles');
    const csl = toCsl({ ...citation, url: fillCitation(citation.url, window.location.origin, today()) }, locale);
    const body = formatCitationFile({ ...csl, accessed: { 'date-parts': [today().split('-').map(Number)] } }, format);
    triggerDownload(new Blob([body], { type: format === 'bibtex' ? 'application/x-bibtex' : 'application/x-research-info-systems' }), `azkz-${citation.work}-${citation.release.id}.${format === 'bibtex' ? 'bib' : 'ris'}`);
  };
  return (
    <div className={classes?.box ?? styles.box} data-testid={`citation-${citation.work}`}>
      <p className={styles.text} data-testid="citation-text" lang={locale}>
        {text}
      </p>
      <div className={classes?.actions ?? styles.actions}>
        <button
          type="button"
          onClick={() => {
            // Cleared first, so a second copy is announced again.
            setCopied(false);
            void copyText(text).then(() => setCopied(true));
          }}
          data-testid="citation-copy"
        >
          {copied ? labels.copied : labels.copy}
        </button>
        <button type="button" onClick={() => void download('bibtex')} data-testid="citation-bibtex">
          {labels.bibtex}
        </button>
        <button type="button" onClick={() => void download('ris')} data-testid="citation-ris">
          {labels.ris}
        </button>
        <span className="visually-hidden" aria-live="polite">
          {copied ? labels.copied : ''}
        </span>
      </div>
    </div>
  );
}
