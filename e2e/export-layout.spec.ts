import { test, expect } from './fixtures';
import { download, openExport } from './exportPage';
import { CHART_IDS } from '../lib/charts/registry';
import { LOCALES } from '../lib/i18n/locales';
import { SIZE_PRESETS, computeMinTextPx, resolvePresetSize, type SizePreset } from '../lib/export/presets';

/**
 * Layout audit of the export frame: every chart and the map, at every size preset, in every
 * language, and every part of a chart a fixed-size image shows (the Export panel's Part choice,
 * lib/export/parts.ts). The downloaded SVG is the PNG's drawing with its text outlined, one
 * labelled group per line of text, so each text item is measured in output pixels (the image's
 * own pixels at 1x):
 * - its size (the glyphs' em, from the group's scale) is at least the preset's floor
 *   (lib/export/presets.ts: 24 px on 1920x1080, in proportion to the height elsewhere);
 * - its ink box lies inside the canvas and inside any clipping box around it (the map);
 * - no two text boxes overlap (legend items, value labels, axis labels, place names).
 * Charts, parts and presets come from their registries and the panel's own options, so a new one
 * is audited without touching this.
 */
const SUBJECTS = [...CHART_IDS, 'route-map'] as const;
/**
 * Exports known not to meet the rules yet (subject · preset), with the reason. Their problems are
 * still measured and listed; the test fails if such an export turns out clean in every language
 * (so the entry goes as soon as it is fixed), and it never hides a problem anywhere else.
 */
const KNOWN_FAULTY: Record<string, string> = {};
/** Boxes may touch: an overlap counts when it is more than this deep in both directions (output px). */
const OVERLAP_TOLERANCE = 1;

interface Item {
  text: string;
  size: number;
  box: { left: number; top: number; right: number; bottom: number };
  clip: { left: number; top: number; right: number; bottom: number } | null;
}

test.describe('export frame layout audit', () => {
  for (const subject of SUBJECTS) {
    test(`${subject}: every preset and language`, async ({ page }) => {
      test.setTimeout(300_000);
      await page.goto('/en/');
      const panel = await openExport(page, subject);
      const problems: string[] = [];
      const known = new Map<string, string[]>();
      let audited = 0;
      for (const preset of SIZE_PRESETS) {
        await panel.getByTestId('export-size').selectOption(preset);
        // The parts a fixed-size image of a chart shows one at a time (none for the map and `screen`).
        const partSelect = panel.getByTestId('export-part');
        const parts = (await partSelect.count()) > 0 ? await partSelect.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value)) : [''];
        for (const part of parts) {
          if (part) await partSelect.selectOption(part);
          for (const locale of LOCALES) {
            await panel.getByTestId('export-language').selectOption(locale);
            const { bytes } = await download(page, panel.getByTestId('export-svg'));
            const found = await page.evaluate((svgText) => {
              const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
              const host = document.createElement('div');
              host.style.cssText = 'position:absolute;left:0;top:0;visibility:hidden;pointer-events:none';
              document.body.appendChild(host);
              const svg = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
              host.appendChild(svg);
              const origin = svg.getBoundingClientRect();
              const rel = (r: DOMRect) => ({ left: r.left - origin.left, top: r.top - origin.top, right: r.right - origin.left, bottom: r.bottom - origin.top });
              const items = [...svg.querySelectorAll<SVGGElement>('g[role="img"][aria-label]')].map((g) => {
                const run = g.querySelector<SVGGElement>(':scope > g[transform]');
                const m = run?.getScreenCTM();
                // Glyphs are defined at 1000 units per em.
                const size = m ? Math.hypot(m.a, m.b) * 1000 : 0;
                // The nearest nested <svg> that clips (the map's frame); plots keep overflow visible.
                let clipSvg: Element | null = null;
                for (let e: Element | null = g.parentElement; e && (e as Element) !== (svg as Element); e = e.parentElement) {
                  if (e.localName === 'svg' && e.getAttribute('overflow') !== 'visible') {
                    clipSvg = e;
                    break;
                  }
                }
                return { text: g.getAttribute('aria-label') ?? '', size, box: rel(g.getBoundingClientRect()), clip: clipSvg ? rel(clipSvg.getBoundingClientRect()) : null };
              });
              host.remove();
              return { items, width: origin.width, height: origin.height };
            }, bytes.toString('utf8'));
            const where = [subject, part, preset, locale].filter(Boolean).join(' · ');
            const minText = computeMinTextPx(resolvePresetSize(preset as SizePreset));
            // A file with no text would pass every rule: the title at least must be there.
            expect(found.items.length, `${where}: text items`).toBeGreaterThan(1);
            audited += 1;
            const listed = auditItems(found.items, found.width, found.height, minText).map((p) => `${where}: ${p}`);
            const faulty = `${subject} · ${preset}`;
            if (faulty in KNOWN_FAULTY) known.set(faulty, [...(known.get(faulty) ?? []), ...listed]);
            else problems.push(...listed);
          }
        }
      }
      expect(audited).toBeGreaterThanOrEqual(SIZE_PRESETS.length * LOCALES.length);
      for (const [faulty, list] of known) {
        expect(list.length, `"${faulty}" now passes: remove it from KNOWN_FAULTY`).toBeGreaterThan(0);
        test.info().annotations.push({ type: 'known layout faults', description: `${faulty}: ${list.length} (${KNOWN_FAULTY[faulty]})\n${list.join('\n')}` });
      }
      expect(problems, `${problems.length} layout problems`).toEqual([]);
    });
  }
});

function auditItems(items: Item[], width: number, height: number, minText: number | null): string[] {
  const out: string[] = [];
  const quote = (t: string) => `"${t.length > 60 ? `${t.slice(0, 57)}…` : t}"`;
  const fmt = (b: Item['box']) => `[${b.left.toFixed(0)},${b.top.toFixed(0)} → ${b.right.toFixed(0)},${b.bottom.toFixed(0)}]`;
  for (const item of items) {
    if (minText !== null && item.size < minText - 0.05) out.push(`text ${quote(item.text)} is ${item.size.toFixed(1)} px, under ${minText.toFixed(1)} px`);
    const { box } = item;
    if (box.left < -0.5 || box.top < -0.5 || box.right > width + 0.5 || box.bottom > height + 0.5) out.push(`text ${quote(item.text)} ${fmt(box)} runs outside the ${width}x${height} canvas`);
    const c = item.clip;
    if (c && (box.left < c.left - 0.5 || box.top < c.top - 0.5 || box.right > c.right + 0.5 || box.bottom > c.bottom + 0.5)) out.push(`text ${quote(item.text)} ${fmt(box)} is cut by its frame ${fmt(c)}`);
  }
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!;
      const b = items[j]!;
      // A halo under its own text (the map's labels) is the same words in the same box.
      if (a.text === b.text && Math.abs(a.box.left - b.box.left) < 2 && Math.abs(a.box.top - b.box.top) < 2) continue;
      const dx = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
      const dy = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
      if (dx > OVERLAP_TOLERANCE && dy > OVERLAP_TOLERANCE) out.push(`${quote(a.text)} ${fmt(a.box)} overlaps ${quote(b.text)} ${fmt(b.box)} by ${dx.toFixed(1)}x${dy.toFixed(1)} px`);
    }
  }
  return out;
}
