/** Display themes. `system` follows the operating system's light/dark setting. */
export const THEMES = ['system', 'light', 'dark', 'projector'] as const;
export type Theme = (typeof THEMES)[number];

/** localStorage key shared with public/theme-init.js. */
export const THEME_STORAGE_KEY = 'azkz-theme';

export function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}

/** Applies a theme to a document root and remembers it (`system` forgets the choice). */
export function applyTheme(root: HTMLElement, storage: Pick<Storage, 'setItem' | 'removeItem'> | null, theme: Theme): void {
  if (theme === 'system') {
    root.removeAttribute('data-theme');
    storage?.removeItem(THEME_STORAGE_KEY);
  } else {
    root.setAttribute('data-theme', theme);
    storage?.setItem(THEME_STORAGE_KEY, theme);
  }
}

/** The theme currently applied to a document root. */
export function readTheme(root: HTMLElement): Theme {
  const value = root.getAttribute('data-theme');
  return isTheme(value) ? value : 'system';
}
