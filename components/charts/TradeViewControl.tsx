'use client';

import { useId } from 'react';
import { TRADE_VIEWS, type TradeDisplay } from '@/lib/urlState';
import styles from './charts.module.css';

/**
 * The trade chart's own view control: each side's bars, or the difference between the two sides'
 * figures. Radio buttons (arrow keys move between them); the choice goes into the address
 * (`trade=gap`) with the other view settings.
 */
export function TradeViewControl({ value, labels, onChange }: { value: TradeDisplay; labels: { label: string; sides: string; gap: string }; onChange: (next: TradeDisplay) => void }) {
  const name = `trade-view-${useId()}`;
  return (
    <fieldset className={`${styles.toolGroup} ${styles.cardControl}`} data-testid="trade-view-control">
      <legend>{labels.label}</legend>
      <div className={styles.segmented}>
        {TRADE_VIEWS.map((v) => (
          <label key={v} className={styles.segment}>
            <input type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)} />
            <span>{v === 'gap' ? labels.gap : labels.sides}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
