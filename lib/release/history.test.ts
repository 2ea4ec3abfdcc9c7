import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset';
import { LOCALES } from '../i18n/locales';
import { MESSAGES } from '../i18n/messages';
import type { Translate } from '../observations';
import { buildReleaseHistory } from './history';
import { releaseOf } from './release';

describe('buildReleaseHistory', () => {
  const older = { release: { id: '2025-12-01.aaaaaa', date: '2025-12-01', hash: 'aaaaaa' }, data: structuredClone(dataset) };
  const newerData = structuredClone(dataset);
  const trade = newerData.observations.findIndex((o) => o.indicator === 'trade.turnover');
  newerData.observations[trade]!.value += 10;
  const removed = newerData.observations.pop()!;
  const current = releaseOf(newerData);

  for (const locale of LOCALES) {
    it(`${locale}: lists the newest release first, its revised figure with both values and sources, and what was removed`, () => {
      const t = createTranslator({ locale, messages: MESSAGES[locale] }) as unknown as Translate;
      const history = buildReleaseHistory([older, { release: current, data: newerData }], current.id, locale, t);
      expect(history.map((h) => h.id)).toEqual([current.id, older.release.id]);
      const [latest, first] = history;
      expect(latest!.current).toBe(true);
      expect(latest!.csv).toBe(`/data/releases/${current.id}/dataset.csv`);
      expect(latest!.revised).toHaveLength(1);
      expect(latest!.revised[0]!.values).toContain('→');
      expect(latest!.revised[0]!.sources).toContain('→');
      expect(latest!.removed).toHaveLength(1);
      expect(latest!.removed[0]).toContain(removed.sourceId === '' ? '' : dataset.sources.find((s) => s.id === removed.sourceId)!.publisher);
      expect(latest!.added).toEqual([]);
      expect(first!.first).toContain(String(dataset.observations.length));
      expect(JSON.stringify(history)).not.toMatch(/changes\.|data\.indicators\.|reporters\./);
    });
  }
});
