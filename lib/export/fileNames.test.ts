import { describe, expect, it } from 'vitest';
import { makeBriefingFileName, makeExportFileName } from './fileNames';

describe('makeExportFileName', () => {
  it('names PNGs with chart, language and scale', () => {
    expect(makeExportFileName({ subject: 'trade-turnover', locale: 'en', format: 'png', scale: 2 })).toBe('azkz-trade-turnover-en-2x.png');
  });
  it('names SVG, CSV and JSON without a scale', () => {
    expect(makeExportFileName({ subject: 'route-map', locale: 'kk', format: 'svg', scale: 4 })).toBe('azkz-route-map-kk.svg');
    expect(makeExportFileName({ subject: 'oil-volumes', locale: 'az', format: 'csv' })).toBe('azkz-oil-volumes-az.csv');
    expect(makeExportFileName({ subject: 'oil-volumes', locale: 'ru', format: 'json', full: true })).toBe('azkz-oil-volumes-full-ru.json');
  });
  it('keeps odd characters out of the name', () => {
    expect(makeExportFileName({ subject: 'A/B c', locale: 'en', format: 'csv' })).toBe('azkz-a-b-c-en.csv');
  });
});

describe('makeBriefingFileName', () => {
  it('says it is the briefing pack in a language', () => {
    expect(makeBriefingFileName('az')).toBe('azkz-briefing-az.pdf');
  });
});
