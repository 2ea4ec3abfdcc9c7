/**
 * The route Kazakh crude takes to the Mediterranean: Tengiz -> Aktau (rail) -> Sangachal (tanker
 * across the Caspian) -> Ceyhan (BTC pipeline). Coordinates from FACTS.md section 4.
 *
 * Node and segment ids are also the message keys `places.<id>` and `segments.<id>`.
 *
 * Geometry is [lon, lat] (GeoJSON order), from `from` to `to`.
 * - sangachal-ceyhan is the traced BTC route from Global Energy Monitor (CC BY 4.0), kept in
 *   ./geo/btcP0644.ts.
 * - tengiz-aktau and aktau-sangachal have no surveyed geometry: the few points below are drawn by us
 *   (`geometryAccuracy: 'approximate'`) and were checked against the Natural Earth coastline in
 *   world-atlas (10m and 50m): the rail line stays at least 5 km inland, the sea lane at least 8 km
 *   offshore between the two ports (it rounds the Absheron peninsula on the east).
 *
 * Computed lengths are great-circle (haversine) distances between the two end nodes on a sphere of
 * radius 6,371.0088 km (the IUGG mean Earth radius), rounded to whole km. They are shorter than the
 * real rail and sea distances; the drawn lines are longer still (about 359 and 512 km).
 */
import type { RouteNodeInput, RouteSegmentInput } from './schema';
import { btcP0644 } from './geo/btcP0644';

/** The zod input types use mutable arrays; this lets `as const` data (readonly arrays) satisfy them. */
type DeepReadonly<T> = T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;

export const routeNodes = [
  {
    id: 'tengiz',
    kind: 'field',
    lat: 46.153,
    lon: 53.383,
    coordSourceId: 'wikipedia-tengiz',
    confidence: 'high',
    facts: [
      'oil-tengiz-btc-rate-2023-03-az',
      'oil-aktau-to-baku-tengiz-2023-kz',
      'oil-agreement-2022-11-tengiz',
      'ms-first-oil-loading-aktau',
    ],
  },
  {
    // Aktau oil berths: the end point of the GEM routes P5193 (Kalamkas–Aktau) and P5194
    // (Ozen–Zhetybay–Aktau). Aktau city centre is at 43.650 N, 51.150 E.
    id: 'aktau',
    kind: 'port',
    lat: 43.596,
    lon: 51.239,
    coordSourceId: 'gem-goit',
    confidence: 'medium',
    facts: [
      'oil-aktau-port-loaded-2023-kz',
      'oil-aktau-to-baku-2023-kz',
      'oil-aktau-to-baku-2024-kz',
      'oil-aktau-to-baku-2025-kz',
      'ms-first-oil-loading-aktau',
      'ms-second-oil-loading',
      'ms-az-consulate-aktau',
    ],
  },
  {
    // Start point of the GEM BTC route P0644 (40.198 N, 49.481 E). The Wikipedia mirror in FACTS.md
    // gives 40.201 N, 49.481 E for the terminal, 0.3 km away.
    id: 'sangachal',
    kind: 'terminal',
    lat: 40.198,
    lon: 49.481,
    coordSourceId: 'gem-goit',
    confidence: 'high',
    facts: [
      'ms-first-cargo-sangachal',
      'oil-aktau-to-baku-cumulative-2025-10-az',
      'oil-btc-transit-kz-tm-2023-az',
      'btc-length-total',
    ],
  },
  {
    id: 'baku',
    kind: 'city',
    lat: 40.378,
    lon: 49.892,
    coordSourceId: 'obzorurokov-baku',
    confidence: 'high',
    facts: ['ms-treaty-2005', 'ms-declaration-2022', 'ms-tokayev-visit-2022', 'ms-igc-19', 'ms-igc-21'],
  },
  {
    // BTC passes about 22 km south of the city (computed from the GEM route).
    id: 'tbilisi',
    kind: 'city',
    lat: 41.72,
    lon: 44.8,
    coordSourceId: 'ceca2018-tbilisi',
    confidence: 'high',
    facts: ['btc-length-ge'],
  },
  {
    // Ceyhan Marine Terminal: the end point of the GEM BTC route P0644. Ceyhan town (37.033 N,
    // 35.817 E) is about 19 km away (computed).
    id: 'ceyhan',
    kind: 'terminal',
    lat: 36.876,
    lon: 35.901,
    coordSourceId: 'gem-goit',
    confidence: 'medium',
    facts: ['ms-btc-first-oil-ceyhan', 'ms-btc-operational', 'btc-capacity-2009'],
  },
] as const satisfies readonly DeepReadonly<RouteNodeInput>[];

export const routeSegments = [
  {
    // Rail, medium confidence: TCO said in Feb 2023 that Tengiz oil for this route "will be
    // transported via railroad"; no source names the line used. The points only keep the line
    // inland, away from the shallow bays of the north-eastern Caspian coast that a straight line
    // would cross; they do not trace a railway.
    // lengthKm: great-circle Tengiz (46.153 N, 53.383 E; Wikipedia) -> Aktau oil berths
    // (43.596 N, 51.239 E; GEM) = 330.7 km -> 331. The rail distance is longer.
    id: 'tengiz-aktau',
    order: 1,
    from: 'tengiz',
    to: 'aktau',
    mode: 'rail',
    lengthKm: 331,
    lengthComputed: true,
    lengthSourceId: 'wikipedia-tengiz',
    facts: ['oil-agreement-2022-11-tengiz', 'oil-aktau-to-baku-tengiz-2023-kz', 'oil-tengiz-btc-rate-2023-03-az'],
    operator: 'Tengizchevroil / KazTransOil (rail)',
    status: 'intermittent',
    geometryAccuracy: 'approximate',
    geometry: [
      [53.383, 46.153],
      [53.55, 45.6],
      [53.2, 44.9],
      [52.3, 44.3],
      [51.239, 43.596],
    ],
    geometrySourceId: 'kazinform-2023-02',
  },
  {
    // Tanker lane drawn by us: south-west from the Aktau berths through open water, east of the
    // Absheron peninsula and its islands, then west along the south coast to Sangachal Bay.
    // lengthKm: FACTS.md section 5, great-circle Aktau oil berths (43.596 N, 51.239 E; GEM) ->
    // Sangachal Terminal (40.201 N, 49.481 E) = 404.5 km -> 404 (405 with the GEM start point
    // 40.198 N used for the node). For comparison, the Baku–Aktau ferry route is 470 km
    // (Azerbaijan National Encyclopedia).
    id: 'aktau-sangachal',
    order: 2,
    from: 'aktau',
    to: 'sangachal',
    mode: 'tanker',
    lengthKm: 404,
    lengthComputed: true,
    lengthSourceId: 'gem-goit',
    facts: [
      'oil-aktau-to-baku-2023-kz',
      'oil-aktau-to-baku-2024-kz',
      'oil-aktau-to-baku-2025-kz',
      'oil-aktau-to-baku-cumulative-2025-10-az',
      'oil-caspian-voyages-2023-min',
      'oil-caspian-voyages-2023-max',
    ],
    operator: 'ASCO / KMTF tankers',
    status: 'operating',
    geometryAccuracy: 'approximate',
    geometry: [
      [51.239, 43.596],
      [51.05, 43.4],
      [50.9, 42.9],
      [50.6, 41.6],
      [50.85, 40.75],
      [50.75, 40.15],
      [50.2, 39.97],
      [49.75, 40.06],
      [49.481, 40.198],
    ],
    geometrySourceId: 'socar-midstream-2023-03',
  },
  {
    // Official length from bp; the GEM trace drawn here measures about 1,653 km.
    id: 'sangachal-ceyhan',
    order: 3,
    from: 'sangachal',
    to: 'ceyhan',
    mode: 'pipeline',
    lengthKm: 1768,
    lengthComputed: false,
    lengthSourceId: 'bp-btc',
    facts: [
      'btc-length-total',
      'btc-length-az',
      'btc-length-ge',
      'btc-length-tr',
      'btc-capacity-2006',
      'btc-capacity-2009',
      'oil-btc-transit-kz-tm-2023-az',
    ],
    operator: 'BTC Co (operated by bp; Turkish section by BOTAŞ International)',
    status: 'operating',
    geometryAccuracy: 'traced',
    geometry: btcP0644,
    geometrySourceId: 'gem-goit',
  },
] as const satisfies readonly DeepReadonly<RouteSegmentInput>[];
