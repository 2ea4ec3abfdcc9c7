/**
 * The archived releases: data/releases/<release>/dataset.json and dataset.csv, the files as they
 * were served when that release was current, committed so that a citation keeps working after the
 * next update (`npm run data:release` writes the current one). Build scripts and server code only.
 * Reading checks each archive against its name: a file edited after its release stops the build.
 * Their order is `order.json` (ids, oldest first, appended by `npm run data:release`): the date in a
 * release's name is its newest source's, so a release that adds older figures keeps the date of
 * the one before it, and the hash says nothing about which came first.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Dataset } from '../validate';
import { contentHash, parseReleaseId, RELEASE_KEYS, type Release } from './release';

export const RELEASES_DIR = join('data', 'releases');
export const ORDER_FILE = 'order.json';

/** The release ids in `dir/order.json`, oldest first ([] when there is none yet). */
export function readReleaseOrder(dir = join(process.cwd(), RELEASES_DIR)): string[] {
  const path = join(dir, ORDER_FILE);
  if (!existsSync(path)) return [];
  const at = join(RELEASES_DIR, ORDER_FILE);
  let order: unknown;
  try {
    order = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${at}: not JSON (${(e as Error).message})`);
  }
  if (!Array.isArray(order) || !order.every((id) => typeof id === 'string')) throw new Error(`${at}: must be a list of release ids, oldest first`);
  const seen = new Set<string>();
  for (const id of order as string[]) {
    if (seen.has(id)) throw new Error(`${at}: "${id}" is listed twice`);
    seen.add(id);
  }
  return order as string[];
}

export interface ArchivedRelease {
  release: Release;
  data: Dataset;
  json: string;
  csv: string;
}

/** Every archived release under `dir`, oldest first; throws naming the file on any mismatch. */
export function readArchivedReleases(dir = join(process.cwd(), RELEASES_DIR)): ArchivedRelease[] {
  if (!existsSync(dir)) return [];
  const out: ArchivedRelease[] = [];
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    if (!name.isDirectory()) continue;
    const at = join(RELEASES_DIR, name.name);
    const release = parseReleaseId(name.name);
    if (!release) throw new Error(`${at}: "${name.name}" is not a release name (YYYY-MM-DD.hhhhhh)`);
    const jsonPath = join(dir, name.name, 'dataset.json');
    const csvPath = join(dir, name.name, 'dataset.csv');
    for (const [path, file] of [[jsonPath, 'dataset.json'], [csvPath, 'dataset.csv']] as const) {
      if (!existsSync(path)) throw new Error(`${at}/${file}: missing`);
    }
    const json = readFileSync(jsonPath, 'utf8');
    const csv = readFileSync(csvPath, 'utf8');
    let parsed: Record<string, unknown>;
    try {
      parsed = JSON.parse(json) as Record<string, unknown>;
    } catch (e) {
      throw new Error(`${at}/dataset.json: not JSON (${(e as Error).message})`);
    }
    for (const key of RELEASE_KEYS) if (!Array.isArray(parsed[key])) throw new Error(`${at}/dataset.json: field "${key}" missing`);
    const data = parsed as unknown as Dataset;
    const hash = contentHash(data);
    if (hash !== release.hash) throw new Error(`${at}/dataset.json: content hash ${hash} does not match the release name ${release.id} (edited after its release?)`);
    if (parsed.release !== release.id) throw new Error(`${at}/dataset.json: field "release" is ${JSON.stringify(parsed.release)}, not ${release.id}`);
    const rows = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    const csvIds = rows.map((r) => r.id).join(',');
    const jsonIds = data.observations.map((o) => o.id).join(',');
    if (csvIds !== jsonIds) throw new Error(`${at}/dataset.csv: its figures are not those of dataset.json`);
    out.push({ release, data, json, csv });
  }
  const order = readReleaseOrder(dir);
  const at = join(RELEASES_DIR, ORDER_FILE);
  for (const a of out) {
    if (!order.includes(a.release.id)) throw new Error(`${at}: release ${a.release.id} is archived but not listed (\`npm run data:release\` lists it)`);
  }
  for (const id of order) {
    if (!out.some((a) => a.release.id === id)) throw new Error(`${at}: lists ${id}, which has no folder in ${RELEASES_DIR}`);
  }
  return out.sort((a, b) => order.indexOf(a.release.id) - order.indexOf(b.release.id));
}
