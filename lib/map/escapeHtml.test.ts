import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escapeHtml';

describe('escapeHtml', () => {
  it('escapes markup characters and keeps every letter of our languages', () => {
    expect(escapeHtml('<b>"A" & \'B\'</b>')).toBe('&lt;b&gt;&quot;A&quot; &amp; &#39;B&#39;&lt;/b&gt;');
    expect(escapeHtml('Azərbaycan · Қазақстан · Türkiye')).toBe('Azərbaycan · Қазақстан · Türkiye');
  });
});
