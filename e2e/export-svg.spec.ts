import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { download, openExport } from './exportPage';
import { CHART_IDS } from '../lib/charts/registry';
import { LOCALES } from '../lib/i18n/locales';

/**
 * The SVG download draws the same in librsvg (rsvg-convert) as in Chromium, on a machine without
 * Noto Sans: rsvg-convert sees only DejaVu (a fontconfig file listing only that folder), so any
 * text left to a font would be drawn in another face, with other widths, and show here.
 *
 * Threshold: a pixel differs when a channel differs by more than 64 of 255 (a quarter of the
 * range: two renderers' anti-aliasing of the same outline differ by less on all but the odd edge
 * pixel); the file passes when under 0.5 % of the inked pixels differ. Measured on this build:
 * 0.00–0.03 % for the outlined files, 9–20 % for the same files with their text left to the font
 * (the download before outlining; text is 20–40 % of the ink).
 */
const FONTS_CONF = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir></fontconfig>
`;
const CHANNEL_TOLERANCE = 64;
const MAX_DIFFERING_SHARE = 0.005;

/** One chart per language, so every chart and every alphabet is drawn once. */
const CASES = LOCALES.map((locale, i) => ({ locale, chart: CHART_IDS[i % CHART_IDS.length]! }));

test.describe('SVG download draws alike in librsvg and Chromium, without Noto Sans', () => {
  for (const { locale, chart } of CASES) {
    test(`${chart} in ${locale}`, async ({ page }) => {
      test.setTimeout(60_000);
      await page.goto('/en/');
      const panel = await openExport(page, chart);
      await panel.getByTestId('export-language').selectOption(locale);
      const { bytes } = await download(page, panel.getByTestId('export-svg'));
      const svg = bytes.toString('utf8');
      const width = Number(/<svg[^>]*\swidth="(\d+)"/.exec(svg)?.[1]);
      const height = Number(/<svg[^>]*\sheight="(\d+)"/.exec(svg)?.[1]);
      expect([width, height]).toEqual([1920, 1080]);

      const dir = mkdtempSync(join(tmpdir(), 'azkz-svg-'));
      writeFileSync(join(dir, 'fonts.conf'), FONTS_CONF);
      writeFileSync(join(dir, 'chart.svg'), svg);
      execFileSync('rsvg-convert', ['-w', String(width), '-h', String(height), '-o', join(dir, 'rsvg.png'), join(dir, 'chart.svg')], {
        env: { ...process.env, FONTCONFIG_FILE: join(dir, 'fonts.conf'), FONTCONFIG_PATH: dir, XDG_CACHE_HOME: dir },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      // Neither renderer may see Noto Sans (rsvg-convert would otherwise hide a fault the same way).
      const families = execFileSync('fc-list', [':', 'family'], { env: { ...process.env, FONTCONFIG_FILE: join(dir, 'fonts.conf'), XDG_CACHE_HOME: dir }, encoding: 'utf8' });
      expect(families).not.toMatch(/Noto/i);

      const result = await page.evaluate(
        async ({ svgText, pngBase64, width, height, tolerance }) => {
          const pixels = async (source: Blob) => {
            const canvas = document.createElement('canvas');
            canvas.width = width;
            canvas.height = height;
            const ctx = canvas.getContext('2d')!;
            ctx.fillStyle = '#fff';
            ctx.fillRect(0, 0, width, height);
            if (source.type === 'image/svg+xml') {
              const img = new Image();
              img.src = URL.createObjectURL(source);
              await img.decode();
              ctx.drawImage(img, 0, 0, width, height);
            } else ctx.drawImage(await createImageBitmap(source), 0, 0, width, height);
            return ctx.getImageData(0, 0, width, height).data;
          };
          const png = Uint8Array.from(atob(pngBase64), (c) => c.charCodeAt(0));
          const chromium = await pixels(new Blob([svgText], { type: 'image/svg+xml' }));
          const rsvg = await pixels(new Blob([png], { type: 'image/png' }));
          let ink = 0;
          let differ = 0;
          for (let i = 0; i < chromium.length; i += 4) {
            const inked = [0, 1, 2].some((c) => chromium[i + c]! < 224 || rsvg[i + c]! < 224);
            if (inked) ink++;
            if ([0, 1, 2].some((c) => Math.abs(chromium[i + c]! - rsvg[i + c]!) > tolerance)) differ++;
          }
          return { ink, differ };
        },
        { svgText: svg, pngBase64: readFileSync(join(dir, 'rsvg.png')).toString('base64'), width, height, tolerance: CHANNEL_TOLERANCE },
      );
      const share = result.differ / result.ink;
      console.log(`${chart} ${locale}: ${result.differ} of ${result.ink} inked pixels differ (${(share * 100).toFixed(3)} %)`);
      expect(result.ink, 'the drawing has ink').toBeGreaterThan(50_000);
      expect(share, `${chart} (${locale}): pixels that differ between Chromium and rsvg-convert, share of inked pixels`).toBeLessThan(MAX_DIFFERING_SHARE);
    });
  }
});
