'use client';

import { useId } from 'react';
import { SELECTABLE_REPORTERS, type SelectableReporter } from '@/lib/charts/types';
import { createDefaultViewState, VIEWS, type ChartDisplay } from '@/lib/urlState';
import { useCharts } from './ChartsProvider';
import styles from './charts.module.css';

/** All toolbar words, in the page's language (passed from the server). */
export interface ToolbarLabels {
  label: string;
  reporters: string;
  reportersHint: string;
  years: string;
  from: string;
  to: string;
  view: string;
  chart: string;
  table: string;
  reset: string;
  reporterNames: Record<SelectableReporter, string>;
}

/**
 * The controls of the view: reporting side(s), first and last year, charts or tables. Each change
 * rewrites the address (see ChartsProvider), so a copied link opens the same view. Hidden without
 * scripts, where it could not work.
 */
export function ChartsToolbar({ labels }: { labels: ToolbarLabels }) {
  const { state, bounds, update } = useCharts();
  const id = useId();
  const hintId = `${id}-hint`;
  const years: number[] = [];
  for (let y = bounds.min; y <= bounds.max; y++) years.push(y);

  const toggleReporter = (r: SelectableReporter, checked: boolean) => {
    const next = SELECTABLE_REPORTERS.filter((x) => (x === r ? checked : state.reporters.includes(x)));
    if (next.length > 0) update({ ...state, reporters: next });
  };
  const setView = (view: ChartDisplay) => update({ ...state, view });

  return (
    <form className={styles.toolbar} aria-label={labels.label} data-charts-toolbar="" data-testid="charts-toolbar" onSubmit={(e) => e.preventDefault()}>
      <fieldset className={styles.toolGroup} aria-describedby={hintId}>
        <legend>{labels.reporters}</legend>
        {SELECTABLE_REPORTERS.map((r) => {
          const checked = state.reporters.includes(r);
          return (
            <label key={r} className={styles.check}>
              <input
                type="checkbox"
                name="reporter"
                value={r}
                checked={checked}
                disabled={checked && state.reporters.length === 1}
                onChange={(e) => toggleReporter(r, e.target.checked)}
              />
              {labels.reporterNames[r]}
            </label>
          );
        })}
        <p id={hintId} className={styles.toolHint}>
          {labels.reportersHint}
        </p>
      </fieldset>
      <fieldset className={styles.toolGroup}>
        <legend>{labels.years}</legend>
        <label className={styles.select}>
          {labels.from}
          <select name="from" value={state.from} onChange={(e) => update({ ...state, from: Number(e.target.value) })}>
            {years
              .filter((y) => y <= state.to)
              .map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
          </select>
        </label>
        <label className={styles.select}>
          {labels.to}
          <select name="to" value={state.to} onChange={(e) => update({ ...state, to: Number(e.target.value) })}>
            {years
              .filter((y) => y >= state.from)
              .map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
          </select>
        </label>
      </fieldset>
      <fieldset className={styles.toolGroup}>
        <legend>{labels.view}</legend>
        <div className={styles.segmented}>
          {VIEWS.map((v) => (
            <label key={v} className={styles.segment}>
              <input type="radio" name="view" value={v} checked={state.view === v} onChange={() => setView(v)} />
              <span>{v === 'chart' ? labels.chart : labels.table}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <button type="button" className={styles.reset} onClick={() => update({ ...createDefaultViewState(bounds), view: state.view, trade: state.trade })}>
        {labels.reset}
      </button>
    </form>
  );
}
