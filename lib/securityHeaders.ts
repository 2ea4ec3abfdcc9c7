/**
 * The HTTP response headers the site is served with, in one place: serve.json (used by `npm start`)
 * must send exactly these (lib/securityHeaders.test.ts), the README shows them for nginx and
 * Apache, and e2e/headers.spec.ts checks what the server really sends.
 *
 * - every response: no MIME sniffing, the origin only as referrer to other sites, powerful
 *   features off (full screen for the deck and clipboard writes for "copy link/image" stay on for
 *   the site itself), its own browsing-context group (the presenter window is same-origin, so it
 *   keeps its opener), and no loading of its files by other sites;
 * - pages: framed only by the site itself (`X-Frame-Options` and CSP `frame-ancestors`);
 * - embeds (`/<locale>/embed/…`): framed by anyone, and loadable by pages that require CORP.
 */
import { buildHeaderCsp } from './csp';
import { LOCALES } from './i18n/locales';

export type HeaderSet = Readonly<Record<string, string>>;

/** Features no page of the site uses, denied everywhere; the two it uses, kept for itself. */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'display-capture=()',
  'encrypted-media=()',
  'geolocation=()',
  'gyroscope=()',
  'hid=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'publickey-credentials-get=()',
  'screen-wake-lock=()',
  'serial=()',
  'usb=()',
  'xr-spatial-tracking=()',
  'browsing-topics=()',
  'clipboard-write=(self)',
  'fullscreen=(self)',
].join(', ');

/** Sent with every response. */
export const COMMON_HEADERS: HeaderSet = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': PERMISSIONS_POLICY,
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Added to every response outside `/<locale>/embed/`. */
export const SAME_ORIGIN_FRAMING: HeaderSet = {
  'X-Frame-Options': 'SAMEORIGIN',
  'Content-Security-Policy': buildHeaderCsp("'self'"),
};

/** Added to responses under `/<locale>/embed/` (and replacing the common CORP). */
export const EMBED_HEADERS: HeaderSet = {
  'Content-Security-Policy': buildHeaderCsp('*'),
  'Cross-Origin-Resource-Policy': 'cross-origin',
};

const EMBED_PATH = new RegExp(`^/(${LOCALES.join('|')})/embed/`);

/** Every header a response for `path` must carry (header names as written above). */
export function selectExpectedHeaders(path: string): HeaderSet {
  return EMBED_PATH.test(path) ? { ...COMMON_HEADERS, ...EMBED_HEADERS } : { ...COMMON_HEADERS, ...SAME_ORIGIN_FRAMING };
}

/** `/_next/static/` file names carry a content hash: cached for a year, never revalidated. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (pages, sw.js, data files) may change with a deploy: revalidated on each use. */
export const REVALIDATE = 'no-cache';

/** The Cache-Control a response for `path` must carry. */
export function selectExpectedCacheControl(path: string): string {
  return path.startsWith('/_next/static/') ? IMMUTABLE : REVALIDATE;
}
