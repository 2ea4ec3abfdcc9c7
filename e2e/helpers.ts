import type { Page } from '@playwright/test';
import { createTranslator } from 'next-intl';
import { MESSAGES } from '../lib/i18n/messages';
import type { Locale } from '../lib/i18n/locales';
import type { Translate } from '../lib/observations';
import { TRADE_PARTS, makeTradeDataKey, type TradePanel } from '../lib/charts/trade-turnover/view';

/** The same message lookup the pages use, for computing what a page must show. */
export function translatorFor(locale: Locale): Translate {
  return createTranslator({ locale, messages: MESSAGES[locale] }) as unknown as Translate;
}

/** Number of drawn bar parts: every non-null value of every side and part. */
export function countTradeSegments(panel: TradePanel): number {
  return panel.rows.reduce((n, row) => n + panel.series.reduce((m, s) => m + TRADE_PARTS.filter((p) => typeof row[makeTradeDataKey(s.reporter, p)] === 'number').length, 0), 0);
}

/** Scrolls to the bottom of the page a screenful at a time with the mouse wheel, as a reader would. */
export async function scrollThrough(page: Page): Promise<void> {
  const { height, screen } = await page.evaluate(() => ({ height: document.documentElement.scrollHeight, screen: window.innerHeight }));
  await page.mouse.move(10, 10);
  for (let y = 0; y < height; y += screen * 0.8) {
    await page.mouse.wheel(0, screen * 0.8);
    await page.waitForTimeout(150);
  }
}
