// Serves the static build in out/ on http://localhost:${PORT:-3000} with the headers of serve.json
// (`serve` package; `next start` cannot serve a static export).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
if (!existsSync(join(root, 'out', 'index.html'))) {
  console.error('out/ has no build: run `npm run build` first (or `npm start`, which builds when needed).');
  process.exit(1);
}
const port = process.env.PORT || '3000';
console.log(`Serving out/ on http://localhost:${port}`);
const serveBin = join(root, 'node_modules', 'serve', 'build', 'main.js');
const child = spawn(process.execPath, [serveBin, 'out', '--listen', `tcp://0.0.0.0:${port}`, '--no-clipboard', '--no-port-switching', '--config', '../serve.json'], {
  stdio: 'inherit',
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
