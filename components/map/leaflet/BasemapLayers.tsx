'use client';
import { useMemo } from 'react';
import type { Feature, FeatureCollection } from 'geojson';
import { GeoJSON } from 'react-leaflet';
import type { Basemap, CountryProperties } from '@/lib/map/basemap';
import { escapeHtml } from '@/lib/map/escapeHtml';
import { MAP_COLOURS, ROUTE_COUNTRIES } from '@/lib/map/mapTheme';

/** The basemap under the route: countries (the route's own shaded), coasts and dashed borders. */
export function BasemapLayers({ basemap, attribution }: { basemap: Basemap; attribution: string }) {
  const { countries, borders, coast } = useMemo(() => splitBasemap(basemap), [basemap]);
  return (
    <>
      <GeoJSON
        data={countries}
        interactive={false}
        attribution={escapeHtml(attribution)}
        style={(f) => ({
          stroke: false,
          fillOpacity: 1,
          fillColor: ROUTE_COUNTRIES.has((f?.properties as CountryProperties | undefined)?.id ?? '') ? MAP_COLOURS.landRoute : MAP_COLOURS.land,
        })}
      />
      <GeoJSON data={coast} interactive={false} style={{ color: MAP_COLOURS.coast, weight: 0.8, opacity: 1, fill: false }} />
      <GeoJSON data={borders} interactive={false} style={{ color: MAP_COLOURS.border, weight: 1, opacity: 1, dashArray: '4 2', fill: false }} />
    </>
  );
}

function splitBasemap(basemap: Basemap) {
  const of = (kind: string): FeatureCollection => ({ type: 'FeatureCollection', features: basemap.features.filter((f) => f.properties.kind === kind) as Feature[] });
  return { countries: of('country'), borders: of('borders'), coast: of('coast') };
}
