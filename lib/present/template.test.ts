import { describe, expect, it } from 'vitest';
import { fillTemplate } from './template';

describe('fillTemplate', () => {
  it('fills the placeholders it has values for', () => {
    expect(fillTemplate('Slide {n} of {total}', { n: 2, total: 12 })).toBe('Slide 2 of 12');
  });
  it('leaves unknown placeholders as they are', () => {
    expect(fillTemplate('{n} / {x}', { n: 1 })).toBe('1 / {x}');
  });
});
