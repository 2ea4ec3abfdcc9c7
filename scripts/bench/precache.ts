/**
 * What the service worker caches ahead per language (out/sw.js's manifest: the common files plus
 * the language's own, see lib/offline/precache.ts), as served with gzip. Budgeted in
 * bench/budgets.json (`precachePerLocaleGzip`), checked by e2e/budgets.spec.ts.
 */
import { LOCALES, type Locale } from '../../lib/i18n/locales';
import { BYTE_BUDGETS } from './budgets';
import type { BenchContext } from './context';
import type { Section } from './report';
import { gzipSizeAsServed, textOf } from './served';

export interface PrecacheSize {
  locale: Locale;
  files: number;
  bytes: number;
}

export async function measurePrecacheSizes(origin: string): Promise<PrecacheSize[]> {
  const sw = await textOf(`${origin}/sw.js`);
  const json = /const MANIFEST = (\{.*\});/.exec(sw)?.[1];
  if (!json) throw new Error('sw.js has no MANIFEST');
  const manifest = JSON.parse(json) as { common: string[]; locales: Record<Locale, string[]> };
  const sizes = new Map<string, number>();
  const all = [...new Set([...manifest.common, ...Object.values(manifest.locales).flat()])];
  for (let i = 0; i < all.length; i += 8) {
    await Promise.all(all.slice(i, i + 8).map(async (url) => sizes.set(url, (await gzipSizeAsServed(origin + url)).bytes)));
  }
  return LOCALES.map((locale) => {
    const urls = [...manifest.common, ...manifest.locales[locale]];
    return { locale, files: urls.length, bytes: urls.reduce((n, u) => n + sizes.get(u)!, 0) };
  });
}

export async function measurePrecache(bench: BenchContext): Promise<Section> {
  const sizes = await measurePrecacheSizes(bench.origin);
  return {
    title: 'Offline cache: what a first visit caches ahead, per language (gzip as served)',
    run: bench.run,
    rows: sizes.map((s) => ({ id: `precache.${s.locale}`, label: `${s.locale}: dashboard, deck, PNG/CSV/JSON exports`, value: s.bytes, unit: 'bytes' as const, target: { max: BYTE_BUDGETS.precachePerLocaleGzip }, note: `${s.files} files` })),
    notes: [
      'Cached when first used instead: the sources page, embeds, archived data releases, the briefing pack (jsPDF, svg2pdf and the TrueType font cuts it embeds), the .pptx code (about 180 KB) and the SVG download outlining (fontkit, about 150 KB, and its TTFs). Nothing ahead with Save-Data.',
    ],
    raw: sizes,
  };
}
