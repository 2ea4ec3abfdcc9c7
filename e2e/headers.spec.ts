import { test, expect } from './fixtures';
import { translatorFor } from './helpers';
import { makeFontPath } from '../lib/export/svgDocument';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { selectExpectedCacheControl, selectExpectedHeaders } from '../lib/securityHeaders';

/**
 * The security headers as served, checked against lib/securityHeaders.ts for pages, embeds,
 * static files and the 404 page, with caching and the precompressed files; and what they are for:
 * an embed works inside another site's page, the dashboard refuses to. Runs against `npm start`
 * (serve.json via scripts/serve.mjs, project `chromium`) and nginx with deploy/nginx.conf
 * (project `nginx`, see playwright.config.ts).
 */

test('pages, embeds, static files and the 404 page carry the security headers', async ({ request }) => {
  const html = await (await request.get('/en/')).text();
  const script = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  // CSS is inlined into the page (next.config.js inlineCss); the <style> names the files it came from.
  const style = /<style[^>]* data-href="(\/_next\/static\/[^" ]+\.css)/.exec(html)?.[1];
  expect(script).toBeTruthy();
  expect(style).toBeTruthy();
  const paths = ['/', '/en/', '/kk/present/', '/ru/sources/', '/en/embed/trade-turnover/', '/az/embed/route-map/', script!, style!, makeFontPath('cyrillic', 700), '/data/dataset.json', '/geo/basemap.json', '/sw.js'];
  for (const path of [...paths, '/en/embed/nope/', '/xx/']) {
    const res = await request.get(path);
    const found = res.status() === 404;
    expect(res.status(), path).toBe(paths.includes(path) ? 200 : 404);
    // An unknown address gets the 404 page, with the 404 page's headers.
    const expected = selectExpectedHeaders(found ? '/404.html' : path);
    const headers = res.headers();
    for (const [name, value] of Object.entries(expected)) expect(headers[name.toLowerCase()], `${name} of ${path}`).toBe(value);
    if (!('X-Frame-Options' in expected)) expect(headers['x-frame-options'], path).toBeUndefined();
    // Hashed files for a year; pages, sw.js and data revalidated, so a deploy is seen at once.
    expect(headers['cache-control'], `Cache-Control of ${path}`).toBe(selectExpectedCacheControl(found ? '/404.html' : path));
  }
});

test('text files are sent as compressed at build time, in the encoding the browser takes', async ({ request }) => {
  const html = await (await request.get('/en/')).text();
  const script = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(html)![1]!;
  for (const [path, file] of [['/en/', 'en/index.html'], [script, script.slice(1)], ['/data/dataset.csv', 'data/dataset.csv'], ['/sw.js', 'sw.js']]) {
    const bytes = readFileSync(join(process.cwd(), 'out', file!));
    for (const [accept, encoding] of [['br, gzip', 'br'], ['gzip', 'gzip'], ['identity', undefined]] as const) {
      const res = await request.get(path!, { headers: { 'Accept-Encoding': accept } });
      expect(res.status(), path).toBe(200);
      expect(res.headers()['content-encoding'], `${path} for ${accept}`).toBe(encoding);
      expect(res.headers()['vary'] ?? '', path).toMatch(/Accept-Encoding/i);
      // The body, decoded, is the file of the build.
      expect(Buffer.compare(await res.body(), bytes), `${path} for ${accept}`).toBe(0);
    }
  }
  expect((await request.get('/data/dataset.csv')).headers()['content-type']).toMatch(/^text\/csv/);
});

test('an embed works framed by another site; the dashboard refuses to be framed', async ({ page, context, baseURL, externalRequests, cspViolations }) => {
  const other = 'https://other-site.test';
  // Chromium asks before a public site reaches localhost (Local Network Access): say yes, as a
  // visitor of a site embedding a dashboard on their own network would.
  await context.grantPermissions(['local-network-access'], { origin: other });
  // A page of another site (answered here: the test never leaves the machine) framing both.
  await page.route(`${other}/**`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Another site</title><iframe id="embed" src="${baseURL}/en/embed/trade-turnover/" width="900" height="700"></iframe><iframe id="dashboard" src="${baseURL}/en/" width="900" height="300"></iframe>`,
    }),
  );
  await page.goto(`${other}/article.html`);
  const embed = page.frameLocator('#embed');
  const t = translatorFor('en');
  await expect(embed.getByTestId('embed-back-link')).toHaveText(t('export.embedBackLink'));
  // Its scripts ran (the plot is drawn after hydration) and its files loaded despite CORP same-origin.
  await expect(embed.locator('svg.recharts-surface').first()).toBeVisible();
  expect(await embed.locator('body').evaluate(() => document.fonts.check('16px "Noto Sans"', 'Azərbaycan'))).toBe(true);
  // The dashboard: refused by frame-ancestors 'self' (reported as a CSP violation), so nothing of it shows.
  await expect.poll(() => cspViolations.filter((v) => v.includes("frame-ancestors 'self'")).length).toBe(1);
  await expect(page.frameLocator('#dashboard').getByRole('heading', { level: 1 })).toHaveCount(0);
  expect(cspViolations.every((v) => v.includes("frame-ancestors 'self'"))).toBe(true);
  cspViolations.length = 0; // the refusal this test provoked on purpose
  // Only the other site's own page came from elsewhere.
  expect(externalRequests.filter((url) => !url.startsWith(other))).toEqual([]);
  externalRequests.length = 0;
});
