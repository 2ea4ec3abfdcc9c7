'use client';

import dynamic from 'next/dynamic';
import { useId } from 'react';
import { roomForTargetsAbove } from '@/lib/charts/middle-corridor/targetsRoom';
import type { MiddleCorridorView } from '@/lib/charts/middle-corridor/view';
import { CARD_PLOT_FONT, CHART_HEIGHTS, CHART_MARGINS } from '@/lib/charts/style';
import { ChartFrame } from '../ChartFrame';
import { PartLegend } from '../chartPart';
import styles from '../charts.module.css';
import { SCOPES } from '@/data/scopes';
import { corridorLegendItems } from './legend';
import { SubHeading } from '../SubHeading';

/** A legend key's place in SCOPES (keys start with their scope); targets last. */
function scopeRank(key: string): number {
  const i = SCOPES.findIndex((s) => key.startsWith(`${s}~`));
  return i === -1 ? SCOPES.length : i;
}

const CorridorPlot = dynamic(() => import('./CorridorPlot').then((m) => m.CorridorPlot), { ssr: false });

/** The Middle Corridor: a panel in tonnes and one in TEU, one line per scope, with a legend naming each scope and side. */
export function MiddleCorridorChart({ view }: { view: MiddleCorridorView }) {
  const baseId = useId();
  const seen = new Set<string>();
  const all = view.chart.panels.flatMap(corridorLegendItems);
  // The scopes' lines first (each once, in scope order), then the plans and the targets.
  const order = (key: string) => (view.chart.panels.some((p) => p.series.some((s) => s.key === key)) ? 0 : 1);
  // The same room above every panel, so that side by side their plots start at one height.
  const margin = { ...CHART_MARGINS.lines, top: Math.max(CHART_MARGINS.lines.top, ...view.chart.panels.map((p) => roomForTargetsAbove(p, CARD_PLOT_FONT))) };
  const legend = all.filter((item) => !seen.has(item.key) && (seen.add(item.key), true)).sort((a, b) => order(a.key) - order(b.key) || scopeRank(a.key) - scopeRank(b.key));
  return (
    <div className={styles.chartBody}>
      <div className={styles.legend}>
        <PartLegend items={legend} />
      </div>
      <div className={styles.panels}>
        {view.chart.panels.map((panel) => (
          <section key={panel.panel} className={styles.panel} aria-labelledby={`${baseId}-${panel.panel}`}>
            <SubHeading id={`${baseId}-${panel.panel}`} className={styles.subHeading}>
              {panel.heading}
            </SubHeading>
            <p className={styles.unit}>{panel.unitLabel}</p>
            <ChartFrame height={CHART_HEIGHTS.oil.desktop} phone={CHART_HEIGHTS.oil.phone} testId={`plot-corridor-${panel.panel}`}>
              <CorridorPlot panel={panel} axis={panel.axis} title={`${view.title}: ${panel.heading}`} desc={view.description} margin={margin} />
            </ChartFrame>
          </section>
        ))}
      </div>
    </div>
  );
}
