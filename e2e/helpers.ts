import { createTranslator } from 'next-intl';
import { MESSAGES } from '../lib/i18n/messages';
import type { Locale } from '../lib/i18n/locales';
import type { Translate } from '../lib/observations';
import { TRADE_PARTS, makeTradeDataKey, type TradePanel } from '../lib/charts/tradeTurnoverView';

/** The same message lookup the pages use, for computing what a page must show. */
export function translatorFor(locale: Locale): Translate {
  return createTranslator({ locale, messages: MESSAGES[locale] }) as unknown as Translate;
}

/** Number of drawn bar parts: every non-null value of every side and part. */
export function countTradeSegments(panel: TradePanel): number {
  return panel.rows.reduce((n, row) => n + panel.series.reduce((m, s) => m + TRADE_PARTS.filter((p) => typeof row[makeTradeDataKey(s.reporter, p)] === 'number').length, 0), 0);
}
