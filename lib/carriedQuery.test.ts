import { describe, expect, it } from 'vitest';
import { pickCarriedQuery } from './carriedQuery';

describe('pickCarriedQuery', () => {
  it('carries a dashboard view and its section', () => {
    expect(pickCarriedQuery('?reporter=KZ&from=2019&to=2024&view=table', '#oil-volumes')).toBe('?reporter=KZ&from=2019&to=2024&view=table#oil-volumes');
    expect(pickCarriedQuery('?reporter=az,kz', '')).toBe('?reporter=AZ,KZ');
  });

  it('carries the trade chart’s gap view, nothing else in that parameter', () => {
    expect(pickCarriedQuery('?trade=gap', '#trade-turnover')).toBe('?trade=gap#trade-turnover');
    expect(pickCarriedQuery('?trade=%3Cscript%3E', '')).toBe('');
  });

  it('carries a deck, its slide and the theme, re-written slide by slide', () => {
    expect(pickCarriedQuery('?deck=title,trade-turnover~KZ~2019-2024,route-map&slide=2&theme=projector', '')).toBe(
      '?deck=title,trade-turnover~KZ~2019-2024,route-map&slide=2&theme=projector',
    );
    expect(pickCarriedQuery('?deck=nope,route-map,../../x', '')).toBe('?deck=route-map');
    expect(pickCarriedQuery('?deck=nope,../../x', '')).toBe('');
  });

  it('gives nothing for an empty address', () => {
    expect(pickCarriedQuery('', '')).toBe('');
    expect(pickCarriedQuery('?', '#')).toBe('');
  });

  it.each([
    ['markup', '?reporter=%3Cscript%3E&view=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E'],
    ['script URL', '?view=javascript:alert(1)&theme=javascript:alert(1)'],
    ['absurd numbers', '?from=1e308&to=99999999999999999999&slide=1e9'],
    ['negative numbers and NaN', '?from=-2019&to=NaN&slide=-1'],
    ['unknown parameters', '?q=1&lang=en&chart=trade-turnover&utm_source=x'],
    ['repeated parameters', '?from=2019&from=2020&view=table&view=chart'],
    ['a 10 KB value', `?deck=${'title,'.repeat(2000)}&reporter=${'KZ'.repeat(5000)}`],
    ['malformed escapes', '?view=%E0%A4%A&theme=%&slide=%00'],
    ['bidi overrides', '?view=%E2%80%AEtable'],
    ['the presenter view', '?view=presenter'],
  ])('drops %s', (_, search) => {
    expect(pickCarriedQuery(search, '')).toBe('');
  });

  it.each(['#%3Cscript%3E', '#"><img src=x>', '#javascript:alert(1)', '#Trade', `#${'a'.repeat(65)}`, '#a b', '#-x'])('drops the hash %s', (hash) => {
    expect(pickCarriedQuery('', hash)).toBe('');
  });

  it('keeps the good parameters next to bad ones', () => {
    expect(pickCarriedQuery('?reporter=KZ&from=abc&to=2024&x=%3Cscript%3E', '#%3Cimg%3E')).toBe('?reporter=KZ&to=2024');
  });
});
