/** Display themes. `system` follows the operating system's light/dark setting. */
export const THEMES = ['system', 'light', 'dark', 'projector'] as const;
export type Theme = (typeof THEMES)[number];

/** localStorage key shared with THEME_INIT_SCRIPT below. */
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

/**
 * Applies the chosen theme before first paint (no flash): `?theme=` in the address wins, then the
 * saved choice; with neither, CSS follows the system setting. Inlined into every page's <head>
 * (a request here would block the first paint); the CSP allows it by its hash (lib/csp.ts).
 */
export const THEME_INIT_SCRIPT = `(function(){try{var ok=function(t){return ${JSON.stringify(THEMES.filter((t) => t !== 'system'))}.indexOf(t)>=0};var u=new URLSearchParams(location.search).get('theme');var s=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});var t=ok(u)?u:ok(s)?s:null;if(t)document.documentElement.setAttribute('data-theme',t)}catch(e){}})();`;
