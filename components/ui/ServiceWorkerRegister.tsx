'use client';

import { useEffect, useState } from 'react';
import dynamic from 'next/dynamic';
import type { UpdateNoticeLabels } from './UpdateNotice';
import { whenIdleAfterLoad } from './useNearViewport';

// The notice's code loads only when a new version is waiting: it is not part of the first view.
const UpdateNotice = dynamic(() => import('./UpdateNotice').then((m) => m.UpdateNotice), { ssr: false });

/** How often an open page asks the server for a new sw.js (also on coming back to the tab). */
const CHECK_EVERY_MS = 60 * 60 * 1000;

/**
 * Registers out/sw.js (generated at build time) so that, once loaded, the dashboard and the deck
 * keep working without a network, and tells the worker the page's language (cached ahead on first
 * use, unless Save-Data). When a new build's worker is waiting, the dashboard and the sources page
 * offer to reload (`UpdateNotice`); the deck says so in the presenter view only (`?view=presenter`),
 * never on the audience's screen, and embeds never. Production builds only: the dev server has no sw.js.
 */
export function ServiceWorkerRegister({ locale, labels }: { locale: string; labels: UpdateNoticeLabels }) {
  const [waiting, setWaiting] = useState(false);
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    const sw = navigator.serviceWorker;
    const hadController = sw.controller !== null;
    let registration: ServiceWorkerRegistration | undefined;
    const found = () => {
      if (registration?.waiting && sw.controller) setWaiting(true);
    };
    const onControllerChange = () => {
      // Another page's reader chose to reload: this page keeps its build (its files stay cached).
      if (hadController) setWaiting(true);
    };
    const check = () => {
      if (document.visibilityState === 'visible') registration?.update().catch(() => undefined);
    };
    sw.addEventListener('controllerchange', onControllerChange);
    document.addEventListener('visibilitychange', check);
    const timer = window.setInterval(check, CHECK_EVERY_MS);
    const saveData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
    const register = () => {
      sw.register(saveData ? '/sw.js?save-data=1' : '/sw.js', { scope: '/' })
        .then((reg) => {
          registration = reg;
          found();
          reg.addEventListener('updatefound', () => {
            const installing = reg.installing;
            installing?.addEventListener('statechange', () => {
              if (installing.state === 'installed') found();
            });
          });
          return sw.ready;
        })
        .then((reg) => reg.active?.postMessage({ type: 'precache', locale, saveData }))
        .catch(() => {
          /* offline support is a bonus: the page works without it */
        });
    };
    // Registered once the page has loaded and gone quiet: a first visit's worker then fetches and
    // compiles the language's files (about 900 KB), which must not compete with the page's own
    // start (hydration, the first plots) for the network and a phone's CPU.
    const cancelStart = whenIdleAfterLoad(register, () => {});
    return () => {
      cancelStart();
      sw.removeEventListener('controllerchange', onControllerChange);
      document.removeEventListener('visibilitychange', check);
      window.clearInterval(timer);
    };
  }, [locale]);
  if (!waiting) return null;
  const path = window.location.pathname;
  if (/^\/[a-z]{2}\/embed\//.test(path)) return null;
  if (/^\/[a-z]{2}\/present\//.test(path) && new URLSearchParams(window.location.search).get('view') !== 'presenter') return null;
  return <UpdateNotice labels={labels} />;
}
