/**
 * Slide layouts of chart rows. On a slide a bar's value label is as tall as the slide's type, so
 * bars of several reporters side by side in one category would be thinner than their labels:
 * `oneBarPerRow` gives each reporter's bar its own row instead (same tooltip), so every bar is a
 * full row high and no two labels can meet. Where a category has bars of two sides, each row's
 * label names its side ("2022 · Azerbaijan"), so no two rows read alike.
 */
import { TRADE_PARTS, makeTradeDataKey, makeTradeLabelKey, type TradeChartRow, type TradePanel } from '../charts/trade-turnover/view';

export function oneBarPerRow(panel: TradePanel): TradePanel {
  const rows = panel.rows.flatMap((row) => {
    const split = panel.series
      .filter(({ reporter }) => TRADE_PARTS.some((part) => row[makeTradeDataKey(reporter, part)] != null))
      .map(({ reporter, name }, _, shown) => {
        const out: TradeChartRow = { key: row.key, label: shown.length > 1 ? `${row.label} · ${name}` : row.label };
        for (const part of TRADE_PARTS) {
          for (const key of [makeTradeDataKey(reporter, part), makeTradeLabelKey(reporter, part)]) {
            if (row[key] !== undefined) out[key] = row[key]!;
          }
        }
        return out;
      });
    return split.length > 0 ? split : [row];
  });
  return { ...panel, rows };
}
