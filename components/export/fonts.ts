/**
 * The @font-face rules embedded into an SVG export: only the Noto Sans subsets its text needs,
 * regular and (if used) bold, fetched from this site (/export/fonts/) and inlined as base64.
 */
import { makeFontFace, makeFontPath, pickFontSubsets, type FontSubset, type FontWeight } from '@/lib/export/svgDocument';

const cache = new Map<string, Promise<string>>();

async function toBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function loadFace(subset: FontSubset, weight: FontWeight): Promise<string> {
  const key = `${subset}-${weight}`;
  let pending = cache.get(key);
  if (!pending) {
    pending = fetch(makeFontPath(subset, weight))
      .then((res) => {
        if (!res.ok) throw new Error(`font ${key}: HTTP ${res.status}`);
        return res.blob();
      })
      .then(toBase64)
      .then((base64) => makeFontFace({ subset, weight, base64 }));
    pending.catch(() => cache.delete(key));
    cache.set(key, pending);
  }
  return pending;
}

/** CSS with the fonts `text` needs. */
export async function buildFontCss(text: string, bold: boolean): Promise<string> {
  const weights: FontWeight[] = bold ? [400, 700] : [400];
  const faces = await Promise.all(pickFontSubsets(text).flatMap((subset) => weights.map((w) => loadFace(subset, w))));
  return faces.join('\n');
}
