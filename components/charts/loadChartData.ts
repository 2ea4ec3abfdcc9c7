import type { ChartData } from '@/lib/charts/build';
import { CHART_DATA_URL } from '@/lib/charts/dataFile';

let pending: Promise<ChartData> | null = null;

/**
 * The charts' data, fetched once per page on first need (a filter or an export); a failed fetch is
 * forgotten so the next attempt tries again (the network may come back in the briefing room).
 */
export function loadChartData(): Promise<ChartData> {
  if (!pending) {
    pending = fetch(CHART_DATA_URL).then((res) => {
      if (!res.ok) throw new Error(`chart data: HTTP ${res.status}`);
      return res.json() as Promise<ChartData>;
    });
    pending.catch(() => {
      pending = null;
    });
  }
  return pending;
}
