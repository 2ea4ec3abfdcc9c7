import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { MultiLineString, MultiPolygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { BASEMAP_BBOX, BASEMAP_SOURCE, buildBasemap, findCountryAt, serialiseBasemap, type Basemap } from './basemap';
import { COUNTRY_LABELS, SEA_LABELS } from './labels';
import { routeNodes } from '../../data/route';

const root = join(__dirname, '..', '..');
const committedText = readFileSync(join(root, 'public', 'geo', 'basemap.json'), 'utf8');
const basemap = JSON.parse(committedText) as Basemap;
const countryIds = basemap.features.flatMap((f) => (f.properties.kind === 'country' ? [f.properties.id] : []));

function allPositions(b: Basemap): Position[] {
  return b.features.flatMap((f) =>
    f.geometry.type === 'MultiPolygon' ? (f.geometry as MultiPolygon).coordinates.flat(2) : (f.geometry as MultiLineString).coordinates.flat(1),
  );
}

describe('the committed basemap (public/geo/basemap.json)', () => {
  it('contains Azerbaijan, Kazakhstan, Georgia and Türkiye, and the other countries the map names', () => {
    for (const id of ['031', '398', '268', '792']) expect(countryIds, id).toContain(id);
    for (const l of COUNTRY_LABELS) expect(countryIds, l.id).toContain(l.id);
  });

  it('is cut to the box, with no point outside it (so no antimeridian ring of Russia)', () => {
    const [w, s, e, n] = BASEMAP_BBOX;
    const outside = allPositions(basemap).filter(([x, y]) => x! < w || x! > e || y! < s || y! > n);
    expect(outside).toEqual([]);
    expect(basemap.bbox).toEqual([...BASEMAP_BBOX]);
  });

  it('stays under 60 KB gzipped', () => {
    expect(gzipSync(committedText, { level: 9 }).length).toBeLessThan(60 * 1024);
  });

  it('has the Caspian and Black Seas as water and the route nodes on land', () => {
    expect(findCountryAt(basemap, [50.5, 42.0])).toBeNull(); // middle Caspian
    expect(findCountryAt(basemap, [51.5, 38.5])).toBeNull(); // south Caspian
    expect(findCountryAt(basemap, [34.0, 43.0])).toBeNull(); // Black Sea
    const where = Object.fromEntries(routeNodes.map((n) => [n.id, findCountryAt(basemap, [n.lon, n.lat])]));
    expect(where).toEqual({ tengiz: '398', aktau: '398', sangachal: '031', baku: '031', tbilisi: '268', ceyhan: '792' });
  });

  it('draws Crimea as part of Ukraine and northern Cyprus as part of Cyprus (UN-recognised borders)', () => {
    expect(findCountryAt(basemap, [34.1, 45.0])).toBe('804');
    expect(findCountryAt(basemap, [33.6, 35.25])).toBe('196');
    // No border line crosses the Perekop isthmus any more (the de facto line ran along 46.1 N).
    const borders = basemap.features.find((f) => f.properties.kind === 'borders')!.geometry as MultiLineString;
    const nearPerekop = borders.coordinates.flat().filter(([x, y]) => Math.abs(x! - 33.7) < 0.3 && Math.abs(y! - 46.1) < 0.2);
    expect(nearPerekop).toEqual([]);
  });

  it('is exactly what scripts/build-basemap.ts makes from world-atlas (run `npm run basemap` after changes)', () => {
    const world = JSON.parse(readFileSync(join(root, 'node_modules', 'world-atlas', BASEMAP_SOURCE), 'utf8'));
    expect(serialiseBasemap(buildBasemap(world)) === committedText).toBe(true);
    // About 1.5 s alone; several times that while a build or browsers share the two cores.
  }, 30_000);
});

describe('map labels', () => {
  it('puts every country name on its own country and every sea name on water', () => {
    const wrong = [
      ...COUNTRY_LABELS.filter((l) => findCountryAt(basemap, [l.lon, l.lat]) !== l.id).map((l) => `country ${l.id} at ${l.lat}, ${l.lon}: ${findCountryAt(basemap, [l.lon, l.lat])}`),
      ...SEA_LABELS.filter((l) => findCountryAt(basemap, [l.lon, l.lat]) !== null).map((l) => `sea ${l.id} on land`),
    ];
    expect(wrong).toEqual([]);
  });
});
