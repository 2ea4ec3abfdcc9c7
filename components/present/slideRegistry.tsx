'use client';

import type { ComponentType } from 'react';
import type { ChartId, ChartView } from '@/lib/charts/registry';
import type { ChartSlidePart } from '@/lib/present/slides';
import { InvestmentFlowsSlidePart } from '@/components/charts/investment-flows/SlidePart';
import { MiddleCorridorSlidePart } from '@/components/charts/middle-corridor/SlidePart';
import { OilVolumesSlidePart } from '@/components/charts/oil-volumes/SlidePart';
import { TimelineSlidePart } from '@/components/charts/timeline/SlidePart';
import { TradeTurnoverSlidePart } from '@/components/charts/trade-turnover/SlidePart';

/** Each chart's part as a slide, under its id (the charts are those of lib/charts/registry.ts). */
export const SLIDE_PARTS: { readonly [K in ChartId]: ComponentType<{ view: Extract<ChartView, { id: K }>; part: Extract<ChartSlidePart, { chart: K }>; testId: string }> } = {
  'trade-turnover': TradeTurnoverSlidePart,
  'investment-flows': InvestmentFlowsSlidePart,
  'oil-volumes': OilVolumesSlidePart,
  'middle-corridor': MiddleCorridorSlidePart,
  timeline: TimelineSlidePart,
};
