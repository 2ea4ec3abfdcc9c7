import { THEME_INIT_SCRIPT } from '@/lib/ui/theme';

/**
 * Sets data-theme on <html> before first paint (the reader's choice, or ?theme=). Inline, since a
 * request would block the paint; scripts/postbuild.ts allows it in each page's CSP by its hash.
 * Goes in the <head> of every root layout or page.
 */
export function ThemeInitScript() {
  return <script dangerouslySetInnerHTML={{ __html: THEME_INIT_SCRIPT }} />;
}
