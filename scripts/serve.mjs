// Serves the static build in out/ on http://localhost:${PORT:-3000} with the headers of serve.json
// (`next start` cannot serve a static export). serve-handler is the engine of the `serve` CLI, with
// the same config file and gzip (compression); we call it ourselves to answer a path with a NUL
// byte or a malformed escape with 400 Bad Request: serve answers `/en/%00/` with a 500 (its lstat
// throws on the NUL).
import { readFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { promisify } from 'node:util';
import compression from 'compression';
import handler from 'serve-handler';

const root = process.cwd();
if (!existsSync(join(root, 'out', 'index.html'))) {
  console.error('out/ has no build: run `npm run build` first (or `npm start`, which builds when needed).');
  process.exit(1);
}
const config = { ...JSON.parse(readFileSync(join(root, 'serve.json'), 'utf8')), public: join(root, 'out'), etag: true };
const compress = promisify(compression());

/** True when the path cannot name a file: undecodable, or with a NUL or other control character. */
export function isMalformedPath(url) {
  const path = (url ?? '/').split(/[?#]/, 1)[0];
  try {
    return /[\u0000-\u001f\u007f]/.test(decodeURIComponent(path));
  } catch {
    return true;
  }
}

const server = createServer(async (request, response) => {
  try {
    if (isMalformedPath(request.url)) {
      response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
      response.end('Bad Request');
      return;
    }
    await compress(request, response);
    await handler(request, response, config);
  } catch (error) {
    console.error(error);
    if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Internal Server Error');
  }
});

const port = Number(process.env.PORT || 3000);
server.listen(port, '0.0.0.0', () => console.log(`Serving out/ on http://localhost:${port}`));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(0));
