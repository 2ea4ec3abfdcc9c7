import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset';
import { CHART_DEFINITIONS, CHART_IDS, CHART_MODULES } from './registry';

describe('the chart registry', () => {
  it('has one module a chart, under its own id, with its own definition and folder', () => {
    expect(CHART_IDS).toEqual(Object.keys(CHART_MODULES));
    expect(CHART_IDS.length).toBeGreaterThan(0);
    for (const [key, chart] of Object.entries(CHART_MODULES)) {
      expect(chart.id).toBe(key);
      expect(chart.definition.id).toBe(key);
      expect(CHART_DEFINITIONS[chart.id]).toBe(chart.definition);
      expect(existsSync(new URL(`./${key}/index.ts`, import.meta.url))).toBe(true);
    }
  });

  it('gives each indicator to one chart, and exports each chart’s indicators with its series', () => {
    const owners = new Map<string, string[]>();
    for (const chart of Object.values(CHART_MODULES)) {
      for (const indicator of chart.indicators) owners.set(indicator, [...(owners.get(indicator) ?? []), chart.id]);
      if (chart.exportRows.kind === 'observations') {
        const { prefixes } = chart.exportRows;
        expect(chart.indicators.filter((i) => !prefixes.some((p) => i.startsWith(p)))).toEqual([]);
      } else {
        expect(chart.readsMilestones).toBe(true);
      }
    }
    expect([...owners].filter(([, charts]) => charts.length > 1)).toEqual([]);
    // Every indicator a chart reads is in data/ (a typo would leave a chart without figures).
    const inData = new Set<string>(dataset.observations.map((o) => o.indicator));
    expect([...owners.keys()].filter((i) => !inData.has(i))).toEqual([]);
  });
});

/**
 * Files outside a chart's own folders and the registries that still name chart ids, and why. A file
 * not named here that names a chart id fails.
 */
const STILL_NAMING_CHARTS: Record<string, string> = {
  // Data, not a list of charts: links to decks of before the split (one slide per chart) still
  // open, so the old slide ids (which were the chart ids) must stay as they were written, even if a
  // chart is renamed or added.
  'lib/present/deck.ts': 'slide ids of earlier decks, which were chart ids (links written then still open)',
};

const ROOT = new URL('../../', import.meta.url).pathname;
const CHART_FOLDERS = new RegExp(`^(lib|components)/charts/(${CHART_IDS.join('|')})/`);

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The chart ids a file names as quoted strings, outside comments. */
function chartIdsIn(path: string): string[] {
  const code = readFileSync(join(ROOT, path), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
  return CHART_IDS.filter((id) => new RegExp(`['"\`]${id}['"\`]`).test(code));
}

describe('the charts are listed in the registry only', () => {
  const files = ['lib', 'components', 'app'].flatMap(sourceFiles).filter((f) => !CHART_FOLDERS.test(f) && !/(^|\/)\w*[rR]egistry\.tsx?$/.test(f));

  it('no other file of lib/, components/ or app/ names a chart id', () => {
    expect(files.length).toBeGreaterThan(50);
    const naming = files.filter((f) => chartIdsIn(f).length > 0 && !(f in STILL_NAMING_CHARTS));
    expect(naming).toEqual([]);
  });

  it('the files still allowed to name chart ids still do (else drop them from the list)', () => {
    expect(Object.keys(STILL_NAMING_CHARTS).filter((f) => !files.includes(f) || chartIdsIn(f).length === 0)).toEqual([]);
  });
});
