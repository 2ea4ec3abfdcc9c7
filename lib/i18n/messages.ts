import type { Locale } from './locales';
import enUi from '../../messages/en/ui.json';
import azUi from '../../messages/az/ui.json';
import ruUi from '../../messages/ru/ui.json';
import kkUi from '../../messages/kk/ui.json';
import enCharts from '../../messages/en/charts.json';
import azCharts from '../../messages/az/charts.json';
import ruCharts from '../../messages/ru/charts.json';
import kkCharts from '../../messages/kk/charts.json';
import enMap from '../../messages/en/map.json';
import azMap from '../../messages/az/map.json';
import ruMap from '../../messages/ru/map.json';
import kkMap from '../../messages/kk/map.json';
import enData from '../../messages/en/data.json';
import enPresent from '../../messages/en/present.json';
import enExport from '../../messages/en/export.json';
import azData from '../../messages/az/data.json';
import azPresent from '../../messages/az/present.json';
import azExport from '../../messages/az/export.json';
import ruData from '../../messages/ru/data.json';
import ruPresent from '../../messages/ru/present.json';
import ruExport from '../../messages/ru/export.json';
import kkData from '../../messages/kk/data.json';
import kkPresent from '../../messages/kk/present.json';
import kkExport from '../../messages/kk/export.json';

/**
 * All messages of one language. Each file is one namespace: `ui.json` (the page frame, spread at
 * the top level), `charts.json` (under `charts`), `map.json` (under `map`), `present.json`
 * (under `present`), `export.json` (under `export`), `data.json` (labels of
 * data records, under `data`). English is the reference key set (see messages.test.ts).
 */
export type Messages = typeof enUi & { charts: typeof enCharts; map: typeof enMap; present: typeof enPresent; export: typeof enExport; data: typeof enData };

export const MESSAGES: Record<Locale, Messages> = {
  en: { ...enUi, charts: enCharts, map: enMap, present: enPresent, export: enExport, data: enData },
  az: { ...azUi, charts: azCharts, map: azMap, present: azPresent, export: azExport, data: azData },
  ru: { ...ruUi, charts: ruCharts, map: ruMap, present: ruPresent, export: ruExport, data: ruData },
  kk: { ...kkUi, charts: kkCharts, map: kkMap, present: kkPresent, export: kkExport, data: kkData },
};

/**
 * The namespaces each kind of page's client components use in the browser (`useTranslations`).
 * The dashboard and embeds need only the Export menu's words: their charts are drawn by the server,
 * and a filtered view loads its words with its data (components/charts/FilteredCardBody.tsx). The
 * deck rebuilds its chart slides for the chooser's options (charts, data labels, reporters, units,
 * periods, qualifiers, present). The sources pages need none. Everything else stays on the server.
 */
export const CLIENT_NAMESPACES = {
  dashboard: ['export'],
  embed: ['export'],
  present: ['charts', 'data', 'reporters', 'reportedBy', 'units', 'periods', 'qualifiers', 'present', 'export'],
} as const satisfies Record<string, readonly (keyof Messages)[]>;

export type ClientPage = keyof typeof CLIENT_NAMESPACES;

export function clientMessages<P extends ClientPage>(locale: Locale, page: P): Pick<Messages, (typeof CLIENT_NAMESPACES)[P][number]> {
  const all = MESSAGES[locale];
  return Object.fromEntries(CLIENT_NAMESPACES[page].map((ns) => [ns, all[ns]])) as Pick<Messages, (typeof CLIENT_NAMESPACES)[P][number]>;
}
