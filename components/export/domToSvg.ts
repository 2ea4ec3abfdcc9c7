/**
 * Turns a laid-out DOM subtree (an off-screen export frame) into SVG markup: HTML text becomes
 * `<text>` lines at the positions the browser laid them out, boxes with a background or border
 * become `<rect>`/`<line>`, and inline `<svg>` (recharts plots, legend swatches) is copied with
 * every computed paint and font written as a literal attribute (no CSS, no variables, no classes).
 * Browser only (reads layout); the document around it is lib/export/svgDocument.ts.
 */
import { EXPORT_FONT_FAMILY, escapeXml } from '@/lib/export/svgDocument';

/** Noto Sans ascender (hhea, per em): the baseline sits this far below the top of a text box. */
const NOTO_ASCENT = 1.069;

/** Computed properties copied onto every element of an inline SVG. */
const SVG_PAINT = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'opacity', 'stroke-linecap', 'stroke-linejoin', 'paint-order'] as const;
const SVG_TEXT = ['font-size', 'font-weight', 'text-anchor', 'dominant-baseline', 'font-style'] as const;
const DROP_ATTRIBUTES = /^(class|style|tabindex|role|focusable|aria-.*|data-.*)$/;

export interface DomSvgResult {
  /** SVG elements, positioned relative to the root. */
  markup: string;
  /** All text drawn (to pick font subsets). */
  text: string;
  /** Font weights used (400/700). */
  bold: boolean;
}

interface Walk {
  origin: DOMRect;
  out: string[];
  text: string[];
  bold: boolean;
  lang: string;
}

const num = (n: number) => String(Math.round(n * 100) / 100);

function isTransparent(color: string): boolean {
  return !color || color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);
}

function isHidden(el: Element, cs: CSSStyleDeclaration): boolean {
  if (cs.display === 'none' || cs.visibility === 'hidden' || cs.opacity === '0') return true;
  const rect = el.getBoundingClientRect();
  // Visually hidden text for screen readers (1px box, clipped).
  return cs.position === 'absolute' && rect.width <= 1 && rect.height <= 1;
}

function fixUrl(value: string): string {
  return value.replace(/url\("?([^")]*)"?\)/g, (_, ref: string) => `url(${ref.slice(ref.indexOf('#'))})`);
}

function emitBox(el: Element, cs: CSSStyleDeclaration, w: Walk) {
  const rect = el.getBoundingClientRect();
  if (rect.width === 0 || rect.height === 0) return;
  const bg = cs.backgroundColor;
  const x = rect.left - w.origin.left;
  const y = rect.top - w.origin.top;
  const matrix = cs.transform && cs.transform !== 'none' ? new DOMMatrixReadOnly(cs.transform) : null;
  const angle = matrix ? (Math.atan2(matrix.b, matrix.a) * 180) / Math.PI : 0;
  if (!isTransparent(bg)) {
    const he = el as HTMLElement;
    // A rotated box (diamond marker): its own size, turned about its centre.
    const width = angle ? he.offsetWidth * Math.hypot(matrix!.a, matrix!.b) : rect.width;
    const height = angle ? he.offsetHeight * Math.hypot(matrix!.a, matrix!.b) : rect.height;
    const cx = x + rect.width / 2;
    const cy = y + rect.height / 2;
    const radius = Math.min(parseFloat(cs.borderTopLeftRadius) || 0, width / 2, height / 2);
    const rotate = angle ? ` transform="rotate(${num(angle)} ${num(cx)} ${num(cy)})"` : '';
    w.out.push(
      `<rect x="${num(cx - width / 2)}" y="${num(cy - height / 2)}" width="${num(width)}" height="${num(height)}"${radius ? ` rx="${num(radius)}"` : ''} fill="${bg}"${rotate}/>`,
    );
  }
  const sides = [
    ['Top', x, y, x + rect.width, y],
    ['Bottom', x, y + rect.height, x + rect.width, y + rect.height],
    ['Left', x, y, x, y + rect.height],
    ['Right', x + rect.width, y, x + rect.width, y + rect.height],
  ] as const;
  for (const [side, x1, y1, x2, y2] of sides) {
    const width = parseFloat(cs.getPropertyValue(`border-${side.toLowerCase()}-width`));
    const style = cs.getPropertyValue(`border-${side.toLowerCase()}-style`);
    const color = cs.getPropertyValue(`border-${side.toLowerCase()}-color`);
    if (!width || style === 'none' || isTransparent(color) || angle) continue;
    const dash = style === 'dashed' ? ` stroke-dasharray="${num(width * 3)} ${num(width * 2)}"` : style === 'dotted' ? ` stroke-dasharray="${num(width)} ${num(width)}"` : '';
    w.out.push(`<line x1="${num(x1)}" y1="${num(y1)}" x2="${num(x2)}" y2="${num(y2)}" stroke="${color}" stroke-width="${num(width)}"${dash}/>`);
  }
}

function emitText(node: Text, cs: CSSStyleDeclaration, w: Walk) {
  const raw = node.data;
  if (!raw.trim()) return;
  const size = parseFloat(cs.fontSize);
  const weight = Number.parseInt(cs.fontWeight, 10) >= 600 ? 700 : 400;
  if (weight === 700) w.bold = true;
  const transform = (s: string) => (cs.textTransform === 'uppercase' ? s.toLocaleUpperCase(w.lang) : s);
  const range = document.createRange();
  const lines: { top: number; left: number; words: string[] }[] = [];
  const place = (word: string, rect: { top: number; left: number }) => {
    const line = lines.at(-1);
    if (line && Math.abs(line.top - rect.top) < size / 2) line.words.push(word);
    else lines.push({ top: rect.top, left: rect.left, words: [word] });
  };
  for (const match of raw.matchAll(/\S+/g)) {
    range.setStart(node, match.index);
    range.setEnd(node, match.index + match[0].length);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0);
    const rect = rects[0];
    if (!rect) continue;
    if (rects.every((r) => Math.abs(r.top - rect.top) < size / 2)) {
      place(match[0], rect);
      continue;
    }
    // A word broken over lines (an address, `overflow-wrap: anywhere`): each line's piece where
    // the browser put it.
    let start = 0;
    let at: DOMRect | null = null;
    for (let i = 0; i < match[0].length; i++) {
      range.setStart(node, match.index + i);
      range.setEnd(node, match.index + i + 1);
      const r = range.getClientRects()[0];
      if (!r || r.width === 0) continue;
      if (!at) at = r;
      else if (Math.abs(r.top - at.top) >= size / 2) {
        place(match[0].slice(start, i), at);
        start = i;
        at = r;
      }
    }
    if (at) place(match[0].slice(start), at);
  }
  for (const line of lines) {
    const content = transform(line.words.join(' '));
    w.text.push(content);
    const x = line.left - w.origin.left;
    const y = line.top - w.origin.top + NOTO_ASCENT * size;
    const style = cs.fontStyle === 'italic' ? ' font-style="italic"' : '';
    w.out.push(`<text x="${num(x)}" y="${num(y)}" font-size="${num(size)}" font-weight="${weight}" fill="${cs.color}"${style}>${escapeXml(content)}</text>`);
  }
}

function inlineSvgStyles(original: Element, clone: Element, w: Walk) {
  const cs = getComputedStyle(original);
  for (const prop of SVG_PAINT) {
    const value = cs.getPropertyValue(prop);
    if (prop === 'paint-order' && value === 'normal') continue;
    if (value && value !== 'none' ? true : prop === 'fill' || prop === 'stroke') clone.setAttribute(prop, fixUrl(value || 'none'));
  }
  if (original.tagName.toLowerCase() === 'text' || original.tagName.toLowerCase() === 'tspan') {
    for (const prop of SVG_TEXT) {
      const value = cs.getPropertyValue(prop);
      if (value && value !== 'normal' && value !== 'auto') clone.setAttribute(prop, value);
    }
    clone.setAttribute('font-family', EXPORT_FONT_FAMILY);
    if (Number.parseInt(cs.fontWeight, 10) >= 600) w.bold = true;
  }
  for (const attr of [...clone.attributes]) if (DROP_ATTRIBUTES.test(attr.name)) clone.removeAttribute(attr.name);
}

function emitSvg(svg: SVGSVGElement, w: Walk) {
  const rect = svg.getBoundingClientRect();
  if (rect.width === 0 || rect.height === 0) return;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const clones = [clone, ...clone.querySelectorAll('*')];
  const removed: Element[] = [];
  originals.forEach((original, i) => {
    const copy = clones[i]!;
    const cs = getComputedStyle(original);
    if (cs.display === 'none' || cs.visibility === 'hidden') {
      removed.push(copy);
      return;
    }
    inlineSvgStyles(original, copy, w);
    const tag = original.tagName.toLowerCase();
    if ((tag === 'text' || tag === 'tspan') && original.children.length === 0) w.text.push(original.textContent ?? '');
  });
  for (const el of removed) el.remove();
  for (const el of clone.querySelectorAll('title, desc')) el.remove();
  clone.setAttribute('x', num(rect.left - w.origin.left));
  clone.setAttribute('y', num(rect.top - w.origin.top));
  clone.setAttribute('width', num(rect.width));
  clone.setAttribute('height', num(rect.height));
  // Plots may draw labels past their box (visible); the map is cut at its frame (hidden).
  clone.setAttribute('overflow', getComputedStyle(svg).overflow === 'visible' ? 'visible' : 'hidden');
  if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${num(rect.width)} ${num(rect.height)}`);
  clone.removeAttribute('xmlns');
  w.out.push(new XMLSerializer().serializeToString(clone).replace(/ xmlns="http:\/\/www.w3.org\/2000\/svg"/g, ''));
}

function isOutside(el: Element, w: Walk): boolean {
  const r = el.getBoundingClientRect();
  return r.bottom <= w.origin.top || r.top >= w.origin.bottom || r.right <= w.origin.left || r.left >= w.origin.right;
}

function walkElement(el: Element, w: Walk) {
  const cs = getComputedStyle(el);
  if (isHidden(el, cs) || isOutside(el, w)) return;
  if (el instanceof SVGSVGElement) {
    emitSvg(el, w);
    return;
  }
  emitBox(el, cs, w);
  for (const child of el.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) emitText(child as Text, cs, w);
    else if (child.nodeType === Node.ELEMENT_NODE) walkElement(child as Element, w);
  }
}

/** Draws `root` and everything in it as SVG markup, in the coordinates of `root`'s box. */
export function convertDomToSvg(root: HTMLElement, lang: string): DomSvgResult {
  const w: Walk = { origin: root.getBoundingClientRect(), out: [], text: [], bold: false, lang };
  for (const child of root.children) walkElement(child, w);
  return { markup: w.out.join('\n'), text: w.text.join(' '), bold: w.bold };
}
