'use client';

import { useEffect, useRef, useState } from 'react';
import { REPORTER_OPTIONS, SLIDE_IDS, type DeckState, type ReporterOption, type SlideId, type SlideOptions } from '@/lib/present/deck';
import { slideFilters } from '@/lib/present/slides';
import styles from './Deck.module.css';

export interface ChooserLabels {
  heading: string;
  include: string;
  moveUp: string;
  moveDown: string;
  reporters: string;
  from: string;
  to: string;
  all: string;
  apply: string;
  reset: string;
  close: string;
  copy: string;
  copied: string;
  empty: string;
}


interface Row {
  id: SlideId;
  included: boolean;
  options: SlideOptions;
}

function rowsFor(state: DeckState): Row[] {
  const chosen = state.slides.map((s) => ({ id: s.id, included: true, options: s.options }));
  const rest = SLIDE_IDS.filter((id) => !state.slides.some((s) => s.id === id)).map((id) => ({ id, included: false, options: {} }));
  return [...chosen, ...rest];
}

/** A modal dialog to pick, order and set options for the slides; the result goes into the URL. */
export function SlideChooser(props: {
  labels: ChooserLabels;
  slides: readonly { id: SlideId; label: string }[];
  state: DeckState;
  years: { min: number; max: number };
  onApply: (next: DeckState) => void;
  onClose: () => void;
}) {
  const { labels, slides, state, years, onApply, onClose } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  const [rows, setRows] = useState<Row[]>(() => rowsFor(state));
  const names = new Map(slides.map((s) => [s.id, s.label]));
  const yearList = Array.from({ length: years.max - years.min + 1 }, (_, i) => years.min + i);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);

  const update = (i: number, patch: Partial<Row>) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const move = (i: number, by: number) =>
    setRows((rs) => {
      const j = i + by;
      if (j < 0 || j >= rs.length) return rs;
      const next = [...rs];
      [next[i], next[j]] = [next[j]!, next[i]!];
      return next;
    });
  const chosen = rows.filter((r) => r.included);

  return (
    <dialog ref={dialog} className={styles.chooser} aria-labelledby="chooser-heading" onClose={onClose} data-testid="slide-chooser">
      <h2 id="chooser-heading">{labels.heading}</h2>
      <ol className={styles.chooserList}>
        {rows.map((r, i) => {
          const name = names.get(r.id) ?? r.id;
          return (
            <li key={r.id} data-slide={r.id}>
              <label className={styles.chooserName}>
                <input type="checkbox" checked={r.included} onChange={(e) => update(i, { included: e.target.checked })} />
                {name}
              </label>
              <span className={styles.chooserMove}>
                <button type="button" onClick={() => move(i, -1)} disabled={i === 0} aria-label={labels.moveUp.replace('{slide}', name)}>
                  ↑
                </button>
                <button type="button" onClick={() => move(i, 1)} disabled={i === rows.length - 1} aria-label={labels.moveDown.replace('{slide}', name)}>
                  ↓
                </button>
              </span>
              {r.included && slideFilters(r.id).reporters ? (
                <fieldset className={styles.chooserOptions}>
                  <legend>{labels.reporters}</legend>
                  {REPORTER_OPTIONS.map((rep) => {
                    const current = r.options.reporters ?? [...REPORTER_OPTIONS];
                    return (
                      <label key={rep}>
                        <input
                          type="checkbox"
                          checked={current.includes(rep)}
                          onChange={(e) => {
                            const next: ReporterOption[] = e.target.checked ? [...current, rep] : current.filter((x) => x !== rep);
                            const reporters = REPORTER_OPTIONS.filter((x) => next.includes(x));
                            update(i, { options: { ...r.options, reporters: reporters.length === REPORTER_OPTIONS.length || reporters.length === 0 ? undefined : reporters } });
                          }}
                        />
                        {rep}
                      </label>
                    );
                  })}
                </fieldset>
              ) : null}
              {r.included && slideFilters(r.id).years ? (
                <span className={styles.chooserOptions}>
                  <YearSelect
                    label={labels.from}
                    allLabel={labels.all}
                    years={yearList}
                    value={r.options.from}
                    onChange={(from) => update(i, { options: { ...r.options, from, to: from === undefined ? undefined : Math.max(from, r.options.to ?? years.max) } })}
                  />
                  <YearSelect
                    label={labels.to}
                    allLabel={labels.all}
                    years={yearList}
                    value={r.options.to}
                    onChange={(to) => update(i, { options: { ...r.options, to, from: to === undefined ? undefined : Math.min(to, r.options.from ?? years.min) } })}
                  />
                </span>
              ) : null}
            </li>
          );
        })}
      </ol>
      {chosen.length === 0 ? <p role="alert">{labels.empty}</p> : null}
      <div className={styles.chooserActions}>
        <button
          type="button"
          disabled={chosen.length === 0}
          onClick={() => onApply({ slides: chosen.map((r) => ({ id: r.id, options: r.options })), index: 0 })}
        >
          {labels.apply}
        </button>
        <button type="button" onClick={() => setRows(rowsFor({ slides: SLIDE_IDS.map((id) => ({ id, options: {} })), index: 0 }))}>
          {labels.reset}
        </button>
        <button type="button" onClick={() => dialog.current?.close()}>
          {labels.close}
        </button>
      </div>
    </dialog>
  );
}

/** A labelled year select with an "all years" option (undefined). */
function YearSelect(props: { label: string; allLabel: string; years: readonly number[]; value: number | undefined; onChange: (year: number | undefined) => void }) {
  return (
    <label>
      {props.label}{' '}
      <select value={props.value ?? ''} onChange={(e) => props.onChange(e.target.value ? Number(e.target.value) : undefined)}>
        <option value="">{props.allLabel}</option>
        {props.years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
}
