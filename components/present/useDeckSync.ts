'use client';

import { useEffect, useRef } from 'react';
import { parseDeckState, serializeDeckState, type DeckState } from '@/lib/present/deck';

/** BroadcastChannel name shared by the audience and presenter windows (same origin, no server). */
export const DECK_CHANNEL = 'azkz-deck';

interface DeckMessage {
  type: 'deck';
  /** `serializeDeckState` of the sender's state. */
  query: string;
  black: boolean;
}

/**
 * Keeps every open window of the deck on the same slide: each posts its state when it changes and
 * follows the others'. A state that equals the current one is not echoed back, so there is no loop.
 */
export function useDeckSync(args: { state: DeckState; black: boolean; onRemote: (state: DeckState, black: boolean) => void }) {
  const { state, black, onRemote } = args;
  const channel = useRef<BroadcastChannel | null>(null);
  const lastSent = useRef<string>('');
  const onRemoteRef = useRef(onRemote);
  useEffect(() => {
    onRemoteRef.current = onRemote;
  }, [onRemote]);

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return undefined;
    const ch = new BroadcastChannel(DECK_CHANNEL);
    channel.current = ch;
    ch.onmessage = (e: MessageEvent<DeckMessage>) => {
      if (e.data?.type !== 'deck' || typeof e.data.query !== 'string') return;
      lastSent.current = `${e.data.query}|${e.data.black}`;
      onRemoteRef.current(parseDeckState(new URLSearchParams(e.data.query)), e.data.black === true);
    };
    return () => {
      ch.close();
      channel.current = null;
    };
  }, []);

  useEffect(() => {
    const query = serializeDeckState(state);
    const key = `${query}|${black}`;
    if (key === lastSent.current) return;
    lastSent.current = key;
    channel.current?.postMessage({ type: 'deck', query, black } satisfies DeckMessage);
  }, [state, black]);

}
