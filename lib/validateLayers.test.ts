import { describe, expect, it } from 'vitest';
import { DATA_FILES } from '../data/index';
import { mapLayers } from '../data/layers';
import { validateDataset, type DataFile } from './validate';

/** The real data with the layers file's records replaced. */
function withLayers(records: unknown[]): DataFile[] {
  return DATA_FILES.map((f) => (f.kind === 'mapLayers' ? { ...f, records } : f));
}

function errorsOf(files: DataFile[]): string[] {
  const r = validateDataset(files);
  return r.ok ? [] : r.errors;
}

const cable = mapLayers.find((l) => l.id === 'caspian-cable')!;

describe('map layers (data/layers.ts)', () => {
  it('validates as committed, the cable drawn as planned', () => {
    const r = validateDataset(DATA_FILES);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.dataset.mapLayers.map((l) => l.id)).toEqual(['container-line', 'caspian-cable']);
    expect(r.dataset.mapLayers.find((l) => l.id === 'caspian-cable')?.status).toBe('planned');
  });

  it('stops on a planned item without a status, naming file, record and field', () => {
    const noStatus: Record<string, unknown> = { ...cable };
    delete noStatus.status;
    const errors = errorsOf(withLayers([noStatus]));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^data\/layers\.ts: record "caspian-cable" field "status": /);
  });

  it('stops on a layer whose geometry leaves the basemap, naming the point', () => {
    const outside = { ...cable, geometry: [[[49.67, 40.59], [61.5, 43.65]]] };
    const errors = errorsOf(withLayers([outside]));
    expect(errors).toEqual([expect.stringMatching(/^data\/layers\.ts: record "caspian-cable" field "geometry\.0\.1": point 61\.5, 43\.65 \(lon, lat\) lies outside the basemap/)]);
  });

  it('stops on a layer north of the basemap too', () => {
    const outside = { ...cable, geometry: [[[49.67, 51], [51.15, 43.65]]] };
    expect(errorsOf(withLayers([outside]))[0]).toMatch(/field "geometry\.0\.0": .*outside the basemap/);
  });

  it('stops on an unknown schedule source and a malformed completion date', () => {
    const bad = { ...cable, schedule: [{ announced: '2019-11-25', due: 'end-2021', sourceId: 'nowhere' }] };
    const errors = errorsOf(withLayers([bad]));
    expect(errors).toEqual([expect.stringMatching(/record "caspian-cable" field "schedule\.0\.due": /)]);
    const unknown = { ...cable, schedule: [{ announced: '2019-11-25', due: '2021', sourceId: 'nowhere' }] };
    expect(errorsOf(withLayers([unknown]))).toEqual([expect.stringMatching(/record "caspian-cable" field "schedule\.0\.sourceId": unknown source "nowhere"/)]);
  });
});
