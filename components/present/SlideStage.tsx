'use client';

import { useEffect, useRef, type ReactNode } from 'react';
import { STAGE_WIDTH, stageSize } from '@/lib/present/stage';
import styles from './Deck.module.css';

/**
 * A slide drawn on a fixed logical canvas (1600 px wide, 900 to 1200 px high to suit 16:9 or 4:3
 * screens) and scaled to fit its box, so text, charts and print look the same on every screen.
 */
export function SlideStage({ children, label, className }: { children: ReactNode; label?: string; className?: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return undefined;
    const fit = () => {
      const { height, scale } = stageSize(el.clientWidth, el.clientHeight);
      el.style.setProperty('--stage-height', `${height}px`);
      el.style.setProperty('--stage-scale', String(scale));
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={box} className={`${styles.stageBox} ${className ?? ''}`} aria-label={label} role={label ? 'group' : undefined}>
      <div className={styles.stage} style={{ width: STAGE_WIDTH }} data-stage="">
        {children}
      </div>
    </div>
  );
}
