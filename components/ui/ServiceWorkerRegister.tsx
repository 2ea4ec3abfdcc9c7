'use client';

import { useEffect } from 'react';

/**
 * Registers out/sw.js (generated at build time) so that, once loaded, the dashboard and the deck
 * keep working without a network. Production builds only: the dev server has no sw.js.
 */
export function ServiceWorkerRegister() {
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
      /* offline support is a bonus: the page works without it */
    });
  }, []);
  return null;
}
