/**
 * What the browser needs to build a chart's words in any of the four languages: the messages, the
 * server-recorded formatting dictionary and the "as of" text, generated at build time into
 * /export/i18n/<locale>.json (scripts/build-export-assets.ts) and fetched once, on first export.
 */
import { createTranslator } from 'next-intl';
import type { FormatDictionary } from '@/lib/charts/formatter';
import type { Translate } from '@/lib/observations';
import type { Citation } from '@/lib/release/citation';
import type { UpdatedWork } from '@/lib/release/lastUpdated';
import type { RouteMapModel } from '@/lib/map/shapeRoute';

export interface ExportLocale {
  locale: string;
  messages: Record<string, unknown>;
  dictionary: FormatDictionary;
  /** "Data as of 1 May 2025 · Data release 2025-05-01.a1b2c3": the footer line of every export. */
  asOf: string;
  /** The data release: `2025-05-01.a1b2c3` (lib/release). */
  release: string;
  /** Each chart's and the map's "Last updated: 14 October 2025", or null when none of its sources is dated. */
  updated: Record<UpdatedWork, string | null>;
  /** Each chart's and the map's citation, ORIGIN and ACCESSED left for the browser (lib/release/citation.ts). */
  citations: Record<UpdatedWork, Citation>;
  /** The route in this language, geometry included (the map export, and the dashboard's map). */
  map: RouteMapModel;
  t: Translate;
}

const cache = new Map<string, Promise<ExportLocale>>();

/** Loads (once) the words of one language for exports. */
export function loadExportLocale(locale: string): Promise<ExportLocale> {
  let pending = cache.get(locale);
  if (!pending) {
    pending = fetch(`/export/i18n/${encodeURIComponent(locale)}.json`)
      .then((res) => {
        if (!res.ok) throw new Error(`export words for ${locale}: HTTP ${res.status}`);
        return res.json() as Promise<Omit<ExportLocale, 't'>>;
      })
      .then((json) => ({ ...json, t: createTranslator({ locale, messages: json.messages as never }) as unknown as Translate }));
    pending.catch(() => cache.delete(locale));
    cache.set(locale, pending);
  }
  return pending;
}
