import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fetchAsServed } from './served';

export interface Server {
  origin: string;
  stop(): Promise<void>;
}

/**
 * Starts `npm start`'s server (scripts/serve.mjs → `serve` with serve.json) on out/ and waits until
 * it answers. The benchmark measures exactly what `npm start` serves.
 */
export async function startServer(port: number): Promise<Server> {
  const origin = `http://localhost:${port}`;
  // Refuse a port someone else is serving on: we would measure their build.
  if (await answers(origin)) throw new Error(`port ${port} is already in use; choose another with --port or BENCH_PORT`);
  const child: ChildProcess = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'inherit'] });
  let exited = false;
  child.on('exit', () => (exited = true));
  const deadline = Date.now() + 30_000;
  while (!(await answers(origin))) {
    if (exited) throw new Error(`scripts/serve.mjs exited (code ${child.exitCode}) before serving on ${origin}`);
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`scripts/serve.mjs did not answer on ${origin} within 30 s`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    origin,
    async stop() {
      if (exited) return;
      const done = once(child, 'exit');
      child.kill('SIGTERM');
      await done;
    },
  };
}

async function answers(origin: string): Promise<boolean> {
  try {
    return (await fetchAsServed(`${origin}/en/`, 'identity')).status === 200;
  } catch {
    return false;
  }
}
