'use client';

import type { RefObject } from 'react';
import { useLatch, type DrawGate } from './DrawGate';
import { useIdleAfterLoad, useNearViewport } from './useNearViewport';

/**
 * Whether a drawing behind `gate` (see DrawGate) may draw now: at once for `now`, after load when
 * idle for `soon`, when `ref` comes within `margin` of the viewport after load for
 * `near-viewport`, never for `hold`. Once open it stays open (a drawing once made stays).
 */
export function useGateOpen(ref: RefObject<Element | null>, margin: string, gate: DrawGate): boolean {
  const near = useNearViewport(ref, margin, gate === 'near-viewport');
  const idle = useIdleAfterLoad(gate === 'soon');
  return useLatch(gate === 'now' || (gate === 'near-viewport' && near) || (gate === 'soon' && idle));
}
