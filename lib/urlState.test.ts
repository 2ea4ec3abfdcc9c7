import { describe, expect, it } from 'vitest';
import { createDefaultViewState, hasDefaultFilters, isDefaultViewState, parseViewState, serializeViewState, type ViewState } from './urlState';

const bounds = { min: 1992, max: 2025 };
const defaults = createDefaultViewState(bounds);

describe('parseViewState', () => {
  it('gives the default view for an empty address', () => {
    expect(parseViewState('', bounds)).toEqual({ reporters: ['AZ', 'KZ'], from: 1992, to: 2025, view: 'chart', trade: 'sides' });
    expect(parseViewState('?', bounds)).toEqual(defaults);
  });

  it('reads the example link of the issue', () => {
    expect(parseViewState('?reporter=KZ&from=2019&to=2024&view=table', bounds)).toEqual({ reporters: ['KZ'], from: 2019, to: 2024, view: 'table', trade: 'sides' });
  });

  it('accepts URLSearchParams and records (as Next passes them)', () => {
    expect(parseViewState(new URLSearchParams('reporter=AZ'), bounds).reporters).toEqual(['AZ']);
    expect(parseViewState({ reporter: ['AZ', 'KZ'], from: '2018' }, bounds)).toMatchObject({ reporters: ['AZ', 'KZ'], from: 2018 });
  });

  it('reads both sides given as repeated or comma-separated values, in any case', () => {
    expect(parseViewState('?reporter=kz&reporter=az', bounds).reporters).toEqual(['AZ', 'KZ']);
    expect(parseViewState('?reporter=KZ,AZ', bounds).reporters).toEqual(['AZ', 'KZ']);
  });

  it.each([
    ['?from=abc', 'from'],
    ['?to=1800', 'to'],
    ['?from=1800', 'from'],
    ['?to=2999', 'to'],
    ['?from=99999999999999999999', 'from'],
    ['?from=2019.5', 'from'],
    ['?from=-2019', 'from'],
    ['?from=%202019x', 'from'],
    ['?from=2019&from=2020', 'from'],
    ['?to=', 'to'],
  ] as const)('falls back silently on %s', (search, field) => {
    const state = parseViewState(search, bounds);
    expect(state[field]).toBe(defaults[field]);
  });

  it('keeps a valid year when the other one is invalid', () => {
    expect(parseViewState('?from=2019&to=abc', bounds)).toMatchObject({ from: 2019, to: 2025 });
  });

  it('resets both years when from is after to', () => {
    expect(parseViewState('?from=2024&to=2019', bounds)).toMatchObject({ from: 1992, to: 2025 });
  });

  it('allows a single year', () => {
    expect(parseViewState('?from=2023&to=2023', bounds)).toMatchObject({ from: 2023, to: 2023 });
  });

  it.each(['?reporter=%3Cscript%3Ealert(1)%3C%2Fscript%3E', '?reporter=', '?reporter=unknown', '?reporter=RU', `?reporter=${'KZ'.repeat(50)}`])(
    'falls back to both sides on %s',
    (search) => {
      expect(parseViewState(search, bounds).reporters).toEqual(['AZ', 'KZ']);
    },
  );

  it('ignores an unknown side next to a known one', () => {
    expect(parseViewState('?reporter=KZ&reporter=<script>', bounds).reporters).toEqual(['KZ']);
  });

  it.each(['?view=map', '?view=table&view=chart', '?view=<img>', '?view='])('falls back to the chart view on %s', (search) => {
    expect(parseViewState(search, bounds).view).toBe('chart');
  });

  it('reads the trade chart’s gap view, in any case', () => {
    expect(parseViewState('?trade=gap', bounds).trade).toBe('gap');
    expect(parseViewState('?trade=GAP&view=table', bounds)).toMatchObject({ trade: 'gap', view: 'table' });
  });

  it.each(['?trade=sides2', '?trade=gap&trade=gap', '?trade=%3Cscript%3E', '?trade=', `?trade=${'gap'.repeat(20)}`, '?trade=table'])('falls back to each side’s bars on %s', (search) => {
    expect(parseViewState(search, bounds).trade).toBe('sides');
  });

  it('ignores unknown parameters and a huge query', () => {
    const huge = `?${'x'.repeat(5000)}=1&from=${'9'.repeat(5000)}&view=table`;
    expect(parseViewState(huge, bounds)).toEqual({ ...defaults, view: 'table' });
  });
});

describe('serializeViewState', () => {
  it('writes nothing for the default view', () => {
    expect(serializeViewState(defaults, bounds)).toBe('');
    expect(isDefaultViewState(defaults, bounds)).toBe(true);
  });

  it('writes only what differs from the default', () => {
    const state: ViewState = { reporters: ['KZ'], from: 2019, to: 2024, view: 'table', trade: 'sides' };
    expect(serializeViewState(state, bounds)).toBe('?reporter=KZ&from=2019&to=2024&view=table');
    expect(serializeViewState({ ...defaults, to: 2020 }, bounds)).toBe('?to=2020');
    expect(serializeViewState({ ...defaults, trade: 'gap' }, bounds)).toBe('?trade=gap');
    expect(isDefaultViewState(state, bounds)).toBe(false);
  });

  it('round-trips every state through the parser', () => {
    const states: ViewState[] = [
      { reporters: ['AZ'], from: 1992, to: 1992, view: 'chart', trade: 'sides' },
      { reporters: ['AZ', 'KZ'], from: 2005, to: 2010, view: 'table', trade: 'gap' },
      { reporters: ['KZ'], from: 2019, to: 2025, view: 'chart', trade: 'gap' },
    ];
    for (const s of states) expect(parseViewState(serializeViewState(s, bounds), bounds)).toEqual(s);
  });

  it('tells filters apart from the chart/table choice', () => {
    expect(hasDefaultFilters({ ...defaults, view: 'table' }, bounds)).toBe(true);
    expect(hasDefaultFilters({ ...defaults, trade: 'gap' }, bounds)).toBe(true);
    expect(isDefaultViewState({ ...defaults, trade: 'gap' }, bounds)).toBe(false);
    expect(hasDefaultFilters({ ...defaults, reporters: ['AZ'] }, bounds)).toBe(false);
  });
});
