import { describe, expect, it } from 'vitest';
import { THEME_INIT_SCRIPT, THEME_STORAGE_KEY, applyTheme, readTheme } from './theme';

/** Runs the inline script against a fake page: address query and saved choice in, data-theme out. */
function runInit(search: string, saved: string | null, storageThrows = false): string | null {
  const attrs = new Map<string, string>();
  const document = { documentElement: { setAttribute: (k: string, v: string) => attrs.set(k, v) } };
  const localStorage = {
    getItem: (k: string) => {
      if (storageThrows) throw new Error('blocked');
      return k === THEME_STORAGE_KEY ? saved : null;
    },
  };
  new Function('location', 'localStorage', 'document', 'URLSearchParams', THEME_INIT_SCRIPT)({ search }, localStorage, document, URLSearchParams);
  return attrs.get('data-theme') ?? null;
}

describe('theme before first paint', () => {
  it('takes ?theme= first, then the saved choice, else leaves the system theme', () => {
    expect(runInit('?theme=projector', 'dark')).toBe('projector');
    expect(runInit('', 'dark')).toBe('dark');
    expect(runInit('', null)).toBeNull();
  });
  it('ignores anything that is not a theme, and blocked storage', () => {
    expect(runInit('?theme=<script>', 'evil')).toBeNull();
    expect(runInit('?theme=system', null)).toBeNull();
    expect(runInit('?theme=%', 'light')).toBe('light');
    expect(runInit('', null, true)).toBeNull();
  });
  it('applies and reads back what the switcher chooses', () => {
    const attrs = new Map<string, string>();
    const root = { setAttribute: (k: string, v: string) => attrs.set(k, v), removeAttribute: (k: string) => attrs.delete(k), getAttribute: (k: string) => attrs.get(k) ?? null } as unknown as HTMLElement;
    const saved = new Map<string, string>();
    const storage = { setItem: (k: string, v: string) => saved.set(k, v), removeItem: (k: string) => saved.delete(k) };
    applyTheme(root, storage, 'dark');
    expect(readTheme(root)).toBe('dark');
    expect(saved.get(THEME_STORAGE_KEY)).toBe('dark');
    applyTheme(root, storage, 'system');
    expect(readTheme(root)).toBe('system');
    expect(saved.size).toBe(0);
  });
});
