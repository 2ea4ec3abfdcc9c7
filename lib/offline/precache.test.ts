import { describe, expect, it } from 'vitest';
import { fileToUrl, planPrecache, precacheBytes } from './precache';

const FILES: Record<string, string> = {
  'index.html': '<html><script src="/_next/static/chunks/poly.js" noModule=""></script><script src="/_next/static/chunks/main.js"></script></html>',
  '404.html': '',
  'sw.js': '',
  'en/index.html': '<html></html>',
  'en/index.html.gz': '',
  'en/index.txt': '',
  'en/present/index.html': '',
  'en/sources/index.html': '',
  'en/embed/route-map/index.html': '',
  'kk/index.html': '',
  'kk/present/index.html': '',
  '_next/static/chunks/main.js': 'e.l(x);Promise.all(["static/chunks/pdf.js","static/chunks/pdf-glue.js"]);Promise.all(["static/chunks/map.js"]);Promise.all(["static/chunks/fontkit.js"])',
  '_next/static/chunks/poly.js': 'core-js',
  '_next/static/chunks/pdf.js': 'class jsPDF { html() { import("html2canvas") } }',
  '_next/static/chunks/pdf-glue.js': 'briefing',
  '_next/static/chunks/map.js': 'leaflet',
  '_next/static/chunks/h2c.js': 'html2canvas',
  '_next/static/chunks/fontkit.js': 'GSUB wOF2',
  'geo/basemap.json': '{}',
  'export/i18n/en.json': '{"a":"BOTAŞ"}',
  'export/i18n/kk.json': '{"a":"Қазақстан"}',
  'export/fonts/NotoSans-Regular.ttf': '',
  'data/releases/2026-01-28.abc/dataset.csv': '',
  'data/dataset.csv': '',
  'data/dataset.json': '',
  'export/chart-data.json': '[]',
  ...Object.fromEntries(['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'].flatMap((s) => [400, 700].map((w) => [`export/fonts/noto-sans-${s}-${w}-normal.woff2`, '']))),
};
const plan = planPrecache(Object.keys(FILES), (f) => FILES[f]!);
const why = (file: string) => plan.skipped.find((s) => s.file === file)?.reason;

describe('planPrecache', () => {
  it('caches the shared files ahead and each language’s pages and export files on its first use', () => {
    expect(plan.common.sort()).toEqual(['/', '/_next/static/chunks/main.js', '/_next/static/chunks/map.js', '/export/chart-data.json', '/geo/basemap.json'].sort());
    expect([...plan.locales.en].sort()).toEqual([
      '/en/',
      '/en/present/',
      '/export/fonts/noto-sans-latin-400-normal.woff2',
      '/export/fonts/noto-sans-latin-700-normal.woff2',
      '/export/fonts/noto-sans-latin-ext-400-normal.woff2',
      '/export/fonts/noto-sans-latin-ext-700-normal.woff2',
      '/export/i18n/en.json',
    ]);
    expect(plan.locales.kk).toContain('/export/fonts/noto-sans-cyrillic-ext-400-normal.woff2');
    expect(plan.locales.kk).not.toContain('/export/fonts/noto-sans-latin-ext-400-normal.woff2');
    expect(plan.locales.az).toEqual(['/export/fonts/noto-sans-latin-400-normal.woff2', '/export/fonts/noto-sans-latin-700-normal.woff2']);
  });

  it('leaves out what pages never load unasked, and the document packs until first used', () => {
    expect(why('_next/static/chunks/poly.js')).toMatch(/noModule/);
    expect(why('_next/static/chunks/h2c.js')).toMatch(/optional/);
    expect(why('_next/static/chunks/pdf.js')).toMatch(/first use/);
    expect(why('_next/static/chunks/pdf-glue.js')).toMatch(/first use/);
    expect(why('_next/static/chunks/fontkit.js')).toMatch(/first use/);
    expect(why('export/fonts/NotoSans-Regular.ttf')).toMatch(/first use/);
    for (const f of ['data/releases/2026-01-28.abc/dataset.csv', 'data/dataset.csv', 'data/dataset.json', '404.html', 'sw.js', 'en/index.html.gz', 'en/index.txt', 'en/embed/route-map/index.html', 'en/sources/index.html']) expect(why(f), f).toBeTruthy();
  });

  it('counts one language’s first visit as the shared files plus its own', () => {
    expect(precacheBytes(plan, 'en', () => 1)).toBe(plan.common.length + plan.locales.en.length);
    expect(fileToUrl('en/present/index.html')).toBe('/en/present/');
    expect(fileToUrl('index.html')).toBe('/');
  });
});
