import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, chromiumEnv, chromiumVersion } from './chromium';
import type { RunInfo } from './report';

/** What every measurement gets. */
export interface BenchContext {
  /** `http://localhost:<port>`, serving out/ with scripts/serve.mjs. */
  origin: string;
  quick: boolean;
  run: RunInfo;
  log(message: string): void;
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

export function runInfo(): RunInfo {
  const cpu = cpus();
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    commit: git(['rev-parse', '--short', 'HEAD']) || 'unknown',
    // Results written by an earlier run do not count as changes to what is measured.
    dirty: git(['status', '--porcelain', '--', '.', ':(exclude)bench/results']) !== '',
    node: process.version,
    chromium: chromiumVersion(),
    cpus: `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}`,
    load: Math.round(loadavg()[0]! * 10) / 10,
  };
}

/** Debian Chromium through Playwright, headless, with the offline flags. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, env: chromiumEnv() });
}
