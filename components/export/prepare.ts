/**
 * Readies the first export in a language before it is asked for (the Export panel calls this when
 * it opens and when its language changes): the words, the font subsets that language's text needs
 * (fetched and encoded once; lib/export/svgDocument.ts) and the fonts shown once in an SVG image
 * (rasterize.ts), so the first PNG costs no more than the next. Failures are left to the export.
 */
import { collectText } from '@/lib/fonts/glyphs';
import { loadExportLocale } from './exportLocale';
import { buildFontCss } from './fonts';
import { warmFontCss } from './rasterize';

export async function prepareExport(locale: string): Promise<void> {
  const words = await loadExportLocale(locale);
  const css = await buildFontCss(collectText(words.messages), true);
  await warmFontCss(css);
}
