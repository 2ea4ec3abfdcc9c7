import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset';
import { readArchivedReleases, RELEASES_DIR } from './archive';
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
