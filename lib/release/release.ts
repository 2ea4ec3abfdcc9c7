/**
 * Data releases: a name for each state of data/ that a citation can point at. A release is named
 * by the data's "as of" date (the newest source's publication date) and a hash of its content:
 * `2026-01-28.a1b2c3`. The same data always gives the same name, and any change to a figure, a
 * source, a milestone or the route gives another. Computed at build from data/ (server and build
 * scripts only: it uses node:crypto).
 */
import { createHash } from 'node:crypto';
import { dataAsOf } from '../observations';
import type { Dataset } from '../validate';

/** The parts of the dataset a release covers, in the order they are hashed. */
export const RELEASE_KEYS = ['sources', 'observations', 'milestones', 'routeNodes', 'routeSegments'] as const satisfies readonly (keyof Dataset)[];

/** Hex digits of the content hash kept in a release's name. */
export const HASH_LENGTH = 6;

const NAME = /^(\d{4}-\d{2}-\d{2}|undated)\.([0-9a-f]{6})$/;

/** SHA-256 of the dataset's content (the RELEASE_KEYS, as JSON), first HASH_LENGTH hex digits. */
export function contentHash(data: Pick<Dataset, (typeof RELEASE_KEYS)[number]>): string {
  const canonical = JSON.stringify(RELEASE_KEYS.map((key) => data[key]));
  return createHash('sha256').update(canonical).digest('hex').slice(0, HASH_LENGTH);
}

export interface Release {
  /** `2026-01-28.a1b2c3`. */
  id: string;
  /** The data's "as of" date (ISO), or null if no source is dated. */
  date: string | null;
  hash: string;
}

/** The release the dataset is. */
export function releaseOf(data: Dataset): Release {
  const date = dataAsOf(data.sources) ?? null;
  const hash = contentHash(data);
  return { id: `${date ?? 'undated'}.${hash}`, date, hash };
}

/** Reads a release name; null when it is not one. */
export function parseReleaseId(id: string): Release | null {
  const m = NAME.exec(id);
  if (!m) return null;
  return { id, date: m[1] === 'undated' ? null : m[1]!, hash: m[2]! };
}

/** Site path of a release's file: `/data/releases/2026-01-28.a1b2c3/dataset.csv`. */
export function releaseFilePath(id: string, file: 'dataset.json' | 'dataset.csv'): string {
  return `/data/releases/${id}/${file}`;
}
