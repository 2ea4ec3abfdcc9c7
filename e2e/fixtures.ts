import { test as base, expect } from '@playwright/test';

/**
 * Checks that run in every test, whatever it does:
 * - requests to any origin other than the page's own are blocked and fail the test (the
 *   dashboard must work with no network: no CDN, fonts or tiles from elsewhere);
 * - Content-Security-Policy violations fail the test (the policy is in each page, see lib/csp.ts).
 */
export const test = base.extend<{ externalRequests: string[]; cspViolations: string[] }>({
  externalRequests: [
    async ({ page, baseURL }, use) => {
      const own = new URL(baseURL!).origin;
      const external: string[] = [];
      const isOwn = (url: string) => url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === own;
      page.on('request', (req) => {
        if (!isOwn(req.url())) external.push(req.url());
      });
      await page.route(/.*/, (route) => (isOwn(route.request().url()) ? route.continue() : route.abort('blockedbyclient')));
      await use(external);
      expect(external, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      page.on('console', (msg) => {
        if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
      });
      await use(violations);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
