/**
 * The SVG download's last step: its text outlined from the fonts it was laid out in
 * (lib/export/outlineSvg.ts), so it draws the same in librsvg, Inkscape and browsers on machines
 * without Noto Sans. fontkit and the fonts (≈ 120 KB of TrueType) load on the first SVG download
 * only. The PNG and the PDF keep the composed SVG with real text.
 */
import type { Font } from 'fontkit';
import { OUTLINE_WEIGHTS, makeOutlineFontPath, type OutlineFontRole, type OutlineWeight } from '@/lib/export/outlineFonts';
import { outlineSvgText, type OutlineFonts } from '@/lib/export/outlineSvg';

let fonts: Promise<OutlineFonts> | null = null;

async function loadFonts(): Promise<OutlineFonts> {
  const { create } = await import('fontkit');
  const load = async (role: OutlineFontRole, weight: OutlineWeight): Promise<Font> => {
    const res = await fetch(makeOutlineFontPath(role, weight));
    if (!res.ok) throw new Error(`outline font ${role} ${weight}: HTTP ${res.status}`);
    return create(new Uint8Array(await res.arrayBuffer()) as Buffer) as Font;
  };
  const pick = async (role: OutlineFontRole) => Object.fromEntries(await Promise.all(OUTLINE_WEIGHTS.map(async (w) => [w, await load(role, w)] as const))) as Record<OutlineWeight, Font>;
  const [noto, fallback] = await Promise.all([pick('noto'), pick('fallback')]);
  return { noto, fallback };
}

/** `svg` (a composed export document) with its text as glyph outlines. */
export async function outlineSvg(svg: string): Promise<string> {
  fonts ??= loadFonts();
  fonts.catch(() => (fonts = null));
  return outlineSvgText(svg, await fonts, {
    parse: (text) => new DOMParser().parseFromString(text, 'image/svg+xml'),
    serialize: (doc) => new XMLSerializer().serializeToString(doc),
  });
}
