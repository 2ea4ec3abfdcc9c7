// Runs Debian's nginx in the foreground with deploy/nginx.conf as shipped, serving out/ (or
// OUT_DIR) on 127.0.0.1:${PORT:-3102}: the end-to-end tests and the benchmark use it. Only
// `listen` and `root` of the shipped file are changed; the main config around it is the minimum
// to run without root (its own prefix, pid and temp paths in a temporary folder). Loads the
// brotli_static module when installed (libnginx-mod-http-brotli-static), else drops that line.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const NGINX = process.env.NGINX ?? '/usr/sbin/nginx';
const BROTLI = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const root = resolve(process.env.OUT_DIR ?? join(process.cwd(), 'out'));
const port = Number(process.env.PORT ?? 3102);
if (!existsSync(NGINX)) {
  console.error(`no nginx at ${NGINX}: apt-get install nginx (see .ci/run), or set NGINX`);
  process.exit(1);
}
const brotli = existsSync(BROTLI);
// One folder per port, emptied at each start (a killed run cannot leave folders piling up).
const prefix = join(tmpdir(), `azkz-nginx-${port}`);
rmSync(prefix, { recursive: true, force: true });
for (const d of ['logs', 'tmp']) mkdirSync(join(prefix, d), { recursive: true });

let site = readFileSync(join(import.meta.dirname, 'nginx.conf'), 'utf8');
const swap = (re, to) => {
  if (!re.test(site)) throw new Error(`deploy/nginx.conf: no ${re}`);
  site = site.replace(re, to);
};
swap(/^(\s*)listen\s+[^;]+;/m, `$1listen 127.0.0.1:${port};`);
swap(/^(\s*)root\s+[^;]+;/m, `$1root ${root};`);
if (!brotli) swap(/^\s*brotli_static\s+on;\n/m, '');
writeFileSync(join(prefix, 'azkz.conf'), site);
const tmp = join(prefix, 'tmp');
writeFileSync(
  join(prefix, 'nginx.conf'),
  `${brotli ? `load_module ${BROTLI};\n` : ''}${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 2;
error_log ${prefix}/logs/error.log warn;
pid ${prefix}/nginx.pid;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    client_body_temp_path ${tmp}/body;
    proxy_temp_path ${tmp}/proxy;
    fastcgi_temp_path ${tmp}/fastcgi;
    uwsgi_temp_path ${tmp}/uwsgi;
    scgi_temp_path ${tmp}/scgi;
    include ${prefix}/azkz.conf;
}
`,
);
const child = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'inherit' });
console.log(`nginx ${brotli ? 'with' : 'without'} brotli_static: ${root} on http://127.0.0.1:${port}`);
const stop = () => child.kill('SIGQUIT');
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, stop);
child.on('exit', (code) => {
  rmSync(prefix, { recursive: true, force: true });
  process.exit(code ?? 0);
});
