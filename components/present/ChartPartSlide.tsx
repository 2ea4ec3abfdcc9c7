'use client';

import { useTranslations } from 'next-intl';
import { useMemo, type ComponentType, type CSSProperties, type ReactNode } from 'react';
import { buildChartView, type ChartView } from '@/lib/charts/build';
import { createDictionaryFormatter } from '@/lib/charts/formatter';
import type { Translate } from '@/lib/observations';
import type { ChartSlidePart } from '@/lib/present/slides';
import { SLIDE_PLOT_FONT } from '@/lib/present/slideType';
import { ChartEmpty } from '@/components/charts/ChartEmpty';
import { useChartsWithData } from '@/components/charts/ChartsProvider';
import { useSlideOptions } from './SlideOptionsContext';
import { SlideLayout } from './SlideLayout';
import { SLIDE_PARTS } from './slideRegistry';
import styles from './Slides.module.css';

/** The chart view of a slide for the slide's own options (reporters, years), rebuilt like the dashboard's. */
function useSlideView(initialView: ChartView, locale: string): ChartView {
  const { bounds, data, dictionary } = useChartsWithData();
  const options = useSlideOptions();
  const t = useTranslations() as unknown as Translate;
  const format = useMemo(() => createDictionaryFormatter(dictionary), [dictionary]);
  return useMemo(() => {
    if (!options || (options.reporters === undefined && options.from === undefined)) return initialView;
    const from = Math.max(bounds.min, options.from ?? bounds.min);
    const to = Math.min(bounds.max, options.to ?? bounds.max);
    const reporters = options.reporters ?? (['AZ', 'KZ'] as const);
    return buildChartView(initialView.id, { data, filter: { range: { from, to: Math.max(from, to) }, reporters: [...reporters] }, bounds, locale, t, format });
  }, [options, initialView, bounds, data, locale, t, format]);
}


function plotStyle(): CSSProperties {
  return { '--slide-plot-font': `${SLIDE_PLOT_FONT}px` } as CSSProperties;
}

/**
 * One part of a chart as a slide (lib/present/slides.ts: a panel of the trade, investment or oil
 * chart, or a page of the milestones), drawn at slide size: the plot fills the slide and writes at
 * the slide's type size; room for labels comes from their text (lib/present/slideType.ts).
 */
export function ChartPartSlide({ initialView, part, locale }: { initialView: ChartView; part: ChartSlidePart; locale: string }) {
  const view = useSlideView(initialView, locale);
  const testId = `slide-chart-${view.id}`;
  const body = renderPart(view, part, testId);
  return (
    <div className={styles.slide} data-testid={`chart-slide-${view.id}`} style={plotStyle()}>
      {body}
    </div>
  );
}

function renderPart(view: ChartView, part: ChartSlidePart, testId: string): ReactNode {
  if (view.empty) {
    return (
      <SlideLayout title={view.title} source={view.sourceLine} testId={testId}>
        <ChartEmpty message={view.empty} />
      </SlideLayout>
    );
  }
  if (view.id !== part.chart) return null;
  // The registry pairs each chart's id with its slide part.
  const Part = SLIDE_PARTS[view.id] as ComponentType<{ view: ChartView; part: ChartSlidePart; testId: string }>;
  return <Part view={view} part={part} testId={testId} />;
}
