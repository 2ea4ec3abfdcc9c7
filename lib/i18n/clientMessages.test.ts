import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENT_NAMESPACES, MESSAGES, clientMessages } from './messages';

/** Every .ts/.tsx file under `dir`, tests excluded. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('messages sent to the browser', () => {
  it('cover every namespace a client component asks for', () => {
    const asked = new Set<string>();
    for (const file of sources('components')) {
      const text = readFileSync(file, 'utf8');
      if (!text.startsWith("'use client'")) continue;
      for (const m of text.matchAll(/useTranslations\('([a-zA-Z]+)/g)) asked.add(m[1]!);
    }
    // Whole-catalogue translators (useTranslations()) feed the chart and slide view builders in lib/:
    // every top-level key those read must be sent too.
    for (const file of [...sources('lib/charts'), ...sources('lib/present'), 'lib/observations.ts']) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*['`]([a-zA-Z]+)\./g)) asked.add(m[1]!);
    }
    expect(asked.size).toBeGreaterThan(3);
    expect([...asked].filter((ns) => !(CLIENT_NAMESPACES as readonly string[]).includes(ns)).sort()).toEqual([]);
  });

  it('leave out what only the server renders', () => {
    const sent = clientMessages('az');
    expect(Object.keys(sent).sort()).toEqual([...CLIENT_NAMESPACES].sort());
    expect(sent.charts).toBe(MESSAGES.az.charts);
    expect('map' in sent || 'footer' in sent || 'meta' in sent).toBe(false);
  });
});
