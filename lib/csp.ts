/**
 * Content-Security-Policy for the static export. Next inlines small bootstrap scripts into every
 * page; rather than allowing inline scripts wholesale, each page gets a <meta> policy listing the
 * SHA-256 hashes of exactly its own inline scripts (scripts/postbuild.ts). Everything else must
 * come from the page's own origin. Styles allow inline attributes: recharts and Leaflet position
 * elements with style attributes.
 */
import { createHash } from 'node:crypto';

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/** The base64 SHA-256 source expressions ('sha256-…') of a page's inline scripts, in order. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const m of html.matchAll(INLINE_SCRIPT)) {
    const body = m[1] ?? '';
    if (body.length === 0) continue;
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/** Where everything but scripts may come from: the same in every page and in the HTTP header. */
const COMMON_DIRECTIVES = [
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** The policy for a page with the given inline-script hashes (the `<meta>` in every page). */
export function buildCsp(scriptHashes: readonly string[]): string {
  return ["default-src 'self'", `script-src 'self' ${scriptHashes.join(' ')}`.trim(), ...COMMON_DIRECTIVES].join('; ');
}

/** Who may frame a page: only the site itself, or anyone (the embeds, `/<locale>/embed/…`). */
export type FrameAncestors = "'self'" | '*';

/**
 * The policy sent as an HTTP header (serve.json; the README shows it for other servers). The
 * browser enforces it and the page's `<meta>` together, so a resource must pass both. It adds
 * what a `<meta>` cannot carry (`frame-ancestors`) and covers responses that are not pages. Its
 * script-src cannot list the hashes (they differ per page): it allows the origin and inline
 * scripts, and the `<meta>` of each page narrows inline scripts to that page's own hashes.
 */
export function buildHeaderCsp(frameAncestors: FrameAncestors): string {
  return ["default-src 'self'", "script-src 'self' 'unsafe-inline'", ...COMMON_DIRECTIVES, `frame-ancestors ${frameAncestors}`].join('; ');
}

/** Inserts (or replaces) the CSP <meta> as the first element of <head>. */
export function injectCspMeta(html: string): string {
  const withoutOld = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/i, '');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${buildCsp(inlineScriptHashes(withoutOld))}">`;
  if (!/<head[^>]*>/i.test(withoutOld)) throw new Error('injectCspMeta: no <head> in page');
  return withoutOld.replace(/<head[^>]*>/i, (head) => `${head}${meta}`);
}
