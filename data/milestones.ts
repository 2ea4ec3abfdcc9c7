/**
 * Timeline of Azerbaijan–Kazakhstan relations and of the Kazakh oil route (seed + FACTS.md).
 *
 * Ids are the message keys `milestones.<id>` in messages/<locale>/data.json, which hold the titles.
 * Dates are as precise as the source: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 */
import type { MilestoneInput } from './schema';

export const milestones = [
  // ── Diplomacy ──
  {
    id: 'ms-diplomatic-relations',
    date: '1992-08-30',
    kind: 'diplomacy',
    sourceId: 'azertac-2023',
    note: 'Diplomatic relations established between Azerbaijan and Kazakhstan.',
  },
  {
    id: 'ms-tka-founded',
    date: '1992',
    kind: 'institution',
    sourceId: 'azertac-2023',
    note: 'AZERTAC and Kazinform co-found the Organization of Turkic-speaking news agencies (TKA).',
  },
  {
    id: 'ms-kz-embassy-az',
    date: '1993-01',
    kind: 'diplomacy',
    sourceId: 'azertac-2023',
    note: "Kazakhstan's embassy in Azerbaijan opens.",
  },
  {
    id: 'ms-igc-established',
    date: '1999-10',
    kind: 'institution',
    sourceId: 'trend-2007-04-03',
    note: 'Intergovernmental Commission on Trade and Economic Cooperation set up in October 1999 (Kazakh PM Masimov, 2007); the seed gives the year 1999.',
  },
  {
    id: 'ms-declaration-2004',
    date: '2004-03-01',
    kind: 'treaty',
    sourceId: 'azertac-2023',
    note: 'Declaration on friendship and strategic partnership, signed in Astana.',
  },
  {
    id: 'ms-az-embassy-kz',
    date: '2004-03',
    kind: 'diplomacy',
    sourceId: 'azertac-2023',
    note: "Azerbaijan's embassy in Kazakhstan opens.",
  },
  {
    id: 'ms-treaty-2005',
    date: '2005-05-24',
    kind: 'treaty',
    sourceId: 'azertac-2023',
    note: 'Treaty on strategic partnership and allied relations, signed in Baku.',
  },
  {
    id: 'ms-az-consulate-aktau',
    date: '2008-09',
    kind: 'diplomacy',
    sourceId: 'azertac-2023',
    note: "Azerbaijan's consulate general in Aktau opens.",
  },

  // ── BTC pipeline ──
  {
    id: 'ms-btc-first-oil-ceyhan',
    date: '2006-05-28',
    kind: 'energy',
    sourceId: 'btc-blog-2013',
    note: 'First oil reaches Ceyhan through BTC (line fill began on 10 May 2005).',
  },
  {
    id: 'ms-btc-operational',
    date: '2006-06',
    kind: 'energy',
    sourceId: 'bp-btc',
    note: 'BTC becomes operational; first tanker leaves Ceyhan on 4 Jun 2006 (BOTAŞ International says 2 Jun); official opening 13 Jul 2006.',
  },

  // ── Caspian container line ──
  {
    id: 'ms-aktau-baku-feeder-2019',
    date: '2019-04-16',
    kind: 'economy',
    sourceId: 'kmtf-2019-04-feeder',
    note: 'First regular Kazmortransflot (KMTF) container feeder from Aktau to Baku, on the vessel Turkestan (225 TEU ships); also UIC e-news, 30 Apr 2019.',
  },

  // ── 2022–2025 relations ──
  {
    id: 'ms-igc-18',
    date: '2022-07-05',
    kind: 'institution',
    sourceId: 'azertac-2023',
    note: '18th meeting of the Intergovernmental Commission, in Kazakhstan.',
  },
  {
    id: 'ms-declaration-2022',
    date: '2022-08-24',
    kind: 'treaty',
    sourceId: 'azertac-2023',
    note: 'Declaration on strengthening strategic relations and deepening allied interaction, signed in Baku during President Tokayev’s visit.',
  },
  {
    id: 'ms-tokayev-visit-2022',
    date: '2022-08-24',
    kind: 'visit',
    sourceId: 'azertac-2023',
    note: "President Kassym-Jomart Tokayev's official visit to Azerbaijan.",
  },
  {
    id: 'ms-fibre-memorandum-2022',
    date: '2022-09-28',
    kind: 'economy',
    sourceId: 'azertac-2023',
    note: 'AzerTelecom and Kazakhtelecom sign a memorandum on a fibre-optic line under the Caspian Sea (Digital Silk Way).',
  },
  {
    id: 'ms-aliyev-astana-2022',
    date: '2022-10-13',
    kind: 'visit',
    sourceId: 'azertac-2023',
    note: 'President Ilham Aliyev in Astana on 13–14 Oct 2022 for the CICA VI summit and the CIS Heads of State Council.',
  },
  {
    id: 'ms-heydar-aliyev-street-2023',
    date: '2023-01-17',
    kind: 'culture',
    sourceId: 'azertac-2023',
    note: "Kazakhstan's onomastic commission names a street in Astana's Yesil district after Heydar Aliyev.",
  },

  // ── Kazakh oil via Aktau and BTC ──
  {
    id: 'ms-first-oil-loading-aktau',
    date: '2023-03-21',
    kind: 'energy',
    sourceId: 'azertac-2023',
    note: 'First loading of Kazakh (Tengiz) oil at Aktau for BTC, on the tanker "President Heydar Aliyev".',
  },
  {
    id: 'ms-first-cargo-sangachal',
    date: '2023-03-23',
    kind: 'energy',
    sourceId: 'socar-midstream-2023-03',
    note: 'The first Tengiz cargo, on the tanker "President Heydar Aliyev", arrives at Sangachal (SOCAR Midstream).',
  },
  {
    id: 'ms-second-oil-loading',
    date: '2023-03-28',
    kind: 'energy',
    sourceId: 'azertac-2023',
    note: 'Second loading, on the tanker "Shusha" (seed article). SOCAR Midstream gave 27 Mar as the planned date.',
  },
  {
    id: 'ms-igc-19',
    date: '2023-04-07',
    kind: 'institution',
    sourceId: 'news-az-2023-04-07',
    note: '19th meeting of the Intergovernmental Commission, Baku.',
  },
  {
    id: 'ms-igc-20',
    date: '2024-03-05',
    kind: 'institution',
    sourceId: 'trend-2024-03-05',
    note: '20th meeting of the Intergovernmental Commission, Astana.',
  },
  {
    id: 'ms-investment-fund-planned',
    date: '2024-03-11',
    kind: 'economy',
    sourceId: 'astana-times-2024-03-11',
    note: 'Plan announced for a Kazakhstan–Azerbaijan direct investment fund of USD 300 m (Samruk-Kazyna and Azerbaijan Investment Holding), during President Tokayev\'s visit to Baku.',
  },
  {
    id: 'ms-investment-fund-set-up',
    date: '2024-08-08',
    kind: 'economy',
    sourceId: 'kazinform-2024-08-08',
    note: 'The Kazakhstan–Azerbaijan direct investment fund is set up (Kazakh government), during President Aliyev\'s visit to Astana.',
  },
  {
    id: 'ms-kashagan-agreement',
    date: '2025-01-15',
    kind: 'energy',
    sourceId: 'trend-2025-01-30',
    note: 'Agreement to ship 240 kt a year of Kashagan oil via Azerbaijan.',
  },
  {
    id: 'ms-kashagan-first-cargo',
    date: '2025-01-25',
    kind: 'energy',
    sourceId: 'trend-2025-01-30',
    note: 'First Kashagan cargo, about 6 kt, on the tanker Taraz.',
  },
  {
    id: 'ms-cable-agreement',
    date: '2025-03-05',
    kind: 'economy',
    sourceId: 'today-az-257433',
    note: 'AzerTelecom–Kazakhtelecom agreement to build the Trans-Caspian fibre-optic cable (Sumgait–Aktau, 380 km), approved in the presence of both prime ministers.',
  },
  {
    id: 'ms-btc-kz-flows-stopped',
    date: '2025-08',
    kind: 'energy',
    sourceId: 'maritime-professional-2025-08-27',
    note: 'Kazakh oil flows via BTC stopped in early August 2025 after organic-chloride contamination of BTC crude.',
  },
  {
    id: 'ms-btc-kz-flows-restarted',
    date: '2025-09-13',
    kind: 'energy',
    sourceId: 'energy-city-34001',
    note: 'Kazakh shipments via BTC restart with an 8.8 kt Kashagan cargo.',
  },
  {
    id: 'ms-igc-21',
    date: '2025-10-14',
    kind: 'institution',
    sourceId: 'news-az-2025-10-14',
    note: '21st meeting of the Intergovernmental Commission, Baku.',
  },
  {
    id: 'ms-cable-manufactured',
    date: '2026-02-24',
    kind: 'economy',
    sourceId: '1news-az-2026-02-24',
    note: 'Manufacture of the Trans-Caspian fibre-optic cable completed; a laying vessel chartered (Kazakhtelecom).',
  },
] as const satisfies readonly MilestoneInput[];
