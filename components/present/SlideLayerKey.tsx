'use client';
import type { MapLayerView } from '@/lib/map/shapeRoute';
import { LayerSwatch } from '@/components/map/LayerSwatch';
import { useMapLayers } from '@/components/map/useMapLayers';

/** The map slide's key entries for the context layers shown (the address's `layers`), as the map draws them. */
export function SlideLayerKey({ layers }: { layers: readonly Pick<MapLayerView, 'id' | 'kind' | 'legendText'>[] }) {
  const { shown } = useMapLayers();
  return (
    <>
      {layers
        .filter((l) => shown.includes(l.id))
        .map((l) => (
          <li key={l.id} data-layer={l.id}>
            <LayerSwatch kind={l.kind} />
            <span>{l.legendText}</span>
          </li>
        ))}
    </>
  );
}
