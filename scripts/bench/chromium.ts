import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

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

/**
 * The fonts Chromium may see (a fontconfig file each, beside this one). Tests and the benchmark must
 * not depend on what happens to be installed: an installed Noto Sans hides the layout shift that
 * every visitor without it sees when the web font arrives.
 * - `arial`: DejaVu and Liberation (Arial's metrics), as a fresh Debian machine with
 *   fonts-liberation2, and like Windows or macOS for the page's fallback (the default);
 * - `dejavu`: DejaVu only, a bare Linux machine.
 */
export const FONT_SETS = {
  // npm scripts, Playwright and the benchmark all run from the repository's top folder.
  arial: resolve('scripts', 'bench', 'fonts.conf'),
  dejavu: resolve('scripts', 'bench', 'fonts-dejavu-only.conf'),
} as const;
export type FontSet = keyof typeof FONT_SETS;

/** The environment Chromium runs in: this process's, with the font set's fontconfig. */
export function chromiumEnv(fontSet: FontSet = 'arial'): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  return { ...env, FONTCONFIG_FILE: FONT_SETS[fontSet] };
}

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
