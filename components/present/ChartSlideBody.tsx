'use client';

import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { buildChartView, type ChartView } from '@/lib/charts/build';
import { createDictionaryFormatter } from '@/lib/charts/formatter';
import type { Translate } from '@/lib/observations';
import { ChartBody } from '@/components/charts/ChartBody';
import { ChartEmpty } from '@/components/charts/ChartEmpty';
import { useCharts } from '@/components/charts/ChartsProvider';
import { FitToBox } from './FitToBox';
import { useSlideOptions } from './SlideOptionsContext';
import styles from './Slides.module.css';

/**
 * Width at which each chart is laid out before it is scaled to fit the slide, px: narrow enough
 * that type comes out large, wide enough for the chart's panels to sit side by side.
 */
const SLIDE_LAYOUT_WIDTH: Record<ChartView['id'], number> = {
  'trade-turnover': 1100,
  'investment-flows': 1280,
  'oil-volumes': 1000,
  timeline: 1400,
};

/** The chart of a slide for the slide's own options (reporters, years), rebuilt like the dashboard's. */
export function ChartSlideBody({ initialView, locale }: { initialView: ChartView; locale: string }) {
  const { bounds, data, dictionary } = useCharts();
  const options = useSlideOptions();
  const t = useTranslations() as unknown as Translate;
  const format = useMemo(() => createDictionaryFormatter(dictionary), [dictionary]);
  const view = useMemo(() => {
    if (!options || (options.reporters === undefined && options.from === undefined)) return initialView;
    const from = Math.max(bounds.min, options.from ?? bounds.min);
    const to = Math.min(bounds.max, options.to ?? bounds.max);
    const filter = { range: { from, to: Math.max(from, to) }, reporters: options.reporters ?? (['AZ', 'KZ'] as const) };
    return buildChartView(initialView.id, { data, filter: { ...filter, reporters: [...filter.reporters] }, bounds, locale, t, format });
  }, [options, initialView, bounds, data, locale, t, format]);

  return (
    <>
      {view.description ? <p className={styles.chartSlideText}>{view.description}</p> : null}
      <div className={styles.slideBody} data-testid={`slide-chart-${view.id}`}>
        {view.empty ? (
          <ChartEmpty message={view.empty} />
        ) : (
          <FitToBox layoutWidth={SLIDE_LAYOUT_WIDTH[view.id]}>
            <ChartBody view={view} variant="slide" />
          </FitToBox>
        )}
      </div>
      {view.sourceLine ? <p className={styles.slideSource} data-pptx="source">{view.sourceLine}</p> : null}
    </>
  );
}
