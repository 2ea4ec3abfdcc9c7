import { describe, expect, it } from 'vitest';
import { splitPayload } from './pages';

describe('splitPayload', () => {
  it("counts CSS text rows and client components' props, not server elements or children", () => {
    const payload = [
      '0:{"P":null}',
      '5:I[123,["static/chunks/a.js"],"ChartArea"]',
      '.card{margin:0}.table{width:100%}',
      '7:["$","section",null,{"id":"x","children":["$","$L5",null,{"view":{"id":"trade"},"children":["$","p",null,{"children":"text"}]}]}]',
    ].join('\n');
    const split = splitPayload(payload);
    expect(split.css).toBe('.card{margin:0}.table{width:100%}'.length + 1);
    expect(split.clientProps).toBe(JSON.stringify({ view: { id: 'trade' } }).length);
  });
});
