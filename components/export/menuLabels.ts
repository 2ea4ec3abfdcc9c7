import type { Translate } from '@/lib/observations';

/** The Export button's words, written by the server for one chart or map title. */
export interface ExportMenuLabels {
  /** The button's visible word. */
  button: string;
  /** Its accessible name, which names what it exports. */
  buttonLabel: string;
  /** The opened panel's accessible name. */
  panelLabel: string;
}

/**
 * Formatted on the server so that hydrating an Export button formats no message: the first
 * message with a placeholder the browser formats costs tens of milliseconds (intl-messageformat
 * resolving the locale through Intl), and with a button on every card that landed in the page's
 * blocking hydration task.
 */
export function exportMenuLabels(t: Translate, title: string): ExportMenuLabels {
  return { button: t('export.button'), buttonLabel: t('export.buttonLabel', { title }), panelLabel: t('export.panelLabel', { title }) };
}
