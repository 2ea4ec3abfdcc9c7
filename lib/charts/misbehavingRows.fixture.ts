/**
 * Rows that must never reach a chart: null, NaN, Infinity, negative or text values, a missing or
 * impossible period, an unknown reporting side or qualifier, no source, no id. Every shaping
 * function's test mixes these into good rows (built from `good`, so they look like the chart's
 * own rows) and checks that none is drawn. Repeated years are valid rows and are tested where
 * each chart picks between them.
 */
export function makeMisbehavingRows(good: { indicator: string; unit: string; measure: string; period: string; reporter: string }): unknown[] {
  const base = { ...good, sourceId: 'fixture-source', value: 1 };
  return [
    null,
    undefined,
    42,
    'trade',
    {},
    { ...base, id: 'bad-nan', value: Number.NaN },
    { ...base, id: 'bad-infinity', value: Number.POSITIVE_INFINITY },
    { ...base, id: 'bad-negative', value: -5 },
    { ...base, id: 'bad-null-value', value: null },
    { ...base, id: 'bad-string-value', value: '12' },
    { ...base, id: 'bad-missing-period', period: undefined },
    { ...base, id: 'bad-empty-period', period: '' },
    { ...base, id: 'bad-month-13', period: '2023-13' },
    { ...base, id: 'bad-year-text', period: 'last year' },
    { ...base, id: 'bad-reporter', reporter: 'RU' },
    { ...base, id: 'bad-reporter-script', reporter: '<script>alert(1)</script>' },
    { ...base, id: 'bad-qualifier', qualifier: 'roughly' },
    { ...base, id: 'bad-no-source', sourceId: undefined },
    { ...base, id: '' },
  ];
}

/** How many rows of `makeMisbehavingRows` are rejected by the row checks (all of them). */
export const MISBEHAVING_ROW_COUNT = 19;
