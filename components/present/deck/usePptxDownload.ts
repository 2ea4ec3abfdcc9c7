'use client';

import { useState, type RefObject } from 'react';
import type { ChartData } from '@/lib/charts/build';
import type { DeckState } from '@/lib/present/deck';
import type { YearBounds } from '@/lib/urlState';
import type { SlideMeta } from './types';

/** The deck as a .pptx (its code loads on the first click): status and the download action. */
export function usePptxDownload(args: { root: RefObject<HTMLElement | null>; state: DeckState; meta: ReadonlyMap<string, SlideMeta>; locale: string; title: string; data: ChartData; bounds: YearBounds }) {
  const [status, setStatus] = useState<'idle' | 'busy' | 'failed'>('idle');
  const download = async () => {
    const { root, state, meta, locale, title, data, bounds } = args;
    setStatus('busy');
    try {
      const { exportDeckPptx } = await import('../exportDeckPptx');
      const slides = state.slides.map((spec) => ({
        spec,
        frame: root.current?.querySelector<HTMLElement>(`[data-testid="slide-${spec.id}"]`) ?? null,
        notes: meta.get(spec.id)?.notes ?? '',
        label: meta.get(spec.id)?.label ?? spec.id,
      }));
      await exportDeckPptx({ slides, locale, title, data, bounds });
      setStatus('idle');
    } catch {
      setStatus('failed');
    }
  };
  return { status, download };
}
