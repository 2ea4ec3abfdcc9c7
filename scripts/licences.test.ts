/**
 * The README's table of runtime dependencies must list every package of package.json
 * `dependencies`, nothing else, each with the licence its own package.json declares
 * (react-leaflet: Hippocratic-2.1, not OSI-approved, must stay visible).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

/** Rows of the first markdown table after the line starting with `heading`, as arrays of cells. */
function readTableAfter(markdown: string, heading: string): string[][] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => l.startsWith(heading));
  if (start < 0) throw new Error(`README: no line starting "${heading}"`);
  const rows: string[][] = [];
  let i = start + 1;
  while (i < lines.length && !lines[i]!.trim().startsWith('|')) i++;
  for (; i < lines.length && lines[i]!.trim().startsWith('|'); i++) {
    rows.push(
      lines[i]!
        .trim()
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((c) => c.trim()),
    );
  }
  // Header and separator rows.
  return rows.slice(2);
}

/** The licence a package declares: `license` (SPDX), or the old `licenses` array. */
function readDeclaredLicence(pkg: string): string {
  const json = readJson(join(root, 'node_modules', pkg, 'package.json'));
  if (typeof json.license === 'string') return json.license;
  if (Array.isArray(json.licenses)) return (json.licenses as { type: string }[]).map((l) => l.type).join(' OR ');
  return '(none)';
}

describe('README licence table', () => {
  const dependencies = Object.keys(readJson(join(root, 'package.json')).dependencies as Record<string, string>);
  const rows = readTableAfter(readFileSync(join(root, 'README.md'), 'utf8'), 'Runtime dependencies');
  // "next, react, react-dom" is one row for three packages; the licence is the cell's first word,
  // or its first parenthesised SPDX expression ("(MIT OR GPL-3.0-or-later)").
  const licenceOf = (cell: string) => (cell.startsWith('(') ? cell.slice(0, cell.indexOf(')') + 1) : cell.split(/\s/)[0]!);
  const listed = new Map(rows.flatMap(([names = '', , licence = '']) => names.split(',').map((n) => [n.replace(/`/g, '').trim(), licenceOf(licence)] as const)));

  it('reads the table', () => {
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row, row.join(' | ')).toHaveLength(3);
  });

  it('lists every runtime dependency and nothing else', () => {
    expect([...listed.keys()].sort()).toEqual([...dependencies].sort());
  });

  it('gives each the licence its package declares', () => {
    const wrong = dependencies.filter((d) => listed.get(d) !== readDeclaredLicence(d)).map((d) => `${d}: README ${listed.get(d)}, package ${readDeclaredLicence(d)}`);
    expect(wrong).toEqual([]);
  });

  it('marks react-leaflet as not OSI-approved', () => {
    const row = rows.find(([names = '']) => names.split(',').map((n) => n.trim()).includes('react-leaflet'));
    expect(row?.[2]).toMatch(/^Hippocratic-2\.1 \(not OSI-approved\)/);
  });
});
