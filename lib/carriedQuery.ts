/**
 * What of the current address a link may carry to another page (the language switcher keeps the
 * view when switching language): only the parameters the pages read, each once, each with a value
 * of its own strict shape, and a hash that is a plain section id. Anything else (unknown or
 * repeated parameters, markup, script URLs, absurd numbers, unknown slides) is dropped, so the raw
 * address never reaches a link. The page that opens still parses what it gets (lib/urlState.ts,
 * lib/present/deck.ts).
 */
import { normalizeSlideToken } from './present/deck';

/** Longest value read at all (a deck of every slide with options is well below). */
const MAX_VALUE = 500;

/** The shape of each carried parameter; the deck is re-written slide by slide. */
const CARRIED: Record<string, (value: string) => string | null> = {
  reporter: (v) => (/^(AZ|KZ)(,(AZ|KZ))?$/i.test(v) ? v.toUpperCase() : null),
  from: (v) => (/^\d{4}$/.test(v) ? v : null),
  to: (v) => (/^\d{4}$/.test(v) ? v : null),
  view: (v) => (v === 'chart' || v === 'table' ? v : null),
  trade: (v) => (v === 'sides' || v === 'gap' ? v : null),
  deck: (v) => {
    const slides = v
      .split(',')
      .map(normalizeSlideToken)
      .filter((s) => s !== null);
    return slides.length > 0 ? slides.join(',') : null;
  },
  slide: (v) => (/^\d{1,3}$/.test(v) ? v : null),
  theme: (v) => (v === 'light' || v === 'dark' || v === 'projector' ? v : null),
};

const SECTION_HASH = /^#[a-z][a-z0-9-]{0,63}$/;

/**
 * The part of an address (`?…#…`) safe to append to a link to another page: `search` and `hash`
 * as in `window.location`. Returns '' when nothing is worth carrying.
 */
export function pickCarriedQuery(search: string, hash: string): string {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  } catch {
    params = new URLSearchParams();
  }
  const kept: string[] = [];
  for (const [key, check] of Object.entries(CARRIED)) {
    const values = params.getAll(key);
    if (values.length !== 1 || values[0]!.length > MAX_VALUE) continue;
    const value = check(values[0]!);
    if (value !== null) kept.push(`${key}=${encodeURIComponent(value).replace(/%2C/g, ',')}`);
  }
  const query = kept.length > 0 ? `?${kept.join('&')}` : '';
  return `${query}${SECTION_HASH.test(hash) ? hash : ''}`;
}
