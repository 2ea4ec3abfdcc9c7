'use client';

import { useSyncExternalStore } from 'react';
import { THEMES, applyTheme, readTheme, type Theme } from '@/lib/ui/theme';
import styles from './ThemeSwitcher.module.css';

const listeners = new Set<() => void>();
function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
const getSnapshot = (): Theme => readTheme(document.documentElement);
const getServerSnapshot = (): Theme => 'system';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Theme choice (system, light, dark, projector) as a labelled select; remembered in localStorage. */
export function ThemeSwitcher({ label, names }: { label: string; names: Record<Theme, string> }) {
  const theme = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  return (
    <label className={styles.switcher}>
      <span className={styles.label}>{label}</span>
      <select
        value={theme}
        data-testid="theme-switcher"
        onChange={(e) => {
          applyTheme(document.documentElement, storage(), e.target.value as Theme);
          listeners.forEach((l) => l());
        }}
      >
        {THEMES.map((t) => (
          <option key={t} value={t}>
            {names[t]}
          </option>
        ))}
      </select>
    </label>
  );
}
