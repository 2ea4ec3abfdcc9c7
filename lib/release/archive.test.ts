import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset';
import { readArchivedReleases, readReleaseOrder, RELEASES_DIR } from './archive';
import { releaseOf } from './release';

const committed = join(process.cwd(), RELEASES_DIR);

/** A copy of the committed archive to spoil. */
function copyArchive(): { dir: string; current: string } {
  const dir = mkdtempSync(join(tmpdir(), 'releases-'));
  cpSync(committed, dir, { recursive: true });
  return { dir, current: join(dir, releaseOf(dataset).id) };
}

describe('archived releases', () => {
  it('hold the current data (after changing data/, run `npm run data:release` and commit data/releases/)', () => {
    const ids = readArchivedReleases().map((a) => a.release.id);
    expect(ids).toContain(releaseOf(dataset).id);
  });
  it('come in the committed order, the current one last', () => {
    const ids = readArchivedReleases().map((a) => a.release.id);
    expect(ids).toEqual(readReleaseOrder());
    expect(ids.at(-1)).toBe(releaseOf(dataset).id);
  });
  it('stop the build when a folder is not in order.json, or order.json lists a missing one', () => {
    const { dir } = copyArchive();
    const order = readReleaseOrder(dir);
    writeFileSync(join(dir, 'order.json'), JSON.stringify(order.slice(1)));
    expect(() => readArchivedReleases(dir)).toThrow(new RegExp(`order\\.json: release ${order[0]!.replace('.', '\\.')} is archived but not listed`));
    writeFileSync(join(dir, 'order.json'), JSON.stringify([...order, '2000-01-01.abcdef']));
    expect(() => readArchivedReleases(dir)).toThrow(/order\.json: lists 2000-01-01\.abcdef, which has no folder/);
    writeFileSync(join(dir, 'order.json'), JSON.stringify([...order, order[0]]));
    expect(() => readArchivedReleases(dir)).toThrow(/is listed twice/);
  });
  it('each match their name and serve their figures in both files', () => {
    for (const a of readArchivedReleases()) {
      expect(releaseOf(a.data).id).toBe(a.release.id);
      expect(a.csv.split('\r\n').filter(Boolean).length - 1).toBe(a.data.observations.length);
    }
  });
  it('stop the build when an archived figure was edited', () => {
    const { dir, current } = copyArchive();
    const file = join(current, 'dataset.json');
    const json = JSON.parse(readFileSync(file, 'utf8'));
    json.observations[0].value += 1;
    writeFileSync(file, JSON.stringify(json));
    expect(() => readArchivedReleases(dir)).toThrow(/dataset\.json: content hash [0-9a-f]{6} does not match the release name/);
  });
  it('stop the build when the CSV is not the JSON’s figures, or a folder is not a release', () => {
    const { dir, current } = copyArchive();
    const file = join(current, 'dataset.csv');
    writeFileSync(file, readFileSync(file, 'utf8').split('\r\n').slice(0, -3).join('\r\n'));
    expect(() => readArchivedReleases(dir)).toThrow(/dataset\.csv: its figures are not those of dataset\.json/);
    const other = copyArchive();
    cpSync(other.current, join(other.dir, 'latest'), { recursive: true });
    expect(() => readArchivedReleases(other.dir)).toThrow(/"latest" is not a release name/);
  });
});
