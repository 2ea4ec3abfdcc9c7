/**
 * Runs before every build (after build-data): writes what the browser needs to export charts,
 * into public/export/ (copied to out/export/ by `next build`; fetched only when the user exports):
 * - fonts/: the Noto Sans woff2 subsets (regular, bold) from @fontsource, embedded into SVG exports,
 *   the whole Noto Sans as TTF (from @expo-google-fonts/noto-sans) for the PDF, and Noto Sans Math
 *   cut to the arrows and signs Noto Sans lacks (the PDF's fallback face);
 * - i18n/<locale>.json: the messages, the recorded formatting dictionary (lib/charts/formatter.ts)
 *   and the "as of" text of each language, so a chart can be exported in a language other than
 *   the page's without the browser formatting anything itself.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
import type { Translate } from '../lib/observations';
import { FONT_SUBSETS, FONT_WEIGHTS, makeFontPath, type FontSubset } from '../lib/export/svgDocument';
import { FALLBACK_CHARACTERS, FALLBACK_FONT_FILE } from '../lib/export/pdfText';
import subsetFont from 'subset-font';

const root = join(process.cwd(), 'public');
mkdirSync(join(root, 'export', 'fonts'), { recursive: true });
mkdirSync(join(root, 'export', 'i18n'), { recursive: true });

for (const subset of Object.keys(FONT_SUBSETS) as FontSubset[]) {
  for (const weight of FONT_WEIGHTS) {
    const from = join(process.cwd(), 'node_modules', '@fontsource', 'noto-sans', 'files', `noto-sans-${subset}-${weight}-normal.woff2`);
    copyFileSync(from, join(root, makeFontPath(subset, weight)));
  }
}

// Whole Noto Sans (every Latin and Cyrillic letter in one file) as TTF for the PDF briefing pack:
// jsPDF embeds TrueType only, and one text run can mix subsets (Қазақстан: Cyrillic + Cyrillic Extended).
for (const [from, to] of [['400Regular/NotoSans_400Regular.ttf', 'NotoSans-Regular.ttf'], ['700Bold/NotoSans_700Bold.ttf', 'NotoSans-Bold.ttf']] as const) {
  copyFileSync(join(process.cwd(), 'node_modules', '@expo-google-fonts', 'noto-sans', from), join(root, 'export', 'fonts', to));
}
// Noto Sans lacks → ← ≤ ≥: the PDF sets them in Noto Sans Math (same family), cut to just those
// signs (about 9 KB instead of 590 KB; lib/export/pdfText.ts).
const math = readFileSync(join(process.cwd(), 'node_modules', '@expo-google-fonts', 'noto-sans-math', '400Regular', 'NotoSansMath_400Regular.ttf'));
const symbols = subsetFont(math, FALLBACK_CHARACTERS, { targetFormat: 'truetype' }).then((ttf) => writeFileSync(join(root, 'export', 'fonts', FALLBACK_FONT_FILE), ttf));

const data = selectChartData(dataset);
const bounds = findYearBounds(data);
const asOfDate = dataAsOf(dataset.sources);
for (const locale of LOCALES) {
  const messages = MESSAGES[locale];
  const t = createTranslator({ locale, messages }) as unknown as Translate;
  const { dictionary } = buildViewsWithDictionary({ data, bounds, locale, t });
  const asOf = asOfDate ? t('footer.asOf', { date: formatDate(asOfDate, locale, 'long') }) : '';
  writeFileSync(join(root, 'export', 'i18n', `${locale}.json`), JSON.stringify({ locale, messages, dictionary, asOf, map: shapeRoute({ dataset, contextPipelines, locale, t: t as never }) }));
}
void symbols.then(() => console.log(`export assets: fonts and i18n for ${LOCALES.join(', ')} -> public/export/`));
