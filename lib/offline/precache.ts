/**
 * What the service worker caches ahead (scripts/build-sw.ts writes it into out/sw.js): the files
 * every language needs (`common`: the build's chunks, styles and images, the data files, the
 * basemap, the language pick) and, per language, its pages and export files (`locales`), cached
 * when a page of that language is first opened. Left out: what a page never loads without being
 * asked (embeds, RSC payloads fetched on navigation, the 404 page, precompressed twins), scripts
 * modern browsers skip (`noModule` polyfills), jsPDF's optional helpers the site never calls
 * (html2canvas, DOMPurify, canvg: its `html()` and SVG-as-image paths). Cached on first use
 * rather than ahead: the two document packs, prepared at a desk rather than in the briefing room
 * (the briefing pack PDF: jsPDF, svg2pdf and the TrueType font cuts it embeds; the .pptx: pptxgenjs and its helpers, about 180 KB),
 * the SVG download's outlining (fontkit, about 150 KB, and the TTFs it outlines with), the
 * sources page and archived data releases. Ahead: the dashboard, the deck, and what the PNG,
 * CSV and JSON exports need: under 1 MiB gzip per language.
 */
import { LOCALES, type Locale } from '../i18n/locales';
import { FONT_WEIGHTS, makeFontPath, pickFontSubsets } from '../export/svgDocument';

export interface PrecachePlan {
  /** URLs every language needs. */
  common: string[];
  /** URLs of one language, cached on its first use. */
  locales: Record<Locale, string[]>;
  /** Files of the build not cached ahead, with the reason. */
  skipped: { file: string; reason: string }[];
}

/** The URL a file of out/ is requested by (pages under their directory: `en/index.html` → `/en/`). */
export function fileToUrl(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

const NEVER: [RegExp, string][] = [
  [/\.(gz|br)$/, 'precompressed twin'],
  [/^sw\.js$/, 'the worker itself'],
  [/\.txt$/, 'RSC payload, fetched on navigation'],
  [/^(404|_not-found)(\/|\.html$)/, '404 page'],
  [/^(az|en|ru|kk)\/embed\//, 'embed, for other sites'],
  [/^(az|en|ru|kk)\/sources\//, 'sources page, cached on first use'],
  [/^data\/releases\//, 'archived data release, cached on first use'],
  // The whole dataset's downloads (the footer's links), like the sources page, are reference
  // material: a briefing needs the dashboard, the deck and the charts' own exports, which are made
  // in the page from export/chart-data.json.
  [/^data\/dataset\.(csv|json)$/, 'whole-dataset download, cached on first use'],
  [/^export\/fonts\/.*\.ttf$/, 'TrueType font of the briefing pack or the SVG download, cached on first use'],
];

/** jsPDF's optional dependencies, bundled as chunks of their own that the site never loads. */
const OPTIONAL_LIBRARY = /html2canvas|DOMPurify|canvg/;

/**
 * @param files paths relative to out/, with `/` separators
 * @param read the text of a file (HTML pages and chunks are read)
 */
export function planPrecache(files: readonly string[], read: (file: string) => string): PrecachePlan {
  const skipped: PrecachePlan['skipped'] = [];
  const noModule = new Set<string>();
  for (const f of files.filter((f) => f.endsWith('.html'))) {
    for (const m of read(f).matchAll(/<script\b[^>]*>/g)) {
      const src = /\bsrc="\/([^"]+)"/.exec(m[0])?.[1];
      if (src && /\bnoModule\b/i.test(m[0])) noModule.add(src);
    }
  }
  // Chunks loaded together by one dynamic import (`Promise.all(["static/chunks/a.js", …])`).
  const groups: string[][] = [];
  for (const f of files.filter((f) => /^_next\/static\/chunks\/.*\.js$/.test(f))) {
    for (const m of read(f).matchAll(/Promise\.all\(\[((?:"static\/chunks\/[^"]+",?)+)\]/g)) groups.push([...m[1]!.matchAll(/"(static\/chunks\/[^"]+)"/g)].map((g) => `_next/${g[1]}`));
  }
  // The document packs' libraries, and fontkit (a font parser: GSUB tables, WOFF2 files), which
  // the SVG download loads to outline its text with TrueType cuts that are not cached ahead either.
  const isPack = (f: string) => {
    if (!f.endsWith('.js') || !files.includes(f)) return false;
    const text = read(f);
    return /jsPDF|PptxGenJS/.test(text) || (text.includes('GSUB') && text.includes('wOF2'));
  };
  const elsewhere = new Set(groups.filter((g) => !g.some(isPack)).flat());
  const packOnly = new Set(groups.filter((g) => g.some(isPack)).flat().filter((f) => f.endsWith('.js') && !elsewhere.has(f)));
  const locales = Object.fromEntries(LOCALES.map((l) => [l, [] as string[]])) as Record<Locale, string[]>;
  const fontFiles = new Map<string, Locale[]>();
  for (const locale of LOCALES) {
    const words = files.includes(`export/i18n/${locale}.json`) ? read(`export/i18n/${locale}.json`) : '';
    for (const subset of pickFontSubsets(words)) {
      for (const weight of FONT_WEIGHTS) {
        const file = makeFontPath(subset, weight).slice(1);
        fontFiles.set(file, [...(fontFiles.get(file) ?? []), locale]);
      }
    }
  }
  const common: string[] = [];
  for (const file of files) {
    const never = NEVER.find(([re]) => re.test(file));
    if (never) {
      skipped.push({ file, reason: never[1] });
      continue;
    }
    if (noModule.has(file)) {
      skipped.push({ file, reason: 'noModule script, never loaded by the browsers the site supports' });
      continue;
    }
    if (packOnly.has(file)) {
      skipped.push({ file, reason: 'briefing pack, .pptx or SVG-outline code (jsPDF, svg2pdf, pptxgenjs, fontkit), cached on first use' });
      continue;
    }
    if (/^_next\/static\/chunks\/.*\.js$/.test(file)) {
      const text = read(file);
      if (OPTIONAL_LIBRARY.test(text) && !text.includes('jsPDF')) {
        skipped.push({ file, reason: "jsPDF's optional helper (html2canvas, DOMPurify or canvg), never called" });
        continue;
      }
    }
    const url = fileToUrl(file);
    const page = /^(az|en|ru|kk)\//.exec(file)?.[1] as Locale | undefined;
    const i18n = /^export\/i18n\/(az|en|ru|kk)\.json$/.exec(file)?.[1] as Locale | undefined;
    if (page ?? i18n) locales[(page ?? i18n)!].push(url);
    else if (file.startsWith('export/fonts/')) {
      const users = fontFiles.get(file);
      if (users) for (const l of users) locales[l].push(url);
      else skipped.push({ file, reason: 'font subset no language needs' });
    } else common.push(url);
  }
  return { common, locales, skipped };
}

/** Bytes one language costs on its first visit: the common files plus its own. */
export function precacheBytes(plan: PrecachePlan, locale: Locale, sizeOf: (url: string) => number): number {
  return [...plan.common, ...plan.locales[locale]].reduce((n, url) => n + sizeOf(url), 0);
}
