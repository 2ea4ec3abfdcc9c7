import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, chromiumEnv } from './scripts/bench/chromium';

/**
 * End-to-end tests against the production build (out/, served by scripts/serve.mjs) in Debian's
 * Chromium. Never `npx playwright install`: the browser comes from apt (see .ci/run).
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
/**
 * deploy/nginx.conf, run by Debian's nginx (deploy/run-nginx.mjs) on PORT + 2: the header,
 * caching, embed, 404 and bad-input checks run against it too (project `nginx`). Needed unless
 * E2E_NGINX=0 (then only `npm start`'s server is tested); .ci/run installs nginx.
 */
export const NGINX_PORT = process.env.E2E_NGINX === '0' ? null : PORT + 2;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'off',
    // The service worker (offline support) is tested on its own in e2e/present.spec.ts; elsewhere it
    // would hide requests from page.route and the external-request check.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_FLAGS,
      // Only the fonts the project chooses (scripts/bench/fonts.conf), never an installed Noto Sans.
      env: chromiumEnv(),
    },
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } } },
    ...(NGINX_PORT
      ? [{ name: 'nginx', testMatch: /headers\.spec\.ts$/, use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 }, baseURL: `http://localhost:${NGINX_PORT}` } }]
      : []),
  ],
  webServer: [
    {
      command: 'node scripts/serve.mjs',
      env: { PORT: String(PORT) },
      url: `http://localhost:${PORT}/en/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    ...(NGINX_PORT
      ? [{ command: 'node deploy/run-nginx.mjs', env: { PORT: String(NGINX_PORT) }, url: `http://127.0.0.1:${NGINX_PORT}/en/`, reuseExistingServer: false, timeout: 30_000 }]
      : []),
  ],
});
