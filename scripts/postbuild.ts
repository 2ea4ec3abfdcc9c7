/**
 * Runs after `next build`: gives every exported HTML page preload links for the fonts its CSS names
 * (lib/fontPreload.ts) and a Content-Security-Policy <meta> that lists the hashes of its own inline
 * scripts (lib/csp.ts), first in the head.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { injectCspMeta } from '../lib/csp';
import { injectFontPreloads } from '../lib/fontPreload';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const pages = walk(join(process.cwd(), 'out')).filter((p) => p.endsWith('.html'));
for (const page of pages) writeFileSync(page, injectCspMeta(injectFontPreloads(readFileSync(page, 'utf8'))));
console.log(`postbuild: font preloads and a CSP with script hashes written into ${pages.length} pages`);
