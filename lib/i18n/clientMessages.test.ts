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

const clientFiles = sources('components').filter((file) => readFileSync(file, 'utf8').startsWith("'use client'"));
const isDeck = (file: string) => file.startsWith(join('components', 'present'));

/** The namespaces `useTranslations('ns…')` asks for in these files. */
function asked(files: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const file of files) for (const m of readFileSync(file, 'utf8').matchAll(/useTranslations\('([a-zA-Z]+)/g)) found.add(m[1]!);
  return found;
}

const missing = (wanted: Set<string>, sent: readonly string[]) => [...wanted].filter((ns) => !sent.includes(ns)).sort();

describe('messages sent to the browser', () => {
  it('cover every namespace the dashboard and embed components ask for', () => {
    const wanted = asked(clientFiles.filter((f) => !isDeck(f)));
    expect(wanted.size).toBeGreaterThan(0);
    expect(missing(wanted, CLIENT_NAMESPACES.dashboard)).toEqual([]);
    expect(missing(wanted, CLIENT_NAMESPACES.embed)).toEqual([]);
  });

  it('outside the deck, no client component takes the whole catalogue (it is not sent)', () => {
    const whole = clientFiles.filter((f) => !isDeck(f) && /useTranslations\(\)/.test(readFileSync(f, 'utf8')));
    expect(whole).toEqual([]);
  });

  it("cover every namespace the deck's components and the view builders they call read", () => {
    const wanted = asked(clientFiles);
    // Whole-catalogue translators (useTranslations()) feed the chart and slide view builders in lib/.
    for (const file of [...sources('lib/charts'), ...sources('lib/present'), 'lib/observations.ts']) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*['`]([a-zA-Z]+)\./g)) wanted.add(m[1]!);
    }
    expect(wanted.size).toBeGreaterThan(3);
    expect(missing(wanted, CLIENT_NAMESPACES.present)).toEqual([]);
  });

  it('leave out what only the server renders', () => {
    const deck = clientMessages('az', 'present');
    expect(Object.keys(deck).sort()).toEqual([...CLIENT_NAMESPACES.present].sort());
    expect(deck.charts).toBe(MESSAGES.az.charts);
    expect('map' in deck || 'footer' in deck || 'meta' in deck).toBe(false);
    expect(Object.keys(clientMessages('kk', 'dashboard'))).toEqual(['export']);
  });
});
