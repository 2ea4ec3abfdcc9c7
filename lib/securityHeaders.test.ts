import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from './i18n/locales';
import { COMMON_HEADERS, EMBED_HEADERS, IMMUTABLE, PERMISSIONS_POLICY, REVALIDATE, SAME_ORIGIN_FRAMING, selectExpectedCacheControl, selectExpectedHeaders } from './securityHeaders';

interface ServeConfig {
  directoryListing?: boolean;
  headers: { source: string; headers: { key: string; value: string }[] }[];
}

const root = join(__dirname, '..');
const serve = JSON.parse(readFileSync(join(root, 'serve.json'), 'utf8')) as ServeConfig;
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const asRecord = (headers: { key: string; value: string }[]) => Object.fromEntries(headers.map((h) => [h.key, h.value]));

describe('serve.json sends the headers of lib/securityHeaders.ts', () => {
  it('sends the common headers with every response', () => {
    const all = serve.headers.find((h) => h.source === '**/*');
    expect(all && asRecord(all.headers)).toEqual(COMMON_HEADERS);
  });

  it('keeps every path but the embeds to same-origin framing, and lets embeds be framed', () => {
    // Glob patterns (minimatch, as serve-handler matches them) that together cover every path
    // except /<locale>/embed/…: root files, other top folders, files and folders of each language.
    const locales = `{${LOCALES.join(',')}}`;
    const embed = `/${locales}/embed/**`;
    const framing = serve.headers.filter((h) => 'X-Frame-Options' in asRecord(h.headers));
    expect(framing.map((h) => h.source).sort()).toEqual(['/*', `/!(${LOCALES.join('|')})/**`, `/${locales}/*`, `/${locales}/!(embed)/**`].sort());
    for (const h of framing) expect(asRecord(h.headers), h.source).toEqual(SAME_ORIGIN_FRAMING);
    const embeds = serve.headers.find((h) => h.source === embed);
    expect(embeds && asRecord(embeds.headers)).toEqual(EMBED_HEADERS);
  });

  it('lists no directory', () => {
    expect(serve.directoryListing).toBe(false);
  });
});

describe('selectExpectedHeaders', () => {
  it('frames embeds from anywhere and everything else from the site only', () => {
    expect(selectExpectedHeaders('/en/embed/trade-turnover/')['Content-Security-Policy']).toContain('frame-ancestors *');
    expect(selectExpectedHeaders('/en/embed/trade-turnover/')['X-Frame-Options']).toBeUndefined();
    for (const path of ['/', '/en/', '/kk/present/', '/_next/static/x.js', '/embed/x/', '/xx/embed/y/']) {
      expect(selectExpectedHeaders(path)['X-Frame-Options'], path).toBe('SAMEORIGIN');
      expect(selectExpectedHeaders(path)['Content-Security-Policy'], path).toContain("frame-ancestors 'self'");
    }
  });

  it('denies camera, microphone and location, and keeps full screen and clipboard writes for the site', () => {
    const features = new Map(PERMISSIONS_POLICY.split(', ').map((f) => f.split('=') as [string, string]));
    for (const f of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) expect(features.get(f), f).toBe('()');
    expect(features.get('fullscreen')).toBe('(self)');
    expect(features.get('clipboard-write')).toBe('(self)');
  });
});

describe('README', () => {
  it('sends other web servers to the tested nginx config, and any header value it quotes is the current one', () => {
    expect(readme).toContain('deploy/nginx.conf');
    const current = [SAME_ORIGIN_FRAMING['Content-Security-Policy']!, EMBED_HEADERS['Content-Security-Policy']!];
    for (const quoted of readme.match(/default-src 'self'; [^"`\n]*/g) ?? []) expect(current).toContain(quoted);
    for (const quoted of readme.match(/accelerometer=\(\)[^"`\n]*/g) ?? []) expect(quoted).toBe(PERMISSIONS_POLICY);
  });
});

describe('caching', () => {
  it('serve.json keeps hashed files for a year and has everything else revalidated', () => {
    const rules = serve.headers.filter((h) => 'Cache-Control' in asRecord(h.headers));
    expect(rules.map((h) => [h.source, asRecord(h.headers)['Cache-Control']])).toEqual([
      ['**', REVALIDATE],
      ['_next/static/**', IMMUTABLE],
    ]);
    expect(selectExpectedCacheControl('/_next/static/chunks/a.js')).toBe(IMMUTABLE);
    for (const path of ['/', '/en/', '/sw.js', '/data/dataset.csv']) expect(selectExpectedCacheControl(path), path).toBe(REVALIDATE);
  });
});

describe('deploy/nginx.conf', () => {
  const nginx = readFileSync(join(root, 'deploy', 'nginx.conf'), 'utf8');
  it('sends the same header values', () => {
    for (const [name, value] of Object.entries(COMMON_HEADERS)) {
      if (name === 'Cross-Origin-Resource-Policy') continue; // a variable: same-origin, cross-origin on embeds
      expect(nginx, name).toContain(`add_header ${name} "${value}" always;`);
    }
    for (const value of [SAME_ORIGIN_FRAMING['Content-Security-Policy']!, EMBED_HEADERS['Content-Security-Policy']!, IMMUTABLE, REVALIDATE, SAME_ORIGIN_FRAMING['X-Frame-Options']!, EMBED_HEADERS['Cross-Origin-Resource-Policy']!]) {
      expect(nginx).toContain(`"${value}"`);
    }
  });
});
