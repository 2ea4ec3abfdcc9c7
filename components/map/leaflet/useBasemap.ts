'use client';
import { useEffect, useState } from 'react';
import type { Basemap } from '@/lib/map/basemap';

/** Fetches the basemap (null until it is in) and reports `ready` or `error` to the caller. */
export function useBasemap(url: string, onStatus: (status: 'ready' | 'error') => void): Basemap | null {
  const [basemap, setBasemap] = useState<Basemap | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    fetch(url, { signal: abort.signal })
      .then((r) => (r.ok ? (r.json() as Promise<Basemap>) : Promise.reject(new Error(`basemap: HTTP ${r.status}`))))
      .then((data) => {
        setBasemap(data);
        onStatus('ready');
      })
      .catch(() => {
        if (!abort.signal.aborted) onStatus('error');
      });
    return () => abort.abort();
  }, [url, onStatus]);

  return basemap;
}
