import { request } from 'node:http';

export interface Served {
  status: number;
  /** Content-Encoding of the response (`gzip`, or `identity` when the server sent it as it is). */
  encoding: string;
  /** The body exactly as it came over the wire (not decoded). */
  body: Buffer;
}

/**
 * GETs a URL asking for one encoding and returns the body as sent, without decoding it: with
 * `gzip` its length is the gzip size the server sends. Redirects are followed, as a browser would. Node's http does not decompress, which is
 * the point. (scripts/serve.mjs sends the files precompressed at build, scripts/precompress.mjs:
 * gzip at level 9, or Brotli 11 to browsers that accept it; files under 1 KB as they are.)
 */
export function fetchAsServed(url: string, acceptEncoding: 'gzip' | 'identity' = 'gzip', redirects = 3): Promise<Served> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      const location = res.headers.location;
      if (res.statusCode && res.statusCode >= 300 && res.statusCode < 400 && location && redirects > 0) {
        res.resume();
        fetchAsServed(new URL(location, url).href, acceptEncoding, redirects - 1).then(resolve, reject);
        return;
      }
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, encoding: String(res.headers['content-encoding'] ?? 'identity'), body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** Gzip size of a URL as the server sends it (throws unless 200). */
export async function gzipSizeAsServed(url: string): Promise<{ bytes: number; encoding: string }> {
  const r = await fetchAsServed(url, 'gzip');
  if (r.status !== 200) throw new Error(`${url}: HTTP ${r.status}`);
  return { bytes: r.body.length, encoding: r.encoding };
}

/** The text of a URL (uncompressed). */
export async function textOf(url: string): Promise<string> {
  const r = await fetchAsServed(url, 'identity');
  if (r.status !== 200) throw new Error(`${url}: HTTP ${r.status}`);
  return r.body.toString('utf8');
}
