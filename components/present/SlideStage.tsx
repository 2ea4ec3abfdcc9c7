'use client';

import { useRef, type ReactNode } from 'react';
import { STAGE_WIDTH } from '@/lib/present/stage';
import { useStageFit } from './deck/useStageFit';
import styles from './Deck.module.css';

/**
 * A slide drawn on a fixed logical canvas (1600 px wide, 900 to 1200 px high to suit 16:9 or 4:3
 * screens) and scaled to fit its box, so text, charts and print look the same on every screen.
 * `fit={false}`: the box around it sets the scale (the deck fits all its slides at once).
 */
export function SlideStage({ children, label, className, fit = true }: { children: ReactNode; label?: string; className?: string; fit?: boolean }) {
  const box = useRef<HTMLDivElement>(null);
  useStageFit(fit ? box : NO_BOX);
  return (
    <div ref={box} className={`${styles.stageBox} ${className ?? ''}`} aria-label={label} role={label ? 'group' : undefined}>
      <div className={styles.stage} style={{ width: STAGE_WIDTH }} data-stage="">
        {children}
      </div>
    </div>
  );
}

const NO_BOX = { current: null };
