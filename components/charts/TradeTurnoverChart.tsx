'use client';

import dynamic from 'next/dynamic';
import { useId } from 'react';
import type { CardView } from '@/lib/charts/module';
import type { TradeTurnoverView } from '@/lib/charts/trade-turnover/view';
import { CHART_HEIGHTS, PART_TONES, REPORTER_TONES, measurePartPanelHeight } from '@/lib/charts/style';
import { ChartFrame } from './ChartFrame';
import { useOptionalViewState } from './ChartsProvider';
import { Swatch } from './Swatch';
import { TradeViewControl } from './TradeViewControl';
import styles from './charts.module.css';
import { SubHeading } from './SubHeading';

const TradeTurnoverPlot = dynamic(() => import('./TradeTurnoverPlot').then((m) => m.TradeTurnoverPlot), { ssr: false });
const TradeGapPlot = dynamic(() => import('./TradeGapPlot').then((m) => m.TradeGapPlot), { ssr: false });

/**
 * The trade chart: legend (who reported; parts of a bar), the calendar-year bars and, apart and
 * labelled as such, the part-year bars; or, chosen on the card (`trade=gap` in the address), the
 * difference between the two sides' figures. Frames and legend are in the static HTML; only the
 * recharts plots load in the browser. Slides and fixed-size exports draw one panel each
 * (components/charts/trade-turnover/SlidePart.tsx, ExportPart.tsx: the gap too, as `trade-gap`).
 */
export function TradeTurnoverChart({ view, variant = 'card', forExport = false, shownAs = null }: { view: TradeTurnoverView; variant?: 'card' | 'slide'; forExport?: boolean; shownAs?: CardView | null }) {
  const { years, partYears, legend, gap } = view.chart;
  const partHeadingId = useId();
  const gapHeadingId = useId();
  const viewState = useOptionalViewState();
  const onCard = variant === 'card' && !forExport && viewState !== null;
  const control = onCard ? <TradeViewControl value={viewState.state.trade} labels={gap.control} onChange={(trade) => viewState.update({ ...viewState.state, trade })} /> : null;
  // The card's own choice; an export of the whole chart draws the view it was asked for.
  const showGap = onCard ? viewState.state.trade === 'gap' : forExport && shownAs?.trade === 'gap';
  if (showGap) {
    return (
      <div className={styles.chartBody} data-trade-view="gap">
        {control}
        <section className={styles.subPanel} aria-labelledby={gapHeadingId} data-testid="trade-gap">
          <SubHeading id={gapHeadingId} className={styles.subHeading}>
            {gap.heading}
          </SubHeading>
          <p className={styles.subNote}>{gap.note}</p>
          {gap.rows.length > 0 ? (
            <>
              <div className={styles.legend}>
                <ul>
                  {gap.legend.map((l) => {
                    const tones = REPORTER_TONES[l.side === 'kzHigher' ? 'KZ' : 'AZ'];
                    return (
                      <li key={l.side} data-side={l.side}>
                        <Swatch fill={tones.main} stroke={tones.stroke} hatch={tones.hatch?.color ?? null} />
                        {l.label}
                      </li>
                    );
                  })}
                </ul>
              </div>
              <p className={styles.unit}>{view.unitLabel}</p>
              <ChartFrame height={measurePartPanelHeight(gap.rows.length)} testId="plot-trade-gap">
                <TradeGapPlot panel={gap} title={`${view.title}: ${gap.heading}`} desc={gap.note} />
              </ChartFrame>
            </>
          ) : (
            <p className={styles.subNote} data-testid="trade-gap-empty">
              {gap.empty}
            </p>
          )}
        </section>
      </div>
    );
  }
  const sides = [...years.series, ...partYears.series.filter((s) => !years.series.some((y) => y.reporter === s.reporter))];
  const partTone = { kzToAz: PART_TONES.dark, azToKz: PART_TONES.light, total: PART_TONES.main } as const;
  return (
    <div className={styles.chartBody} data-trade-view="sides">
      {control}
      <div className={styles.legend}>
        <div className={styles.legendGroup}>
          <p className={styles.legendTitle}>{legend.sidesTitle}</p>
          <ul>
            {sides.map((s) => (
              <li key={s.reporter} data-reporter={s.reporter}>
                <Swatch fill={REPORTER_TONES[s.reporter].main} stroke={REPORTER_TONES[s.reporter].stroke} hatch={REPORTER_TONES[s.reporter].hatch?.color ?? null} />
                {s.label}
              </li>
            ))}
          </ul>
        </div>
        <div className={styles.legendGroup}>
          <p className={styles.legendTitle}>{legend.partsTitle}</p>
          <ul>
            {legend.parts.map((p) => (
              <li key={p.part}>
                <Swatch fill={partTone[p.part]} stroke={PART_TONES.stroke} />
                {p.label}
              </li>
            ))}
          </ul>
        </div>
      </div>
      <div className={variant === 'slide' ? styles.slidePanels : styles.stackedPanels}>
      {years.rows.length > 0 ? (
        <div className={styles.panel}>
          <p className={styles.unit}>{view.unitLabel}</p>
          <ChartFrame height={CHART_HEIGHTS.trade.desktop} phone={CHART_HEIGHTS.trade.phone} testId="plot-trade-years" denseLabels>
            <TradeTurnoverPlot panel={years} layout="columns" title={view.title} desc={view.description} />
          </ChartFrame>
        </div>
      ) : null}
      {partYears.rows.length > 0 ? (
        <section className={styles.subPanel} aria-labelledby={partHeadingId}>
          <SubHeading id={partHeadingId} className={styles.subHeading}>
            {partYears.heading}
          </SubHeading>
          <p className={styles.subNote}>{partYears.note}</p>
          <p className={styles.unit}>{view.unitLabel}</p>
          <ChartFrame height={measurePartPanelHeight(partYears.rows.length)} testId="plot-trade-part-years">
            <TradeTurnoverPlot panel={partYears} layout="rows" title={`${view.title}: ${partYears.heading}`} desc={partYears.note} />
          </ChartFrame>
          {partYears.nonOil && variant === 'card' ? (
            <p className={styles.subNote} data-testid="trade-non-oil-note">
              {partYears.nonOil}
            </p>
          ) : null}
        </section>
      ) : null}
      </div>
    </div>
  );
}
