/**
 * Renders React into an off-screen box, waits until its plots are drawn, and removes it again.
 * Each render gets its own id prefix so pattern and clip ids never collide with the page's.
 */
import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

let renders = 0;

/** Resolves after the browser has laid out and painted twice. */
export function waitForFrames(count = 2): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) => (left <= 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(count);
  });
}

/** Polls `ready` every frame until it is true, or fails after `timeoutMs`. */
export async function waitUntil(ready: () => boolean, what: string, timeoutMs = 8000): Promise<void> {
  const start = performance.now();
  while (!ready()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await waitForFrames(1);
  }
}

/** Mounts `element` off-screen, runs `work` on its host element, then unmounts. */
export async function withOffscreen<T>(element: ReactElement, work: (host: HTMLElement) => Promise<T>): Promise<T> {
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.setAttribute('inert', '');
  document.body.appendChild(host);
  renders += 1;
  const root = createRoot(host, { identifierPrefix: `x${renders}-` });
  try {
    flushSync(() => root.render(element));
    return await work(host);
  } finally {
    root.unmount();
    host.remove();
  }
}
