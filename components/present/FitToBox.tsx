'use client';

import { useEffect, useRef, type ReactNode } from 'react';
import styles from './Slides.module.css';

/**
 * Lays its content out at a fixed width (`layoutWidth`, px) and scales it, up or down, to fit the
 * box it sits in. On a slide this makes a chart that was laid out for a 960 px column fill the
 * stage with proportionally larger type, instead of stretching the plot and keeping small text.
 */
export function FitToBox({ layoutWidth, maxScale = 2, children }: { layoutWidth: number; maxScale?: number; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const outer = box.current;
    const inner = content.current;
    if (!outer || !inner) return undefined;
    const fit = () => {
      const height = inner.offsetHeight;
      if (!(height > 0) || !(outer.clientWidth > 0)) return;
      const scale = Math.min(maxScale, outer.clientWidth / layoutWidth, outer.clientHeight / height);
      inner.style.transform = `scale(${scale})`;
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(outer);
    observer.observe(inner);
    return () => observer.disconnect();
  }, [layoutWidth, maxScale]);
  return (
    <div ref={box} className={styles.fitBox}>
      <div ref={content} className={styles.fitContent} style={{ width: layoutWidth }}>
        {children}
      </div>
    </div>
  );
}
