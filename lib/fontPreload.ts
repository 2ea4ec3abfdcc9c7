/**
 * Font preloads for an exported page. The page's two WOFF2 files (Noto Sans regular and bold) are
 * named in its inlined CSS only, so the browser would find them late, after it has parsed the
 * styles and laid out text that uses them; a `<link rel="preload">` in the head lets it fetch them
 * with the HTML. Next.js gives them content-hashed names at build, so the links are written after
 * `next build` (scripts/postbuild.ts) from the URLs the page's own CSS names.
 */

/** The distinct same-origin `.woff2` URLs that the page's `<style>` elements name, in order. */
export function fontUrlsInStyles(html: string): string[] {
  const urls = new Set<string>();
  for (const [, css] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)) {
    for (const [, url] of css!.matchAll(/url\(\s*['"]?(\/[^'")\s]+\.woff2)['"]?\s*\)/gi)) urls.add(url!);
  }
  return [...urls];
}

/** `html` with one preload link per font its styles name, first in the head (earlier links replaced). */
export function injectFontPreloads(html: string): string {
  const without = html.replace(/<link rel="preload" as="font"[^>]*>/gi, '');
  if (!/<head[^>]*>/i.test(without)) throw new Error('injectFontPreloads: no <head> in page');
  const links = fontUrlsInStyles(without)
    .map((url) => `<link rel="preload" as="font" type="font/woff2" href="${url}" crossorigin="">`)
    .join('');
  return without.replace(/<head[^>]*>/i, (head) => `${head}${links}`);
}
