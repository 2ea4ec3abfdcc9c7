/**
 * Runs before every build (after build-data): writes what the browser needs to export charts,
 * into public/export/ (copied to out/export/ by `next build`; fetched only when the user exports):
 * (the fonts embedded into exports, public/export/fonts/, are cut by scripts/build-fonts.ts);
 * - chart-data.json: the figures, milestones and sources the charts read (`selectChartData`), for a
 *   filtered view on the dashboard and for exports (the page itself carries only its drawn views);
 * - i18n/<locale>.json: the messages, the recorded formatting dictionary (lib/charts/formatter.ts)
 *   and the "as of" text of each language, so a chart can be exported in a language other than
 *   the page's without the browser formatting anything itself; with each chart's and the map's
 *   "last updated" line and citation (the Export panel's "How to cite"; lib/release).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTranslator } from 'next-intl';
import { buildViewsWithDictionary, findYearBounds, selectChartData } from '../lib/charts/build';
import { dataset } from '../lib/dataset';
import { contextPipelines } from '../data/geo/contextPipelines';
import { shapeRoute } from '../lib/map/shapeRoute';
import { LOCALES } from '../lib/i18n/locales';
import { MESSAGES } from '../lib/i18n/messages';
import { formatDate } from '../lib/format';
import { dataAsOf } from '../lib/observations';
import { releaseOf } from '../lib/release/release';
import { makeCitation } from '../lib/release/citation';
import { lastUpdatedAll, UPDATED_WORKS } from '../lib/release/lastUpdated';
import { describeLastUpdated } from '../lib/release/updatedText';
import type { Translate } from '../lib/observations';
import { CHART_DATA_FILE } from '../lib/charts/dataFile';

const root = join(process.cwd(), 'public');
mkdirSync(join(root, 'export', 'i18n'), { recursive: true });


const data = selectChartData(dataset);
const bounds = findYearBounds(data);
writeFileSync(join(root, 'export', CHART_DATA_FILE), JSON.stringify(data));
const asOfDate = dataAsOf(dataset.sources);
const currentRelease = releaseOf(dataset);
const release = currentRelease.id;
const lastUpdated = lastUpdatedAll(dataset);
for (const locale of LOCALES) {
  const messages = MESSAGES[locale];
  const t = createTranslator({ locale, messages }) as unknown as Translate;
  const { dictionary } = buildViewsWithDictionary({ data, bounds, locale, t });
  // The footer line of every export (PNG/SVG frame, PDF cover): the data's date and its release.
  const asOf = [asOfDate ? t('footer.asOf', { date: formatDate(asOfDate, locale, 'long') }) : '', t('footer.release', { release })].filter(Boolean).join(' · ');
  const updated = Object.fromEntries(UPDATED_WORKS.map((work) => [work, describeLastUpdated(lastUpdated[work], locale, t)]));
  const citations = Object.fromEntries(UPDATED_WORKS.map((work) => [work, makeCitation({ work, release: currentRelease, locale, t, updated: lastUpdated[work] })]));
  writeFileSync(
    join(root, 'export', 'i18n', `${locale}.json`),
    JSON.stringify({ locale, messages, dictionary, asOf, release, updated, citations, map: shapeRoute({ dataset, contextPipelines, locale, t: t as never }) }),
  );
}
console.log(`export assets: fonts and i18n for ${LOCALES.join(', ')} -> public/export/`);
