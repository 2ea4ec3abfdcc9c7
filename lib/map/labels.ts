/**
 * Where the map writes country and sea names. Placed by hand, as cartographers do, away from the
 * route's lines and markers; lib/map/labels.test.ts checks each country label lies on its country's
 * land and each sea label on water in the basemap. The names come from messages
 * (`map.countries.<id>`, `map.seas.<id>`) in the page's language.
 */

/**
 * Zoom bands: `far` below LABEL_NEAR_ZOOM (phones, where the route is small), `near` from it on.
 * A label with a band shows only in that band; without one it always shows.
 */
export type LabelBand = 'near' | 'far';
export const LABEL_NEAR_ZOOM = 5.25;

/** A label anchor: the centre of the text, degrees. */
export interface LabelAnchor {
  /** ISO 3166-1 numeric id for countries, or the sea's id. */
  id: string;
  lat: number;
  lon: number;
  band?: LabelBand;
}

/**
 * Countries named on the map (ISO 3166-1 numeric), each where its name reads best. Turkmenistan and
 * Uzbekistan are left unnamed: their land lies at the east edge of every view, where a name would
 * be cut off.
 */
export const COUNTRY_LABELS: readonly LabelAnchor[] = [
  { id: '398', lat: 42.9, lon: 53.2, band: 'near' }, // Kazakhstan: Mangyshlak, south-east of Aktau
  { id: '398', lat: 48.3, lon: 52.8, band: 'far' }, // Kazakhstan: north of Tengiz, clear of Aktau's name
  { id: '031', lat: 39.85, lon: 47.6, band: 'near' }, // Azerbaijan: south of the BTC line
  { id: '268', lat: 42.55, lon: 42.9, band: 'near' }, // Georgia: north-west of Tbilisi's label
  { id: '051', lat: 40.45, lon: 44.6, band: 'near' }, // Armenia
  { id: '792', lat: 38.3, lon: 38.9 }, // Türkiye: inside the bend of the BTC line
  { id: '643', lat: 46.6, lon: 44.8 }, // Russia
  { id: '364', lat: 35.9, lon: 50.0 }, // Iran
  { id: '368', lat: 36.15, lon: 43.4 }, // Iraq: far enough north to stay in the route's view
  { id: '760', lat: 35.9, lon: 39.0 }, // Syria
  { id: '804', lat: 48.6, lon: 30.0 }, // Ukraine: west of every default view (seen when panned)
];

/** Seas named on the map. */
export const SEA_LABELS: readonly LabelAnchor[] = [
  { id: 'caspian', lat: 37.9, lon: 51.6 },
  { id: 'black', lat: 43.3, lon: 37.2 },
  { id: 'mediterranean', lat: 34.8, lon: 31.5, band: 'near' }, // south-west of Cyprus: seen when panned west
];
