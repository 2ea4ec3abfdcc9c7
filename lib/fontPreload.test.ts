import { describe, expect, it } from 'vitest';
import { fontUrlsInStyles, injectFontPreloads } from './fontPreload';

const page = (css: string, head = '') =>
  `<!DOCTYPE html><html><head>${head}<meta charset="utf-8"><style>${css}</style></head><body><p style="x">url(/_next/static/media/not-css.woff2)</p></body></html>`;
const CSS =
  "@font-face{font-family:'Noto Sans';src:url(/_next/static/media/noto-sans-400.abc.woff2) format('woff2')}" +
  "@font-face{font-family:'Noto Sans';src:url('/_next/static/media/noto-sans-700.def.woff2') format('woff2')}" +
  "@font-face{font-family:'Noto Sans';src:url(/_next/static/media/noto-sans-400.abc.woff2)}";

describe('fontUrlsInStyles', () => {
  it('lists each woff2 the styles name once, in order, and nothing outside <style>', () => {
    expect(fontUrlsInStyles(page(CSS))).toEqual(['/_next/static/media/noto-sans-400.abc.woff2', '/_next/static/media/noto-sans-700.def.woff2']);
  });
  it('ignores data: and other-origin URLs', () => {
    expect(fontUrlsInStyles(page('a{src:url(data:font/woff2;base64,AAAA)}b{src:url(https://fonts.example/x.woff2)}'))).toEqual([]);
  });
});

describe('injectFontPreloads', () => {
  it('puts one crossorigin preload per font first in the head', () => {
    const html = injectFontPreloads(page(CSS));
    expect(html).toContain(
      '<head><link rel="preload" as="font" type="font/woff2" href="/_next/static/media/noto-sans-400.abc.woff2" crossorigin=""><link rel="preload" as="font" type="font/woff2" href="/_next/static/media/noto-sans-700.def.woff2" crossorigin=""><meta charset="utf-8">',
    );
  });
  it('is idempotent (a second run replaces, not adds)', () => {
    const once = injectFontPreloads(page(CSS));
    expect(injectFontPreloads(once)).toBe(once);
  });
  it('fails on a page without a head', () => {
    expect(() => injectFontPreloads('<html><body></body></html>')).toThrow(/no <head>/);
  });
});
