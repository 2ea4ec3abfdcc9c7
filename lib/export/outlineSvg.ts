/**
 * Outlines the text of an exported SVG document: every `<text>` becomes the glyphs of the font it
 * was laid out in, as paths, so the file draws the same in every viewer, whatever fonts are
 * installed (librsvg and Inkscape ignore the embedded `@font-face`; drawn with a fallback font,
 * legend items overlapped and lines ran off the canvas).
 *
 * - Shaping (kerning, ligatures, marks, language forms) is fontkit's OpenType layout, the same
 *   features Chromium's HarfBuzz applies, from the same Noto Sans cut the page laid the frame out
 *   in; characters Noto Sans lacks come from the fallback font (lib/export/outlineFonts.ts).
 * - Each glyph is defined once (`<defs><path id>`) and placed with `<use>`; a run is a group in font
 *   units (1000 per em), moved and scaled to its position and size.
 * - The SVG text layout rules the exports use: `x`, `y`, `dx`, `dy` (px or em) on `<text>` and
 *   `<tspan>`, text chunks with `text-anchor` (start, middle, end), `dominant-baseline` (central,
 *   middle, hanging), white space collapsed as `xml:space="default"` does; synthetic italic
 *   (a 1:4 slant, as Chromium draws a face it lacks) for `font-style="italic"`.
 * - The words stay: each outlined run is a group with `role="img"`, `aria-label` and `<title>`,
 *   the document keeps its `<title>` and `<desc>` and gets an `aria-label`.
 *
 * Pure: works on any W3C DOM (the browser's DOMParser, @xmldom/xmldom in the unit tests).
 */
import type { Font, Glyph } from 'fontkit';
import type { OutlineWeight } from './outlineFonts';

export interface OutlineFonts {
  /** The font the text was laid out in. */
  noto: Record<OutlineWeight, Font>;
  /** Characters the first lacks. */
  fallback: Record<OutlineWeight, Font>;
}

/** Parsing and serialising (DOMParser / XMLSerializer). */
export interface SvgDom {
  parse(svg: string): Document;
  serialize(doc: Document): string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
/** Glyph definitions are in these units per em. */
const UNITS = 1000;
/** Chromium's synthetic italic: x shifts by a quarter of the height above the baseline. */
const ITALIC_SLANT = 0.25;

/** Attributes that place or shape text; everything else (paint, transform, clip) moves to the group. */
const TEXT_ONLY = new Set(['x', 'y', 'dx', 'dy', 'rotate', 'textLength', 'lengthAdjust', 'font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline', 'alignment-baseline', 'letter-spacing', 'word-spacing', 'xml:space', 'font-variant', 'text-rendering']);

/** OpenType language tags of the export languages (for `locl` forms). */
const LANGUAGE_TAGS: Record<string, string> = { az: 'AZE ', kk: 'KAZ ', ru: 'RUS ', en: 'ENG ' };

interface Style {
  size: number;
  weight: OutlineWeight;
  italic: boolean;
  anchor: 'start' | 'middle' | 'end';
  baseline: string;
  stroked: boolean;
  strokeWidth: number;
}

/** One glyph placed in font units from the start of its run. */
interface Placed {
  id: string;
  x: number;
  y: number;
}

/** Glyphs drawn with one style from one point. */
interface Run {
  element: Element;
  style: Style;
  x: number;
  y: number;
  glyphs: Placed[];
  /** Advance in px. */
  advance: number;
  text: string;
}

const round = (n: number, digits = 2) => {
  const f = 10 ** digits;
  return String(Math.round(n * f) / f);
};

function readInherited(el: Element, name: string): string | null {
  for (let node: Node | null = el; node && node.nodeType === 1; node = node.parentNode) {
    const value = (node as Element).getAttribute(name);
    if (value !== null && value !== '' && value !== 'inherit') return value;
  }
  return null;
}

function readStyle(el: Element, parentSize: number): Style {
  const size = parseLength(readInherited(el, 'font-size'), parentSize, parentSize) || 16;
  const weightText = readInherited(el, 'font-weight') ?? '400';
  const weight: OutlineWeight = weightText === 'bold' || weightText === 'bolder' || Number.parseInt(weightText, 10) >= 600 ? 700 : 400;
  const anchorText = readInherited(el, 'text-anchor');
  const stroke = readInherited(el, 'stroke');
  return {
    size,
    weight,
    italic: /italic|oblique/.test(readInherited(el, 'font-style') ?? ''),
    anchor: anchorText === 'middle' || anchorText === 'end' ? anchorText : 'start',
    baseline: readInherited(el, 'dominant-baseline') ?? 'auto',
    stroked: stroke !== null && stroke !== 'none',
    strokeWidth: parseLength(readInherited(el, 'stroke-width'), size, 1) || 1,
  };
}

/** A length in px: `12`, `12px`, `0.355em` (of `em`); `fallback` when absent or unreadable. */
export function parseLength(value: string | null, em: number, fallback: number): number {
  if (value === null) return fallback;
  const m = /^\s*(-?[\d.]+(?:e-?\d+)?)\s*(px|em)?\s*$/i.exec(value.split(/[\s,]+/).filter(Boolean)[0] ?? '');
  if (!m) return fallback;
  const n = Number(m[1]);
  return m[2]?.toLowerCase() === 'em' ? n * em : n;
}

/** Where the alphabetic baseline sits below the point given for a `dominant-baseline`, in em. */
function baselineShift(baseline: string, font: Font): number {
  const em = font.unitsPerEm;
  switch (baseline) {
    case 'central':
      return (font.ascent + font.descent) / 2 / em;
    case 'middle':
      return font.xHeight / 2 / em;
    case 'hanging':
    case 'text-before-edge':
      return (font.ascent * 0.8) / em;
    case 'text-after-edge':
    case 'ideographic':
      return font.descent / em;
    default:
      return 0;
  }
}

/** Path data of a glyph in UNITS per em, y down (SVG). */
function glyphPathData(glyph: Glyph, unitsPerEm: number): string {
  const k = UNITS / unitsPerEm;
  const p = (x: number, y: number) => `${round(x * k, 1)} ${round(-y * k, 1)}`;
  const out: string[] = [];
  for (const { command, args } of glyph.path.commands) {
    if (command === 'moveTo') out.push(`M${p(args[0]!, args[1]!)}`);
    else if (command === 'lineTo') out.push(`L${p(args[0]!, args[1]!)}`);
    else if (command === 'quadraticCurveTo') out.push(`Q${p(args[0]!, args[1]!)} ${p(args[2]!, args[3]!)}`);
    else if (command === 'bezierCurveTo') out.push(`C${p(args[0]!, args[1]!)} ${p(args[2]!, args[3]!)} ${p(args[4]!, args[5]!)}`);
    else out.push('Z');
  }
  return out.join('');
}

/** Splits text into pieces drawn by the main font and by the fallback (characters the main lacks). */
export function splitByCoverage(text: string, main: Font): { text: string; fallback: boolean }[] {
  const pieces: { text: string; fallback: boolean }[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const fallback = !main.hasGlyphForCodePoint(code) && !/\s/.test(ch);
    const last = pieces.at(-1);
    if (last && last.fallback === fallback) last.text += ch;
    else pieces.push({ text: ch, fallback });
  }
  return pieces;
}

/** Collects the glyph definitions of a document. */
class GlyphDefs {
  private ids = new Map<string, string>();
  readonly paths: string[] = [];

  idOf(role: 'n' | 'f', weight: number, glyph: Glyph, unitsPerEm: number): string | null {
    const key = `${role}${weight}-${glyph.id}`;
    let id = this.ids.get(key);
    if (id === undefined) {
      const d = glyphPathData(glyph, unitsPerEm);
      id = d ? `glyph-${key}` : '';
      this.ids.set(key, id);
      if (d) this.paths.push(`<path id="${id}" d="${d}"/>`);
    }
    return id || null;
  }
}

/** Shapes `text` in `style` and returns its glyphs (UNITS per em, from 0) and its advance in px. */
export function shapeText(text: string, style: Pick<Style, 'size' | 'weight'>, fonts: OutlineFonts, defs: GlyphDefs, language?: string): { glyphs: Placed[]; advance: number } {
  const main = fonts.noto[style.weight];
  const glyphs: Placed[] = [];
  let pen = 0;
  for (const piece of splitByCoverage(text, main)) {
    const font = piece.fallback ? fonts.fallback[style.weight] : main;
    const k = UNITS / font.unitsPerEm;
    const run = font.layout(piece.text, undefined, undefined, language);
    run.glyphs.forEach((glyph, i) => {
      const pos = run.positions[i]!;
      const id = defs.idOf(piece.fallback ? 'f' : 'n', style.weight, glyph, font.unitsPerEm);
      if (id) glyphs.push({ id, x: pen + pos.xOffset * k, y: -pos.yOffset * k });
      pen += pos.xAdvance * k;
    });
  }
  return { glyphs, advance: (pen * style.size) / UNITS };
}

/** Text of an element with white space as SVG's default `xml:space` leaves it (ends trimmed later). */
function collapse(text: string): string {
  return text.replace(/[\n\r]/g, '').replace(/\t/g, ' ').replace(/ {2,}/g, ' ');
}

/** Lays out one `<text>` element into runs (positions in its user space, px). */
function layoutText(text: Element, fonts: OutlineFonts, defs: GlyphDefs, language: string | undefined): Run[] {
  const runs: Run[] = [];
  // Chunks: runs that share an anchor, started by an absolute x or y.
  const chunks: { anchor: Style['anchor']; runs: Run[] }[] = [];
  let x = 0;
  let y = 0;
  // Pieces of text in order, each with the element whose style it takes; spaces collapse across them.
  const pieces: { element: Element; text: string }[] = [];
  // Every element enters with an empty piece, where its x, y, dx, dy apply.
  const visit = (el: Element, parentSize: number) => {
    const size = readStyle(el, parentSize).size;
    pieces.push({ element: el, text: '' });
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3 || child.nodeType === 4) pieces.push({ element: el, text: collapse(child.nodeValue ?? '') });
      else if (child.nodeType === 1 && (child as Element).localName === 'tspan') visit(child as Element, size);
    }
  };
  visit(text, 16);
  // Trim the element's ends and collapse spaces across pieces.
  let previousSpace = true;
  for (const p of pieces) {
    let t = p.text;
    if (previousSpace) t = t.replace(/^ /, '');
    if (t) previousSpace = t.endsWith(' ');
    p.text = t;
  }
  for (let i = pieces.length - 1; i >= 0; i--) {
    if (!pieces[i]!.text) continue;
    pieces[i]!.text = pieces[i]!.text.replace(/ $/, '');
    break;
  }

  const started = new Set<Element>();
  for (const piece of pieces) {
    const el = piece.element;
    const parentSize = el === text ? 16 : readStyle(el.parentNode as Element, 16).size;
    const style = readStyle(el, parentSize);
    if (!started.has(el)) {
      started.add(el);
      const ax = el.getAttribute('x');
      const ay = el.getAttribute('y');
      if (ax !== null) x = parseLength(ax, style.size, x);
      if (ay !== null) y = parseLength(ay, style.size, y);
      x += parseLength(el.getAttribute('dx'), style.size, 0);
      y += parseLength(el.getAttribute('dy'), style.size, 0);
      if (ax !== null || ay !== null || chunks.length === 0) chunks.push({ anchor: style.anchor, runs: [] });
    }
    if (!piece.text) continue;
    const shaped = shapeText(piece.text, style, fonts, defs, language);
    const shift = baselineShift(style.baseline, fonts.noto[style.weight]) * style.size;
    const run: Run = { element: el, style, x, y: y + shift, glyphs: shaped.glyphs, advance: shaped.advance, text: piece.text };
    runs.push(run);
    chunks.at(-1)!.runs.push(run);
    x += shaped.advance;
  }
  for (const chunk of chunks) {
    const width = chunk.runs.reduce((w, r) => w + r.advance, 0);
    const offset = chunk.anchor === 'middle' ? -width / 2 : chunk.anchor === 'end' ? -width : 0;
    for (const r of chunk.runs) r.x += offset;
  }
  return runs;
}

function paintAttributes(el: Element, skip: (name: string) => boolean): [string, string][] {
  return [...Array.from(el.attributes)].filter((a) => !TEXT_ONLY.has(a.name) && !skip(a.name)).map((a) => [a.name, a.value]);
}

/** Replaces one `<text>` element with its outlines; returns the words it drew. */
function outlineTextElement(doc: Document, text: Element, fonts: OutlineFonts, defs: GlyphDefs, language: string | undefined): string {
  const runs = layoutText(text, fonts, defs, language);
  const words = runs
    .map((r) => r.text)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  const group = doc.createElementNS(SVG_NS, 'g');
  for (const [name, value] of paintAttributes(text, (n) => n === 'stroke-width')) group.setAttribute(name, value);
  if (words) {
    group.setAttribute('role', 'img');
    group.setAttribute('aria-label', words);
    const title = doc.createElementNS(SVG_NS, 'title');
    title.appendChild(doc.createTextNode(words));
    group.appendChild(title);
  }
  for (const run of runs) {
    if (run.glyphs.length === 0) continue;
    const s = run.style.size / UNITS;
    const g = doc.createElementNS(SVG_NS, 'g');
    const slant = run.style.italic ? ` skewX(${round((-Math.atan(ITALIC_SLANT) * 180) / Math.PI, 3)})` : '';
    g.setAttribute('transform', `translate(${round(run.x)} ${round(run.y)})${slant} scale(${round(s, 6)})`);
    if (run.element !== text) for (const [name, value] of paintAttributes(run.element, (n) => n === 'transform' || n === 'stroke-width')) g.setAttribute(name, value);
    // Strokes (halos) keep their width in px inside the scaled group.
    if (run.style.stroked) g.setAttribute('stroke-width', round(run.style.strokeWidth / s, 2));
    for (const glyph of run.glyphs) {
      const use = doc.createElementNS(SVG_NS, 'use');
      use.setAttributeNS(XLINK_NS, 'xlink:href', `#${glyph.id}`);
      if (glyph.x) use.setAttribute('x', round(glyph.x, 1));
      if (glyph.y) use.setAttribute('y', round(glyph.y, 1));
      g.appendChild(use);
    }
    group.appendChild(g);
  }
  text.parentNode!.replaceChild(group, text);
  return words;
}

/**
 * The SVG document `svg` with every `<text>` outlined (see the module comment), without the
 * embedded `@font-face` it no longer needs. Glyphs are defined once at the top of the document.
 */
export function outlineSvgText(svg: string, fonts: OutlineFonts, dom: SvgDom): string {
  const doc = dom.parse(svg);
  const root = doc.documentElement;
  const language = LANGUAGE_TAGS[(root.getAttribute('xml:lang') ?? root.getAttribute('lang') ?? '').slice(0, 2)];
  const defs = new GlyphDefs();
  const texts = Array.from(root.getElementsByTagNameNS(SVG_NS, 'text'));
  for (const text of texts) outlineTextElement(doc, text, fonts, defs, language);
  // The fonts were for the text; nothing uses them now.
  for (const style of Array.from(root.getElementsByTagNameNS(SVG_NS, 'style'))) {
    if (/@font-face/.test(style.textContent ?? '')) {
      const parent = style.parentNode!;
      parent.removeChild(style);
      if (parent.nodeType === 1 && (parent as Element).localName === 'defs' && !parent.firstChild) parent.parentNode!.removeChild(parent);
    }
  }
  root.setAttributeNS(XMLNS_NS, 'xmlns:xlink', XLINK_NS);
  const title = root.getElementsByTagNameNS(SVG_NS, 'title')[0];
  if (title?.parentNode === root && !root.getAttribute('aria-label')) {
    root.setAttribute('role', 'img');
    root.setAttribute('aria-label', title.textContent ?? '');
  }
  root.removeAttribute('font-family');
  const glyphDefs = dom.parse(`<svg xmlns="${SVG_NS}"><defs>${defs.paths.join('')}</defs></svg>`).documentElement.firstChild!;
  const anchor = Array.from(root.childNodes).find((n) => n.nodeType === 1 && !['title', 'desc'].includes((n as Element).localName)) ?? null;
  root.insertBefore(doc.importNode(glyphDefs, true), anchor);
  return dom.serialize(doc);
}
