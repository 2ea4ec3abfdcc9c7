/**
 * Where the charts' data (`selectChartData` of the whole dataset) is published at build
 * (scripts/build-export-assets.ts), under /export/. The dashboard's HTML carries only the views it
 * draws; the browser fetches this file when a reader filters the charts or exports one.
 */
export const CHART_DATA_FILE = 'chart-data.json';
export const CHART_DATA_URL = `/export/${CHART_DATA_FILE}`;
