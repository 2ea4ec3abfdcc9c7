'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import type { UpdatedWork } from '@/lib/release/lastUpdated';
import type { Citation } from '@/lib/release/citation';
import { loadExportLocale } from '@/components/export/exportLocale';
import { CitationBox } from './CitationBox';

type Loaded = { citation: Citation; heading: string; labels: { copy: string; copied: string; bibtex: string; ris: string } } | { error: string };

/**
 * "How to cite" in an Export panel: the chart's (or the map's) citation in the page's language,
 * with its "last updated" date, made at build time with the export words
 * (scripts/build-export-assets.ts), which the panel fetches anyway. A work the words have no
 * citation for is an error shown in the panel, never another chart's citation.
 */
export function ExportCitation({ work, classes }: { work: UpdatedWork; classes: { group?: string; box?: string; actions?: string } }) {
  const locale = useLocale();
  const t = useTranslations('export');
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    let live = true;
    loadExportLocale(locale)
      .then((words) => {
        const citation = (words.citations as Partial<Record<string, Citation>>)[work];
        if (!citation) throw new Error(`no citation for unknown chart "${work}"`);
        const labels = { copy: words.t('cite.copy'), copied: words.t('cite.copied'), bibtex: words.t('cite.bibtex'), ris: words.t('cite.ris') };
        if (live) setLoaded({ citation, heading: words.t('cite.heading'), labels });
      })
      .catch((error: unknown) => live && setLoaded({ error: error instanceof Error ? error.message : String(error) }));
    return () => {
      live = false;
    };
  }, [locale, work]);
  if (!loaded) return null;
  if ('error' in loaded)
    return (
      <p role="status" data-testid="export-citation-error">
        {t('failed', { reason: loaded.error })}
      </p>
    );
  return (
    <fieldset className={classes.group} data-testid="export-citation">
      <legend>{loaded.heading}</legend>
      <CitationBox citation={loaded.citation} locale={locale} labels={loaded.labels} classes={{ box: classes.box, actions: classes.actions }} />
    </fieldset>
  );
}
