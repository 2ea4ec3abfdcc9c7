import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { LOCALES } from '../lib/i18n/locales';
import { SLIDE_TYPE } from '../lib/present/stage';

/**
 * Layout audit of the presentation: every slide of the default deck, in every language, at the
 * screen sizes a deck meets (1920x1080 16:9, 1280x800 16:10, 1024x768 4:3) and in the three
 * themes. For each text item on the slide (HTML text line by line, SVG text too) it measures
 *   - the rendered size (CSS px on the screen, the stage's and any other scale included) against
 *     the type scale: SLIDE_TYPE.min stage px for any text, SLIDE_TYPE.running for running text
 *     (24 and 32 px on a 1920 px wide screen, in proportion elsewhere);
 *   - its box against the slide and against every box that clips it (nothing cut or outside);
 *   - overlaps with every other text item of the slide.
 * The slides come from the deck itself (the sections the page renders, in deck order), so a new
 * slide is audited without touching this test. One page per language × size × theme walks the
 * slides with the clicker key.
 */

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
] as const;
const THEMES = ['light', 'dark', 'projector'] as const;


interface Problem {
  text: string;
  what: string;
}

/** Runs in the page: measures the current slide's text and returns what is wrong with it. */
function auditSlide(type: { min: number; running: number; stageWidth: number }): { slide: string; texts: number; problems: Problem[] } {
  const section = document.querySelector<HTMLElement>('[data-testid="deck"] section[data-current="true"]')!;
  const stage = section.querySelector<HTMLElement>('[data-stage]')!;
  const stageBox = stage.getBoundingClientRect();
  const stageScale = stageBox.width / type.stageWidth;
  const problems: Problem[] = [];
  interface Item {
    text: string;
    box: { left: number; top: number; right: number; bottom: number };
    owner: Element;
  }
  const items: Item[] = [];
  const short = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

  /** Scale from an element's CSS px to screen px (transforms of every ancestor included). */
  const scaleOf = (el: Element): number => {
    let html: Element | null = el;
    while (html && !(html instanceof HTMLElement)) html = html.parentElement;
    if (!(html instanceof HTMLElement) || html.offsetWidth === 0) return stageScale;
    return html.getBoundingClientRect().width / html.offsetWidth;
  };
  /** Hidden for everyone or kept for screen readers only (clipped to a pixel). */
  const isHidden = (el: Element): boolean => {
    for (let e: Element | null = el; e && e !== stage; e = e.parentElement) {
      const cs = getComputedStyle(e);
      if (cs.display === 'none' || cs.visibility === 'hidden' || cs.opacity === '0') return true;
      if (cs.clipPath === 'inset(50%)' || (cs.clip !== 'auto' && cs.position === 'absolute')) return true;
    }
    return false;
  };
  /** The glyphs' box: the line box without most of the font's ascent and descent padding. */
  const inkBox = (r: DOMRect, px: number) => ({ left: r.left, right: r.right, top: r.top + 0.2 * px, bottom: r.bottom - 0.12 * px });
  /** Every box that clips this element (overflow other than visible, SVG viewports), up to the stage. */
  const clippers = (el: Element): Element[] => {
    const out: Element[] = [];
    for (let e: Element | null = el.parentElement; e; e = e.parentElement) {
      const cs = getComputedStyle(e);
      if (cs.overflowX !== 'visible' || cs.overflowY !== 'visible' || e.tagName.toLowerCase() === 'svg') out.push(e);
      if (e === stage) break;
    }
    return out;
  };

  const check = (text: string, el: Element, fontPx: number, boxes: DOMRect[], running: boolean) => {
    const rendered = fontPx * scaleOf(el);
    const min = (running ? type.running : type.min) * stageScale;
    if (rendered + 0.05 < min) {
      problems.push({ text, what: `${running ? 'running text' : 'text'} ${rendered.toFixed(1)} px, under ${min.toFixed(1)} px` });
    }
    for (const r of boxes) {
      if (r.width < 1 || r.height < 1) continue;
      const box = inkBox(r, rendered);
      const tol = 1;
      for (const clip of clippers(el)) {
        const c = clip.getBoundingClientRect();
        if (box.left < c.left - tol || box.right > c.right + tol || box.top < c.top - tol || box.bottom > c.bottom + tol) {
          const name = clip === stage ? 'the slide' : `its ${clip.tagName.toLowerCase()}${clip.getAttribute('data-testid') ? ` (${clip.getAttribute('data-testid')})` : ''}`;
          const by = Math.max(c.left - box.left, box.right - c.right, c.top - box.top, box.bottom - c.bottom);
          problems.push({ text, what: `cut: runs ${by.toFixed(0)} px outside ${name}` });
          break;
        }
      }
      items.push({ text, box, owner: el });
    }
  };

  // HTML text: each text node, line by line.
  const walker = document.createTreeWalker(stage, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.textContent ?? '').trim();
    const parent = node.parentElement;
    if (!text || !parent || parent.closest('svg') || isHidden(parent)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const boxes = [...range.getClientRects()];
    if (boxes.length === 0) continue;
    const running = parent.closest('[data-slide-text="running"]') !== null;
    check(short(text), parent, parseFloat(getComputedStyle(parent).fontSize), boxes, running);
  }
  // SVG text: each <text> (its tspans are lines of it), at its size in the drawing times the
  // drawing's own scale (a viewBox other than the box's size: the map). A halo (the white outline
  // drawn under a map name, no fill) is not text of its own.
  for (const el of stage.querySelectorAll<SVGTextElement>('svg text')) {
    const text = (el.textContent ?? '').trim();
    if (!text || isHidden(el) || getComputedStyle(el).fill === 'none') continue;
    const ctm = el.getCTM();
    const drawingScale = ctm ? Math.hypot(ctm.a, ctm.b) : 1;
    const spans = [...el.querySelectorAll('tspan')].filter((s) => (s.textContent ?? '').trim());
    const parts = spans.length > 0 ? spans : [el];
    for (const part of parts) {
      check(short((part.textContent ?? '').trim()), part, parseFloat(getComputedStyle(part).fontSize) * drawingScale, [part.getBoundingClientRect()], false);
    }
  }
  // Overlaps between any two text items (lines of one text node never count against each other).
  for (let i = 0; i < items.length; i += 1) {
    for (let j = i + 1; j < items.length; j += 1) {
      const a = items[i]!;
      const b = items[j]!;
      if (a.owner === b.owner) continue;
      const w = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
      const h = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
      if (w > 1 && h > 1) problems.push({ text: a.text, what: `overlaps "${b.text}" by ${w.toFixed(0)}x${h.toFixed(0)} px` });
    }
  }
  return { slide: section.getAttribute('data-testid')!.replace(/^slide-/, ''), texts: items.length, problems };
}

/** Waits for the fonts and for every drawing (plots, map) of the current slide. */
async function slideSettled(page: Page) {
  await page.waitForFunction(() => {
    const section = document.querySelector('[data-testid="deck"] section[data-current="true"]');
    if (!section || document.fonts.status !== 'loaded') return false;
    const plotsDrawn = [...section.querySelectorAll('[data-plot-frame]')].every((frame) => {
      const svg = frame.querySelector<SVGSVGElement>('svg.recharts-surface');
      const box = svg?.viewBox.baseVal;
      return !!svg && !!box && box.width > 0 && Math.abs(box.width - frame.clientWidth) < 2 && Math.abs(box.height - frame.clientHeight) < 2 && svg.querySelector('text') !== null;
    });
    const mapsReady = [...section.querySelectorAll('figure[data-status]')].every((f) => f.getAttribute('data-status') === 'ready');
    return plotsDrawn && mapsReady;
  });
  // Two frames for the last layout (ResizeObservers fit the stage and the plots).
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

for (const locale of LOCALES) {
  for (const size of SIZES) {
    for (const theme of THEMES) {
      const where = `${locale} · ${size.width}x${size.height} · ${theme}`;
      test(`slides fit and read: ${where}`, async ({ page }) => {
        test.setTimeout(90_000);
        await page.setViewportSize(size);
        // The map slide with both context layers on: its key at its longest.
        await page.goto(`/${locale}/present/?theme=${theme}&layers=containers,cable`);
        await expect(page.getByTestId('deck')).toHaveAttribute('data-mode', 'live');
        const count = await page.locator('[data-testid="deck"] section[data-in-deck="true"]').count();
        expect(count).toBeGreaterThan(1);
        const failures: string[] = [];
        let audited = 0;
        for (let n = 1; n <= count; n += 1) {
          if (n > 1) await page.keyboard.press('PageDown');
          await expect(page.getByTestId('deck')).toHaveAttribute('data-slide-index', String(n - 1));
          await slideSettled(page);
          const result = await page.evaluate(auditSlide, { ...SLIDE_TYPE });
          audited += result.texts;
          expect(result.texts, `slide ${n} (${result.slide}) shows text`).toBeGreaterThan(0);
          for (const p of result.problems) failures.push(`slide ${n} "${result.slide}" · ${where}: "${p.text}" ${p.what}`);
        }
        expect(audited).toBeGreaterThan(count);
        expect(failures, `${failures.length} layout faults`).toEqual([]);
      });
    }
  }
}
