/**
 * PNG from an exported SVG document: the SVG drawn as an image on a canvas at an explicit size.
 *
 * An SVG drawn as an image loads its embedded `@font-face` fonts itself, after `decode()` has
 * resolved, and paints text invisible until they are ready (measured: the first draw of a fresh
 * 16:9 chart lacked every letter; one task later they were there). Rather than wait a fixed time:
 * 1. once per set of faces, a probe image with one glyph of each embedded face is drawn until every
 *    glyph shows; the font data then comes from the browser's cache, and the real image's first
 *    draw has its text (measured: identical to a draw made seconds later);
 * 2. the real image is drawn, and a line of its text (lib/export/rasterCheck.ts) must have ink
 *    before the PNG is encoded; if it has none, the image is drawn again on the next task.
 * Browser only.
 */
import type { PixelSize } from '@/lib/export/presets';
import { composeFontProbe, countInk, findFirstTextBox, PROBE_CELL, readEmbeddedCss, readFontFaces, readProbeCells, readViewBox } from '@/lib/export/rasterCheck';

/** Longest wait for fonts before drawing anyway (the fallback font shows after the browser's own timeout). */
const FONT_TIMEOUT_MS = 3000;

/** Faces (by their rule) already shown by a probe in this page. */
const warmed = new Set<string>();

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function loadSvgImage(svg: string): Promise<{ img: HTMLImageElement; release: () => void }> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  const img = new Image();
  img.decoding = 'sync';
  img.src = url;
  try {
    await img.decode();
  } catch (error) {
    URL.revokeObjectURL(url);
    throw error;
  }
  return { img, release: () => URL.revokeObjectURL(url) };
}

function context2d(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  return ctx;
}

/** Draws one glyph of every face of a stylesheet until all show (once per face and page). */
export async function warmFontCss(css: string): Promise<void> {
  const faces = readFontFaces(css).filter((f) => !warmed.has(f.rule));
  if (faces.length === 0) return;
  const { img, release } = await loadSvgImage(composeFontProbe(css, faces));
  try {
    const canvas = document.createElement('canvas');
    canvas.width = faces.length * PROBE_CELL;
    canvas.height = PROBE_CELL;
    const ctx = context2d(canvas);
    const start = performance.now();
    for (;;) {
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(img, 0, 0);
      const shown = readProbeCells(ctx.getImageData(0, 0, canvas.width, canvas.height).data, faces.length);
      if (shown.every(Boolean)) break;
      if (performance.now() - start > FONT_TIMEOUT_MS) return;
      await nextTask();
    }
    for (const f of faces) warmed.add(f.rule);
  } finally {
    release();
  }
}

/** Draws an SVG document on a canvas of `pixels` and returns it as PNG. */
export async function rasterizeSvg(svg: string, pixels: PixelSize): Promise<Blob> {
  await warmFontCss(readEmbeddedCss(svg));
  const { img, release } = await loadSvgImage(svg);
  try {
    const canvas = document.createElement('canvas');
    canvas.width = pixels.width;
    canvas.height = pixels.height;
    const ctx = context2d(canvas);
    // Where a line of text must show ink, in canvas pixels.
    const box = findFirstTextBox(svg);
    const viewBox = readViewBox(svg);
    const scale = viewBox ? { x: pixels.width / viewBox.width, y: pixels.height / viewBox.height } : null;
    const area =
      box && scale
        ? {
            x: Math.max(0, Math.floor(box.x * scale.x)),
            y: Math.max(0, Math.floor(box.y * scale.y)),
            width: Math.max(1, Math.min(pixels.width, Math.ceil(box.width * scale.x))),
            height: Math.max(1, Math.min(pixels.height, Math.ceil(box.height * scale.y))),
          }
        : null;
    const start = performance.now();
    for (;;) {
      ctx.clearRect(0, 0, pixels.width, pixels.height);
      ctx.drawImage(img, 0, 0, pixels.width, pixels.height);
      if (!area || performance.now() - start > FONT_TIMEOUT_MS) break;
      if (countInk(ctx.getImageData(area.x, area.y, area.width, area.height).data, area.width, area.height) > 0) break;
      await nextTask();
    }
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    release();
  }
}
