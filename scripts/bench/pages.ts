/**
 * Page weight: each page's HTML as built (raw bytes, and gzip as served) and the React Server
 * Components payload it carries (`index.txt` beside the HTML: the same payload, fetched on a client
 * navigation), split into what takes the room: inline CSS (next.config.js `inlineCss`, which puts
 * the CSS into both the HTML's <style> and the payload), server-rendered elements and client
 * components' props. /en/'s HTML and payload are budgeted (bench/budgets.json, e2e/budgets.spec.ts).
 */
import { BYTE_BUDGETS, KIB, TARGETS } from './budgets';
import type { BenchContext } from './context';
import type { Row, Section } from './report';
import { gzipSizeAsServed, textOf } from './served';

export const WEIGHED_PAGES = ['/en/', '/az/', '/en/present/', '/en/sources/', '/en/embed/trade-turnover/'] as const;

export interface PageWeight {
  path: string;
  html: number;
  htmlGzip: number;
  /** The HTML's <style> text (inline CSS). */
  htmlCss: number;
  payload: number;
  /** Payload rows that are CSS text (inline CSS again). */
  payloadCss: number;
  /** Props handed to client components (`$L` references), as JSON. */
  payloadClientProps: number;
}

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** Splits an RSC payload (one row per line: `id:json`, `id:T<hex>,text`, or raw CSS text) by kind. */
export function splitPayload(payload: string): { css: number; clientProps: number } {
  let css = 0;
  let clientProps = 0;
  for (const line of payload.split('\n')) {
    if (!/^[0-9a-f]+:/.test(line)) {
      css += bytes(line) + 1;
      continue;
    }
    const json = line.slice(line.indexOf(':') + 1);
    if (!json.startsWith('[')) continue;
    try {
      walk(JSON.parse(json));
    } catch {
      /* not JSON: a text row */
    }
  }
  return { css, clientProps };

  function walk(node: unknown): void {
    if (!Array.isArray(node)) return;
    if (node[0] === '$' && typeof node[1] === 'string' && node[1].startsWith('$L')) {
      const { children, ...props } = (node[3] ?? {}) as Record<string, unknown>;
      clientProps += bytes(JSON.stringify(props));
      walk(children);
      return;
    }
    if (node[0] === '$') {
      walk((node[3] as { children?: unknown } | null)?.children);
      return;
    }
    for (const child of node) walk(child);
  }
}

export async function measurePageWeights(origin: string): Promise<PageWeight[]> {
  const weights: PageWeight[] = [];
  for (const path of WEIGHED_PAGES) {
    const html = await textOf(origin + path);
    const payload = await textOf(`${origin}${path}index.txt`);
    const split = splitPayload(payload);
    weights.push({
      path,
      html: bytes(html),
      htmlGzip: (await gzipSizeAsServed(origin + path)).bytes,
      htmlCss: [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].reduce((n, m) => n + bytes(m[1]!), 0),
      payload: bytes(payload),
      payloadCss: split.css,
      payloadClientProps: split.clientProps,
    });
  }
  return weights;
}

export async function measurePages(bench: BenchContext): Promise<Section> {
  const weights = await measurePageWeights(bench.origin);
  const rows: Row[] = weights.flatMap((w) => {
    const en = w.path === '/en/';
    return [
      { id: `pages.${w.path}.html`, label: `${w.path} HTML (raw)`, value: w.html, unit: 'bytes' as const, ...(en ? { target: { max: TARGETS.pages.htmlKiB.max * KIB } } : {}), note: `${(w.htmlGzip / KIB).toFixed(1)} KiB gzip as served; ${(w.htmlCss / KIB).toFixed(1)} KiB of it inline CSS${en ? `; budget ${BYTE_BUDGETS.pageHtmlRaw / KIB} KiB` : ''}` },
      { id: `pages.${w.path}.payload`, label: `${w.path} RSC payload (raw)`, value: w.payload, unit: 'bytes' as const, ...(en ? { target: { max: TARGETS.pages.rscPayloadKiB.max * KIB } } : {}), note: `CSS ${(w.payloadCss / KIB).toFixed(1)} KiB, client components' props ${(w.payloadClientProps / KIB).toFixed(1)} KiB, the rest server-rendered elements${en ? `; budget ${BYTE_BUDGETS.rscPayloadRaw / KIB} KiB` : ''}` },
    ];
  });
  return {
    title: 'Page weight (HTML and React Server Components payload, as built)',
    run: bench.run,
    rows,
    notes: [
      'Raw bytes, as the browser parses them (the wire carries Brotli or gzip). The payload is the page as React elements: Next.js puts it into the HTML (as scripts) for hydration and serves it as index.txt for client navigations. Every element a server component renders is in it, so it can never be much smaller than the page\'s markup; what a change can remove is the client components\' props and duplicated CSS.',
    ],
    raw: weights,
  };
}
