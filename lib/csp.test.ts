import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildCsp, injectCspMeta, inlineScriptHashes } from './csp';

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
});
