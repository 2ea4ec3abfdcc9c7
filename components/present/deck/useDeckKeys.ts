'use client';

import { useEffect } from 'react';
import { actionForKey, type DeckAction } from '@/lib/present/deck';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName) || target.closest('dialog[open]') !== null;
}

/**
 * Clicker and keyboard keys (lib/present/deck.ts actionForKey): any key but Shift first lifts a
 * black screen; Space and Enter on a focused control, arrows on a focused map and keys typed into
 * a field or a dialog are left to them.
 */
export function useDeckKeys(args: { black: boolean; presenter: boolean; onUnblack: () => void; run: (action: DeckAction) => void }) {
  const { black, presenter, onUnblack, run } = args;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || e.defaultPrevented) return;
      if (black && e.key !== 'Shift') {
        e.preventDefault();
        onUnblack();
        return;
      }
      const action = actionForKey(e);
      if (!action) return;
      // Space and Enter on a focused button belong to the button.
      if ((e.key === ' ' || e.key === 'Enter') && e.target instanceof HTMLElement && e.target.closest('button, a, summary')) return;
      if (presenter && action === 'presenter') return;
      // Arrow keys on a focused map pan it; clicker keys (Page Up/Down) still change slides.
      if (e.key.startsWith('Arrow') && e.target instanceof HTMLElement && e.target.closest('.leaflet-container')) return;
      e.preventDefault();
      run(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [black, presenter, onUnblack, run]);
}
