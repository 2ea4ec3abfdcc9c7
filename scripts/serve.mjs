// Serves the static build in out/ on http://localhost:${PORT:-3000} with the headers of serve.json
// (`next start` cannot serve a static export). serve-handler (the engine of the `serve` CLI, same
// config file) resolves paths, clean URLs, the 404 page and the headers; around it this server
// - sends the `.br`/`.gz` files written at build time (scripts/precompress.mjs) to clients that
//   accept them, as nginx's brotli_static/gzip_static do (nothing is compressed per request), with
//   an ETag per encoding and 304 answers to revalidations;
// - answers bad input before any file is looked up, as deploy/nginx.conf does (e2e/bad-input.spec.ts
//   walks both): methods other than GET and HEAD 405, a path with a NUL or other control byte or a
//   broken escape 400 (`serve` answers `/en/%00/` with a 500), a `..` segment 400, a path over
//   1024 bytes 414 (see rejectStatus), and what Node's parser refuses with the same headers.
// `OUT_DIR` serves another folder (the update test serves a copy it can replace).
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { lstat, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import handler from 'serve-handler';

const root = process.cwd();
const OUT = resolve(process.env.OUT_DIR ?? join(root, 'out'));
const serveJson = JSON.parse(readFileSync(join(root, 'serve.json'), 'utf8'));
const config = { ...serveJson, public: OUT, etag: false };
/** Headers of every answer this server writes itself (serve.json's rules for `/`). */
const OWN_HEADERS = Object.fromEntries(serveJson.headers.filter((h) => ['**/*', '/*', '**'].includes(h.source)).flatMap((h) => h.headers.map((x) => [x.key, x.value])));
export const MAX_PATH_BYTES = 1024;

/** True when the path cannot name a file: a broken escape, or a NUL or other control character. */
export function isMalformedPath(url) {
  const path = (url ?? '/').split(/[?#]/, 1)[0];
  if (/%(?![0-9a-f]{2})/i.test(path)) return true;
  return /[\u0000-\u001f\u007f]/.test(unescape(path));
}

/**
 * The status a request gets before any file is looked up, or 0 when it may go on: 405 for a
 * method other than GET and HEAD, 414 for a path over 1024 bytes, 400 for a malformed path or a
 * `..` segment between slashes or backslashes (its dots may be escaped; `..%2F` is left to the
 * file lookup, which answers 404 inside the site and 400 above it, as nginx does), 404 for escapes that are no UTF-8 (no file has that name; nginx
 * answers the same).
 */
export function rejectStatus(method, url) {
  if (method !== 'GET' && method !== 'HEAD') return 405;
  const path = (url ?? '/').split(/[?#]/, 1)[0];
  if (Buffer.byteLength(path) > MAX_PATH_BYTES) return 414;
  if (isMalformedPath(url)) return 400;
  if (path.split(/[/\\]|%5c/i).some((segment) => unescape(segment) === '..')) return 400;
  try {
    decodeURIComponent(path);
  } catch {
    return 404;
  }
  return 0;
}

const REASON = { 400: 'Bad Request', 405: 'Method Not Allowed', 414: 'URI Too Long', 431: 'Request Header Fields Too Large' };

/** Encodings the client takes, best first (q=0 refused). */
function accepted(header) {
  const list = String(header ?? '')
    .split(',')
    .map((part) => part.trim().split(/\s*;\s*q=/))
    .filter(([name, q]) => name && (q === undefined || Number(q) > 0))
    .map(([name]) => name.toLowerCase());
  return [...(list.includes('br') ? [['br', '.br']] : []), ...(list.includes('gzip') ? [['gzip', '.gz']] : [])];
}

/** serve-handler's file system calls, answered with the precompressed twin when there is one. */
function precompressed(request, response) {
  const encodings = accepted(request.headers['accept-encoding']);
  const chosen = new Map();
  let notModified = false;
  return {
    async lstat(path) {
      const stats = await lstat(path);
      if (!stats.isFile()) return stats;
      for (const [encoding, suffix] of encodings) {
        const twin = await stat(path + suffix).catch(() => null);
        // A twin older than its file is stale (the file was written again after the build): skipped.
        if (twin && twin.mtimeMs >= stats.mtimeMs) {
          chosen.set(path, { file: path + suffix, stats: twin, encoding });
          return twin;
        }
      }
      chosen.set(path, { file: path, stats, encoding: null });
      return stats;
    },
    createReadStream(path, options) {
      const pick = chosen.get(path) ?? { file: path, stats: null, encoding: null };
      if (pick.stats) {
        const etag = `"${pick.stats.size.toString(16)}-${Math.floor(pick.stats.mtimeMs).toString(16)}${pick.encoding ? `-${pick.encoding}` : ''}"`;
        response.setHeader('ETag', etag);
        response.setHeader('Vary', 'Accept-Encoding');
        if (pick.encoding) response.setHeader('Content-Encoding', pick.encoding);
        if (request.headers['if-none-match'] === etag && !request.headers.range && response.statusCode < 300) {
          notModified = true;
          return Readable.from([]);
        }
      }
      return createReadStream(pick.file, options);
    },
    get notModified() {
      return notModified;
    },
  };
}

export function createStaticServer() {
  const server = createServer(async (request, response) => {
    try {
      const status = rejectStatus(request.method, request.url);
      if (status === 404) {
        response.writeHead(404, { ...OWN_HEADERS, 'Content-Type': 'text/html; charset=utf-8' });
        response.end(request.method === 'HEAD' ? undefined : readFileSync(join(OUT, '404.html')));
        return;
      }
      if (status) {
        response.writeHead(status, { ...OWN_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...(status === 405 ? { Allow: 'GET, HEAD' } : {}) });
        response.end(REASON[status]);
        return;
      }
      const methods = precompressed(request, response);
      const writeHead = response.writeHead.bind(response);
      response.writeHead = (code, ...rest) => {
        if (!methods.notModified) return writeHead(code, ...rest);
        const headers = { ...(rest.at(-1) ?? {}) };
        for (const name of ['Content-Length', 'Content-Type', 'Content-Disposition', 'Accept-Ranges']) delete headers[name];
        return writeHead(304, headers);
      };
      await handler(request, response, config, methods);
    } catch (error) {
      console.error(error);
      if (!response.headersSent) response.writeHead(500, { ...OWN_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Internal Server Error');
    }
  });
  // Requests Node's parser refuses (an unknown method, a malformed request line, headers over
  // 16 KB) get the same headers as the rest; an unknown method 405, as nginx answers it.
  server.on('clientError', (error, socket) => {
    if (!socket.writable) return socket.destroy();
    const status = error.code === 'HPE_INVALID_METHOD' ? 405 : error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
    const headers = { ...OWN_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...(status === 405 ? { Allow: 'GET, HEAD' } : {}), 'Content-Length': Buffer.byteLength(REASON[status]), Connection: 'close' };
    socket.end(`HTTP/1.1 ${status} ${REASON[status]}\r\n${Object.entries(headers).map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n${REASON[status]}`);
  });
  return server;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href || process.argv[1]?.endsWith('start.mjs')) {
  if (!existsSync(join(OUT, 'index.html'))) {
    console.error(`${OUT} has no build: run \`npm run build\` first (or \`npm start\`, which builds when needed).`);
    process.exit(1);
  }
  const port = Number(process.env.PORT || 3000);
  createStaticServer().listen(port, '0.0.0.0', () => console.log(`Serving ${OUT} on http://localhost:${port}`));
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(0));
}
