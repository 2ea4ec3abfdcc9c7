import { connect } from 'node:net';
import { test, expect } from '@playwright/test';
import { COMMON_HEADERS } from '../lib/securityHeaders';
import { NGINX_PORT } from '../playwright.config';

/**
 * Bad input gets the same safe answer from `npm start` (scripts/serve.mjs) and from nginx with
 * deploy/nginx.conf: each request is written byte for byte on a socket (a URL class would tidy
 * it), and both servers must give the same status, the common security headers, `Allow` on 405,
 * and never echo the input.
 */
const SERVERS = [Number(process.env.E2E_PORT ?? 3100), ...(NGINX_PORT ? [NGINX_PORT] : [])];

function raw(port: number, requestLine: string): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', reject);
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
    socket.write(`${requestLine}\r\nHost: localhost\r\nConnection: close\r\n\r\n`);
  });
}

const CASES: [request: string, status: number][] = [
  ['GET /en/%00/ HTTP/1.1', 400],
  ['GET /en/%01/ HTTP/1.1', 400],
  ['GET /en/%zz/ HTTP/1.1', 400],
  ['GET /en/% HTTP/1.1', 400],
  ['GET /en/%ff/ HTTP/1.1', 404],
  ['GET /en/../en/ HTTP/1.1', 400],
  ['GET /en/%2e%2e/en/ HTTP/1.1', 400],
  ['GET /../../etc/passwd HTTP/1.1', 400],
  ['GET /en/..%2f..%2fetc/passwd HTTP/1.1', 400],
  ['GET /kk/embed/..%2F..%2Fx/ HTTP/1.1', 404],
  ['GET /en/..\\..\\etc\\passwd HTTP/1.1', 400],
  ['GET /en/%5c..%5cetc HTTP/1.1', 400],
  [`GET /${'a'.repeat(1100)}/ HTTP/1.1`, 414],
  [`GET /en/?view=${'b'.repeat(10_000)} HTTP/1.1`, 200],
  ['GET /en/<script>alert(1)</script>/ HTTP/1.1', 404],
  ['POST /en/ HTTP/1.1', 405],
  ['PUT /data/dataset.csv HTTP/1.1', 405],
  ['DELETE /en/ HTTP/1.1', 405],
  ['OPTIONS / HTTP/1.1', 405],
  ['PATCH /en/ HTTP/1.1', 405],
  ['TRACE /en/ HTTP/1.1', 405],
  ['BREW /en/ HTTP/1.1', 405],
  ['HEAD /en/ HTTP/1.1', 200],
];

test(`bad input gets the same safe answers from ${NGINX_PORT ? 'npm start and nginx' : 'npm start'}`, async () => {
  expect(SERVERS.length, 'nginx runs unless E2E_NGINX=0').toBe(process.env.E2E_NGINX === '0' ? 1 : 2);
  for (const [request, status] of CASES) {
    for (const port of SERVERS) {
      const what = `${request.slice(0, 60)} on port ${port}`;
      const r = await raw(port, request);
      expect(r.status, what).toBe(status);
      expect(r.headers['x-content-type-options'], what).toBe(COMMON_HEADERS['X-Content-Type-Options']);
      expect(r.headers['referrer-policy'], what).toBe(COMMON_HEADERS['Referrer-Policy']);
      if (status === 405) expect(r.headers['allow'], what).toBe('GET, HEAD');
      for (const echo of ['passwd', 'alert(1)', 'bbbbbbbbbb', 'aaaaaaaaaa']) expect(r.body.includes(echo), `${what} echoes ${echo}`).toBe(false);
    }
  }
});
