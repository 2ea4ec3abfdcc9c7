/**
 * Off-route context layers on the route map (FACTS.md sections 6, 7c and 7d): the container
 * crossing Aktau/Kuryk → Baku (Alat) and the planned Trans-Caspian fibre-optic cable, Sumgait–Aktau.
 * Neither is part of the oil chain in ./route.ts.
 *
 * Geometry is [lon, lat] (GeoJSON order) and **approximate**: drawn by us between end points read
 * from general maps (FACTS.md 7d: Sumgait 40.59 N 49.67 E; Port of Baku at Alat 39.95 N 49.41 E;
 * Kuryk port 43.17 N 51.67 E; Aktau city 43.650 N 51.150 E, section 4). The container lanes keep to
 * open water east of the Absheron peninsula (about 0.4° east of the tanker lane in ./route.ts, so the
 * two stay apart on the map). The cable is a straight sea line between the end points of the
 * latest plan (Sumgait–Aktau, from March 2025); the route has changed between plans (Aktau–Siyazan
 * in 2023), so it is only ever drawn as planned.
 *
 * The container line's TEU by year are the `containers.aktau-baku` observations (data/trade.ts).
 */
import type { MapLayerInput, ObservationInput } from './schema';

/** The cable's figures: length and capacity as each plan gave them (the sources disagree; all kept). */
export const cableFacts = [
  {
    id: 'cable-length-2025-03-az',
    indicator: 'cable.length',
    value: 380,
    unit: 'km',
    period: '2025-03-05',
    measure: 'plan',
    status: 'planned',
    reporter: 'AZ',
    sourceId: 'today-az-257433',
    note: 'Sumgait–Aktau, the route of the agreement approved on 5 March 2025 (AzerTelecom).',
  },
  {
    id: 'cable-length-2019-11-az',
    indicator: 'cable.length',
    value: 400,
    unit: 'km',
    period: '2019-11-25',
    measure: 'plan',
    status: 'planned',
    reporter: 'AZ',
    sourceId: 'totaltele-504346',
    note: 'First design, when work was launched in November 2019 (operational end-2021 then).',
  },
  {
    id: 'cable-capacity-2025-03-az',
    indicator: 'cable.capacity',
    value: 400,
    unit: 'Tbit_per_s',
    period: '2025-03-05',
    measure: 'plan',
    status: 'planned',
    reporter: 'AZ',
    qualifier: 'up-to',
    sourceId: 'today-az-257433',
  },
  {
    id: 'cable-capacity-2019-11-az',
    indicator: 'cable.capacity',
    value: 6,
    unit: 'Tbit_per_s',
    period: '2019-11-25',
    measure: 'plan',
    status: 'planned',
    reporter: 'AZ',
    sourceId: 'totaltele-504346',
    note: 'First design (2019).',
  },
] as const satisfies readonly ObservationInput[];

export const mapLayers = [
  {
    id: 'container-line',
    kind: 'container-line',
    status: 'operating',
    geometryAccuracy: 'approximate',
    geometry: [
      // Aktau → Baku (Alat)
      [
        [51.15, 43.65],
        [51.2, 43.3],
        [51.35, 42.6],
        [51.4, 41.6],
        [51.3, 40.75],
        [51.1, 40.0],
        [50.4, 39.72],
        [49.8, 39.78],
        [49.41, 39.95],
      ],
      // Kuryk → joins the lane from Aktau
      [
        [51.67, 43.17],
        [51.5, 42.9],
        [51.35, 42.6],
      ],
    ],
    geometrySourceId: 'turksam-kmtf-2024',
    series: 'containers.aktau-baku',
    facts: [],
    operators: ['Kazmortransflot (KMTF)'],
    otherOperators: true,
    operatorsSourceId: 'turksam-kmtf-2024',
    schedule: [],
  },
  {
    id: 'caspian-cable',
    kind: 'cable',
    status: 'planned',
    geometryAccuracy: 'approximate',
    geometry: [
      [
        [49.67, 40.59],
        [51.15, 43.65],
      ],
    ],
    geometrySourceId: 'today-az-257433',
    facts: [
      'cable-length-2025-03-az',
      'cable-length-2019-11-az',
      'cable-capacity-2025-03-az',
      'cable-capacity-2019-11-az',
      'ms-cable-agreement',
      'ms-cable-manufactured',
    ],
    operators: ['AzerTelecom', 'Kazakhtelecom'],
    operatorsSourceId: 'today-az-257433',
    schedule: [
      { announced: '2019-11-25', due: '2021', sourceId: 'totaltele-504346' },
      // "by the end of next year", said in January 2023.
      { announced: '2023-01-10', due: '2024', sourceId: 'news-am-738858' },
      { announced: '2025-03-05', due: '2026', sourceId: 'today-az-257433' },
      { announced: '2025-12-26', due: '2026-Q3', sourceId: 'inform-kz-2025-12-26' },
    ],
  },
] as const satisfies readonly MapLayerInput[];
