'use client';

import { useRef, type TouchEvent } from 'react';
import { actionForSwipe, type DeckAction } from '@/lib/present/deck';

/** Touch handlers that turn a swipe into a deck action (lib/present/deck.ts actionForSwipe). */
export function useSwipe(run: (action: DeckAction) => void) {
  const touch = useRef<{ x: number; y: number } | null>(null);
  return {
    onTouchStart: (e: TouchEvent) => {
      const t = e.touches[0];
      touch.current = t ? { x: t.clientX, y: t.clientY } : null;
    },
    onTouchEnd: (e: TouchEvent) => {
      const t = e.changedTouches[0];
      const start = touch.current;
      touch.current = null;
      if (!t || !start) return;
      const action = actionForSwipe(t.clientX - start.x, t.clientY - start.y);
      if (action) run(action);
    },
  };
}
