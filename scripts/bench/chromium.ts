import { execFileSync } from 'node:child_process';

/** Debian's Chromium (CHROMIUM_PATH overrides), for the benchmark and the e2e tests (playwright.config.ts). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags for every browser the benchmark and the e2e tests start. The machine has no internet: without these,
 * Chromium tries Google hosts (updates, sync, QUIC probes) and the numbers would include the waits.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];

/** `Chromium 156.0.… built on Debian …` */
export function chromiumVersion(): string {
  try {
    return execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .trim()
      .replace(/\s+built on.*$/, '');
  } catch {
    return `unknown (${CHROMIUM_PATH})`;
  }
}

/** Lighthouse's mobile emulation (its default config), used for the phone view in the bundle figures. */
export const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true } as const;
export const DESKTOP = { viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false } as const;
