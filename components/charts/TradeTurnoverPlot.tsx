'use client';

import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { TRADE_PARTS, makeTradeDataKey, makeTradeLabelKey, type TradePanel, type TradePart } from '@/lib/charts/trade-turnover/view';
import { AXIS, BAR, CHART_MARGINS, REPORTER_TONES, VALUE_LABEL_HALO } from '@/lib/charts/style';
import { makeValueAxisProps } from './axis';
import { ChartTooltip } from './ChartTooltip';
import { pickPaint, toIdPrefix, type Tone } from './paint';
import { ReporterPatterns } from './ReporterPatterns';

const PART_TONE: Record<TradePart, Tone> = { kzToAz: 'dark', azToKz: 'light', total: 'main' };

interface Props {
  panel: TradePanel;
  /** `columns`: years along the bottom; `rows`: part-year periods down the side (long labels). */
  layout: 'columns' | 'rows';
  title: string;
  desc: string;
  /** Room around the plot, px (slides give more for their larger type); the card's by default. */
  margin?: { top: number; right: number; bottom: number; left: number };
  /** One stack for all reporters (rows that each hold one reporter's bar: lib/present/slideRows.ts). */
  oneStack?: boolean;
  /** Width of the left axis, px; measured from its labels by default (recharts measures them on screen, so a scaled slide needs it given). */
  yAxisWidth?: number;
}

/** The trade bars: one stack per reporting side and period (recharts; loaded in the browser only). */
export function TradeTurnoverPlot({ panel, layout, title, desc, margin, oneStack = false, yAxisWidth }: Props) {
  const prefix = toIdPrefix(useId(), 'trade');
  const rows = layout === 'rows';
  const tick = { fill: AXIS.text };
  const valueAxis = makeValueAxisProps(panel.axis);
  return (
    <BarChart
      responsive
      style={{ width: '100%', height: '100%' }}
      data={panel.rows}
      layout={rows ? 'vertical' : 'horizontal'}
      margin={margin ?? (rows ? CHART_MARGINS.horizontalBars : CHART_MARGINS.bars)}
      barGap={BAR.gap}
      barCategoryGap={BAR.categoryGap}
      maxBarSize={BAR.maxWidth}
      title={title}
      desc={desc}
    >
      <ReporterPatterns prefix={prefix} reporters={panel.series.map((s) => s.reporter)} />
      <CartesianGrid stroke={AXIS.grid} vertical={rows} horizontal={!rows} />
      {rows ? (
        <>
          <XAxis {...valueAxis} tick={tick} stroke={AXIS.line} />
          {/* As wide as the longest period label: a fixed width wrapped long ranges ("янв. 2018 г. – сент. 2018 г.") into each other. */}
          <YAxis type="category" dataKey="label" width={yAxisWidth ?? 'auto'} tick={tick} stroke={AXIS.line} interval={0} />
        </>
      ) : (
        <>
          <XAxis dataKey="label" tick={tick} stroke={AXIS.line} interval={0} />
          <YAxis {...valueAxis} tick={tick} stroke={AXIS.line} width={yAxisWidth ?? 'auto'} />
        </>
      )}
      <Tooltip
        content={(p) => <ChartTooltip active={p.active} payload={p.payload} tooltips={panel.tooltips} />}
        cursor={{ fill: AXIS.grid, fillOpacity: 0.6 }}
        isAnimationActive={false}
      />
      {panel.series.flatMap(({ reporter, label }) =>
        TRADE_PARTS.map((part) => (
          <Bar
            key={`${reporter}-${part}`}
            dataKey={makeTradeDataKey(reporter, part)}
            name={label}
            stackId={oneStack ? 'all' : reporter}
            fill={pickPaint(prefix, reporter, PART_TONE[part])}
            stroke={REPORTER_TONES[reporter].stroke}
            strokeWidth={1}
            isAnimationActive={false}
          >
            <LabelList dataKey={makeTradeLabelKey(reporter, part)} position={rows ? 'right' : 'top'} fill={AXIS.label} {...VALUE_LABEL_HALO} className="chart-value-label" />
          </Bar>
        )),
      )}
    </BarChart>
  );
}
