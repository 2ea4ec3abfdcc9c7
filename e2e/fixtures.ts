import { test as base, expect } from '@playwright/test';

/**
 * Every test's page records requests to any origin other than the page's own; the test fails if
 * there is one (the dashboard must work with no network: no CDN, fonts or tiles from elsewhere).
 */
export const test = base.extend<{ externalRequests: string[] }>({
  externalRequests: [
    async ({ page, baseURL }, use) => {
      const own = new URL(baseURL!).origin;
      const external: string[] = [];
      page.on('request', (req) => {
        const url = req.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== own) external.push(url);
      });
      await page.route(/.*/, (route) => {
        const url = route.request().url();
        if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === own) return route.continue();
        return route.abort('blockedbyclient');
      });
      await use(external);
      expect(external, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
