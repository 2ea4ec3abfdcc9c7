import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset';
import { appendToArray, formatRecord, makeFigureId, parseImportCsv, readFigureRows, targetOf } from './addFigures';

const known = new Set(dataset.sources.map((s) => s.id));
const someSource = dataset.sources[0]!.id;

describe('data:add', () => {
  it('reads an import CSV into validated figures, with defaults and generated ids', () => {
    const csv = `\uFEFFindicator,value,unit,period,reporter,source_id,note\r\ntrade.turnover,512.3,USD_million,2025,AZ,${someSource},Next year\r\ntrade.turnover,498,USD_million,2025,KZ,${someSource},\r\n`;
    const { rows, errors, unknownColumns } = parseImportCsv(csv);
    expect(errors).toEqual([]);
    expect(unknownColumns).toEqual([]);
    const read = readFigureRows(rows, 'new.csv', known);
    expect(read.errors).toEqual([]);
    expect(read.figures.map((f) => f.record)).toEqual([
      { id: 'trade-turnover-2025-az', indicator: 'trade.turnover', value: 512.3, unit: 'USD_million', period: '2025', measure: 'flow', reporter: 'AZ', sourceId: someSource, note: 'Next year' },
      { id: 'trade-turnover-2025-kz', indicator: 'trade.turnover', value: 498, unit: 'USD_million', period: '2025', measure: 'flow', reporter: 'KZ', sourceId: someSource },
    ]);
  });
  it('makes ids as the data files write them, months of one year included', () => {
    expect(makeFigureId('trade.turnover', '2025', 'AZ')).toBe('trade-turnover-2025-az');
    expect(makeFigureId('trade.turnover', '2025-01/2025-07', 'AZ')).toBe('trade-turnover-2025-01-07-az');
    expect(makeFigureId('trade.turnover', '2024-H1', 'KZ')).toBe('trade-turnover-2024-h1-kz');
    expect(makeFigureId('investment.fdi_stock', '2005/2020', 'KZ')).toBe('investment-fdi-stock-2005-2020-kz');
  });
  it('names the input, row and field of every problem', () => {
    const { rows } = parseImportCsv(`indicator,value,unit,period,reporter,source_id\ntrade.turnover,5x,USD_million,2025,AZ,${someSource}\ntrade.volume,5,USD_million,2025,XX,${someSource}\ntrade.turnover,5,USD_million,2025-13,AZ,${someSource}\n`);
    const { errors } = readFigureRows(rows, 'new.csv', known);
    expect(errors[0]).toBe('new.csv:2:value: "5x" is not a number (use a dot for decimals, no thousands separators)');
    expect(errors.some((e) => e.startsWith('new.csv:3:indicator: '))).toBe(true);
    expect(errors.some((e) => e.startsWith('new.csv:3:reporter: '))).toBe(true);
    expect(errors.some((e) => e.startsWith('new.csv:4:period: '))).toBe(true);
  });
  it('takes a new source from the row, or says what it lacks', () => {
    const header = 'indicator,value,unit,period,reporter,source_id,source_title,source_publisher,source_url,source_language\n';
    const good = readFigureRows(parseImportCsv(`${header}trade.turnover,1,USD_million,2025,AZ,trend-2026-01,Trade in 2025,Trend,https://en.trend.az/x,en\n`).rows, 'new.csv', known);
    expect(good.errors).toEqual([]);
    expect(good.sources).toEqual([{ id: 'trend-2026-01', title: 'Trade in 2025', publisher: 'Trend', url: 'https://en.trend.az/x', language: 'en', licence: 'Facts quoted with attribution; text © Trend' }]);
    const bad = readFigureRows(parseImportCsv(`${header}trade.turnover,1,USD_million,2025,AZ,nowhere-2026,,Trend,ftp://x,en\n`).rows, 'new.csv', known);
    expect(bad.errors.some((e) => e.startsWith('new.csv:2:source_title: '))).toBe(true);
    expect(bad.errors.some((e) => e.startsWith('new.csv:2:source_url: '))).toBe(true);
  });
  it('puts each indicator in its data file', () => {
    expect(targetOf('trade.turnover')).toEqual({ file: 'data/trade.ts', array: 'trade' });
    expect(targetOf('containers.aktau-baku')).toEqual({ file: 'data/trade.ts', array: 'logistics' });
    expect(targetOf('invest.kz-to-az')).toEqual({ file: 'data/investment.ts', array: 'investment' });
    expect(targetOf('oil.aktau-to-baku')).toEqual({ file: 'data/oil.ts', array: 'oil' });
    expect(makeFigureId('oil.aktau-to-baku', '2025-H1', 'KZ')).toBe('oil-aktau-to-baku-2025-h1-kz');
  });
  it('appends records at the end of the right array, in the module’s style', () => {
    const text = readFileSync(join(process.cwd(), 'data', 'trade.ts'), 'utf8');
    const out = appendToArray(text, 'trade', [{ id: 'x-1', value: 1.5, note: "Kazakhstan's figure" }]);
    const tradeEnd = out.indexOf('\n] as const', out.indexOf('export const trade = ['));
    expect(out.slice(0, tradeEnd)).toMatch(/ {2}\{\n {4}id: 'x-1',\n {4}value: 1\.5,\n {4}note: 'Kazakhstan\\'s figure',\n {2}\},$/);
    expect(out.indexOf("id: 'x-1'")).toBeLessThan(out.indexOf('export const logistics'));
    expect(() => appendToArray(text, 'nothing', [])).toThrow(/not found/);
    expect(formatRecord({ a: 'b', c: undefined })).toBe("  {\n    a: 'b',\n  },");
  });
});
