import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildCsp, buildHeaderCsp, injectCspMeta, inlineScriptHashes } from './csp';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('CSP for static pages', () => {
  const page = '<html><head><meta charset="utf-8"><script src="/a.js"></script></head><body><script>self.x=1</script><script id="_R_">y()</script><script></script></body></html>';

  it('hashes inline scripts only, once each', () => {
    expect(inlineScriptHashes(page)).toEqual([sha('self.x=1'), sha('y()')]);
    expect(inlineScriptHashes(page + '<script>self.x=1</script>')).toHaveLength(2);
  });

  it('allows nothing from other origins and no unhashed inline script', () => {
    const csp = buildCsp([sha('a')]);
    expect(csp).toContain(`script-src 'self' ${sha('a')}`);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).not.toMatch(/https?:/);
    expect(csp).toContain("object-src 'none'");
  });

  it('puts the policy first in <head> and replaces an old one', () => {
    const once = injectCspMeta(page);
    expect(once.indexOf('Content-Security-Policy')).toBeLessThan(once.indexOf('<meta charset'));
    expect(injectCspMeta(once)).toBe(once);
    expect(() => injectCspMeta('<p>no head</p>')).toThrow('no <head>');
  });

  it('sends as a header the same policy without hashes, plus who may frame the page', () => {
    const directives = (csp: string) => new Map(csp.split('; ').map((d) => [d.split(' ')[0]!, d] as const));
    const meta = directives(buildCsp([sha('a')]));
    for (const ancestors of ["'self'", '*'] as const) {
      const header = directives(buildHeaderCsp(ancestors));
      expect(header.get('frame-ancestors')).toBe(`frame-ancestors ${ancestors}`);
      // Inline scripts pass the header; the page's <meta> lets only its own hashed ones run.
      expect(header.get('script-src')).toBe("script-src 'self' 'unsafe-inline'");
      expect(meta.get('frame-ancestors')).toBeUndefined();
      for (const [name, directive] of meta) if (name !== 'script-src') expect(header.get(name)).toBe(directive);
      expect(buildHeaderCsp(ancestors)).not.toMatch(/https?:|sha256/);
    }
  });
});
