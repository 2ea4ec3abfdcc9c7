/**
 * Mutual investment between Azerbaijan and Kazakhstan, USD million (seed + FACTS.md section 6).
 *
 * The series are not comparable with each other: they come from different bodies (National Bank of
 * Kazakhstan, Azerbaijan's SME Development Agency, unattributed press figures) and cover different
 * spans (single years, multi-year totals, "to date"). Each row says which.
 */
import type { ObservationInput } from './schema';

export const investment = [
  // ── Seed (AZERTAC, spring 2023): totals "to date" ──
  {
    id: 'inv-kz-to-az-to-2023-az',
    indicator: 'invest.kz-to-az',
    value: 102.2,
    unit: 'USD_million',
    period: '../2023',
    measure: 'cumulative',
    reporter: 'AZ',
    sourceId: 'azertac-2023',
    note: 'Total Kazakh investment in Azerbaijan "to date" as of spring 2023; start year not stated (AZERTAC, Azerbaijani state news agency). Repeated word for word by AzerNews/MENAFN in September 2024.',
  },
  {
    id: 'inv-az-to-kz-to-2023-az',
    indicator: 'invest.az-to-kz',
    value: 205.2,
    unit: 'USD_million',
    period: '../2023',
    measure: 'cumulative',
    reporter: 'AZ',
    sourceId: 'azertac-2023',
    note: 'Total Azerbaijani investment in Kazakhstan "to date" as of spring 2023; start year not stated. Lower than the National Bank of Kazakhstan total of 306.5 for 2005–2020, so the two are probably measured differently.',
  },

  // ── National Bank of Kazakhstan (via Trend/Kazinform, 2022-08-24) ──
  {
    id: 'inv-az-to-kz-2005-2020-kz',
    indicator: 'invest.az-to-kz',
    value: 306.5,
    unit: 'USD_million',
    period: '2005/2020',
    measure: 'cumulative',
    reporter: 'KZ',
    sourceId: 'trend-2022-08-24',
    note: 'Cumulative Azerbaijani investment in Kazakhstan, 2005–2020 (National Bank of Kazakhstan).',
  },
  {
    id: 'inv-az-to-kz-2018-kz',
    indicator: 'invest.az-to-kz',
    value: 5.1,
    unit: 'USD_million',
    period: '2018',
    measure: 'flow',
    reporter: 'KZ',
    sourceId: 'trend-2022-08-24',
    note: 'Azerbaijani investment in Kazakhstan in 2018 (National Bank of Kazakhstan).',
  },
  {
    id: 'inv-az-to-kz-2019-kz',
    indicator: 'invest.az-to-kz',
    value: 7.6,
    unit: 'USD_million',
    period: '2019',
    measure: 'flow',
    reporter: 'KZ',
    sourceId: 'trend-2022-08-24',
    note: 'Azerbaijani investment in Kazakhstan in 2019 (National Bank of Kazakhstan).',
  },
  {
    id: 'inv-kz-to-az-2018-2019-kz',
    indicator: 'invest.kz-to-az',
    value: 75.7,
    unit: 'USD_million',
    period: '2018/2019',
    measure: 'cumulative',
    reporter: 'KZ',
    sourceId: 'trend-2022-08-24',
    note: 'Kazakh investment in Azerbaijan over the two years 2018–2019 combined; no split by year (National Bank of Kazakhstan).',
  },

  // ── Other totals ──
  {
    id: 'inv-az-to-kz-2005-2022',
    indicator: 'invest.az-to-kz',
    value: 306,
    unit: 'USD_million',
    period: '2005/2022',
    measure: 'cumulative',
    reporter: 'unknown',
    sourceId: 'news5alert-investment-fund',
    note: 'Trend analysis (via news5alert); body not named. Almost identical to the National Bank of Kazakhstan total of 306.5 for 2005–2020 although it covers two more years, which suggests one of the two periods is mislabelled.',
  },
  {
    id: 'inv-kz-to-az-2005-2022',
    indicator: 'invest.kz-to-az',
    value: 95,
    unit: 'USD_million',
    period: '2005/2022',
    measure: 'cumulative',
    reporter: 'unknown',
    sourceId: 'news5alert-investment-fund',
    note: 'Trend analysis (via news5alert); body not named. Compare the seed total of 102.2 "to date" (AZ, 2023).',
  },
  {
    id: 'inv-az-to-kz-2022-kz',
    indicator: 'invest.az-to-kz',
    value: 69.7,
    unit: 'USD_million',
    period: '2022',
    measure: 'flow',
    reporter: 'KZ',
    sourceId: 'astana-times-2023-04-11',
    note: 'Azerbaijani investment in Kazakhstan in 2022, Kazakh figure.',
  },

  // ── Non-oil sector, Azerbaijan's SME Development Agency ──
  {
    id: 'inv-az-to-kz-non-oil-1995-2021-az',
    indicator: 'invest.az-to-kz.non-oil',
    value: 200,
    unit: 'USD_million',
    period: '1995/2021',
    measure: 'cumulative',
    reporter: 'AZ',
    sourceId: 'azernews-2022-06-07',
    qualifier: 'more-than',
    note: "Azerbaijani investment in Kazakhstan's non-oil sector, 1995–2021 (Azerbaijan's Small and Medium Business Development Agency).",
  },
  {
    id: 'inv-kz-to-az-non-oil-1995-2021-az',
    indicator: 'invest.kz-to-az.non-oil',
    value: 100,
    unit: 'USD_million',
    period: '1995/2021',
    measure: 'cumulative',
    reporter: 'AZ',
    sourceId: 'azernews-2022-06-07',
    qualifier: 'approx',
    note: "Kazakh investment in Azerbaijan's non-oil sector, 1995–2021 (Azerbaijan's Small and Medium Business Development Agency).",
  },
] as const satisfies readonly ObservationInput[];
