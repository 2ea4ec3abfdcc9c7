'use client';

import { useState } from 'react';
import styles from './UpdateNotice.module.css';

export interface UpdateNoticeLabels {
  message: string;
  reload: string;
  dismiss: string;
}

/**
 * "A new version is available": Reload asks the waiting worker to take over, then reloads this
 * page only (other open pages, a deck on a projector, keep their build); Dismiss hides the notice.
 */
export function UpdateNotice({ labels }: { labels: UpdateNoticeLabels }) {
  const [open, setOpen] = useState(true);
  if (!open) return null;
  const reload = async () => {
    const sw = navigator.serviceWorker;
    const waiting = (await sw.getRegistration())?.waiting;
    if (!waiting) {
      window.location.reload();
      return;
    }
    sw.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    waiting.postMessage({ type: 'skip-waiting' });
  };
  return (
    <div className={styles.notice} role="status" data-testid="update-notice">
      <p>{labels.message}</p>
      <button type="button" className={styles.primary} onClick={reload}>
        {labels.reload}
      </button>
      <button type="button" onClick={() => setOpen(false)}>
        {labels.dismiss}
      </button>
    </div>
  );
}
