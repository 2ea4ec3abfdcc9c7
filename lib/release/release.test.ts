import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset';
import { contentHash, parseReleaseId, releaseFilePath, releaseOf } from './release';

const copy = () => structuredClone(dataset);

describe('data releases', () => {
  it('are named by the data’s date and content hash', () => {
    const r = releaseOf(dataset);
    expect(r.id).toMatch(/^\d{4}-\d{2}-\d{2}\.[0-9a-f]{6}$/);
    expect(r.id).toBe(`${r.date}.${r.hash}`);
    expect(parseReleaseId(r.id)).toEqual(r);
  });
  it('keep their name for the same data, whatever copy of it', () => {
    expect(releaseOf(copy()).id).toBe(releaseOf(dataset).id);
    expect(releaseOf(JSON.parse(JSON.stringify(dataset))).id).toBe(releaseOf(dataset).id);
  });
  it('change name with any figure, source or milestone', () => {
    const base = contentHash(dataset);
    const value = copy();
    value.observations[0]!.value += 0.1;
    expect(contentHash(value)).not.toBe(base);
    const source = copy();
    source.sources[0]!.title += ' ';
    expect(contentHash(source)).not.toBe(base);
    const removed = copy();
    removed.milestones.pop();
    expect(contentHash(removed)).not.toBe(base);
  });
  it('reject what is not a release name', () => {
    for (const bad of ['', '2026-01-28', '2026-01-28.ABCDEF', '2026-1-28.abcdef', '../x.abcdef', '2026-01-28.abcdef/']) expect(parseReleaseId(bad)).toBeNull();
    expect(parseReleaseId('undated.abcdef')).toEqual({ id: 'undated.abcdef', date: null, hash: 'abcdef' });
  });
  it('have fixed addresses', () => {
    expect(releaseFilePath('2026-01-28.abcdef', 'dataset.csv')).toBe('/data/releases/2026-01-28.abcdef/dataset.csv');
  });
});
