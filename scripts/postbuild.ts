/**
 * Runs after `next build`: gives every exported HTML page a Content-Security-Policy <meta> that
 * lists the hashes of its own inline scripts (lib/csp.ts).
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { injectCspMeta } from '../lib/csp';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const pages = walk(join(process.cwd(), 'out')).filter((p) => p.endsWith('.html'));
for (const page of pages) writeFileSync(page, injectCspMeta(readFileSync(page, 'utf8')));
console.log(`csp: policy with script hashes written into ${pages.length} pages`);
