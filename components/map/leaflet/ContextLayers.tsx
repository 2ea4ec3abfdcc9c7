'use client';
import { Fragment } from 'react';
import { Polyline } from 'react-leaflet';
import type { MapLayerView } from '@/lib/map/shapeRoute';
import { LAYER_STYLES, MAP_COLOURS } from '@/lib/map/mapTheme';

interface Props {
  layers: readonly MapLayerView[];
  /** Opens a layer's details (a click or tap on its line; the keyboard uses its legend button). */
  onDetails: (id: string) => void;
}

/**
 * The context layers that are shown: a white casing and the layer's line (the cable dashed: it is
 * planned, not built). Each path has the class `map-layer-<id>`, so tests can tell what is drawn.
 */
export function ContextLayers({ layers, onDetails }: Props) {
  return (
    <>
      {layers.map((l) => {
        const s = LAYER_STYLES[l.kind];
        return (
          <Fragment key={l.id}>
            <Polyline
              positions={l.latLngs}
              interactive={false}
              pathOptions={{ color: MAP_COLOURS.routeCasing, weight: s.weight + 3, opacity: 0.9, lineCap: 'round', lineJoin: 'round' }}
              className={`map-layer-casing map-layer-${l.id}`}
            />
            <Polyline
              positions={l.latLngs}
              eventHandlers={{ click: () => onDetails(l.id) }}
              pathOptions={{ color: s.colour, weight: s.weight, dashArray: s.dashArray, lineCap: s.lineCap ?? 'round', lineJoin: 'round' }}
              className={`map-layer-line map-layer-${l.id}`}
            />
          </Fragment>
        );
      })}
    </>
  );
}
