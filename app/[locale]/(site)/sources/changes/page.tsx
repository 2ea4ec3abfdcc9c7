import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { dataset } from '@/lib/dataset';
import type { Locale } from '@/lib/i18n/locales';
import { readArchivedReleases } from '@/lib/release/archive';
import { buildReleaseHistory } from '@/lib/release/history';
import { releaseOf } from '@/lib/release/release';
import { ReleaseHistory } from '@/components/sources/ReleaseHistory';

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale });
  return { title: `${t('changes.heading')} · ${t('meta.title')}` };
}

/** Every data release, newest first, with what changed since the one before (computed at build). */
export default async function ChangesPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale });
  const current = releaseOf(dataset);
  const archived = readArchivedReleases();
  const releases = archived.some((a) => a.release.id === current.id) ? archived : [...archived, { release: current, data: dataset }];
  const entries = buildReleaseHistory(releases, current.id, locale, t);
  return (
    <>
      <h1>{t('changes.heading')}</h1>
      <p className="lede">{t('changes.intro')}</p>
      <ReleaseHistory entries={entries} labels={{ current: t('changes.current'), csv: t('changes.downloadCsv'), json: t('changes.downloadJson'), release: (id) => t('changes.release', { release: id }), added: (n) => t('changes.added', { count: n }), revised: (n) => t('changes.revised', { count: n }), removed: (n) => t('changes.removed', { count: n }) }} />
    </>
  );
}
