import type { Basemap } from '@/lib/map/basemap';

let pending: Promise<Basemap> | null = null;

/** Fetches the basemap once per page (the export and the map slide share it); a failure is retried next time. */
export function loadBasemap(url: string): Promise<Basemap> {
  pending ??= fetch(url).then((res) => {
    if (!res.ok) throw new Error(`basemap: HTTP ${res.status}`);
    return res.json() as Promise<Basemap>;
  });
  pending.catch(() => (pending = null));
  return pending;
}
