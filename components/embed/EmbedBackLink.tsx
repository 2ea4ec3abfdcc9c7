'use client';

import { useCharts } from '@/components/charts/ChartsProvider';
import { serializeViewState } from '@/lib/urlState';

/** "Open in the dashboard": the same chart and view (sides, years) on the full dashboard, in a new tab. */
export function EmbedBackLink({ locale, hash, label }: { locale: string; hash: string; label: string }) {
  const { state, bounds } = useCharts();
  const href = `/${locale}/${serializeViewState(state, bounds)}#${hash}`;
  return (
    <a href={href} target="_blank" rel="noopener" data-testid="embed-back-link">
      {label}
    </a>
  );
}
