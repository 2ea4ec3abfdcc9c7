import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { DATA_FILES } from '../../data/index';
import { contextPipelines } from '../../data/geo/contextPipelines';
import { observationSchema } from '../../data/schema';
import { LOCALES, type Locale } from '../i18n/locales';
import { MESSAGES } from '../i18n/messages';
import type { Translate } from '../observations';
import { loadDataset } from '../validate';
import { shapeRoute } from './shapeRoute';
import { SEGMENT_VOLUME_SERIES, selectSegmentVolumes } from './volumes';

const dataset = loadDataset(DATA_FILES);
const tFor = (locale: Locale) => createTranslator({ locale, messages: MESSAGES[locale] }) as unknown as Translate;
const shape = (locale: Locale) => shapeRoute({ dataset, contextPipelines, locale, t: tFor(locale) });

describe('shapeRoute', () => {
  const en = shape('en');

  it('gives the 3 legs in order and the 6 places, named in the language', () => {
    expect(en.segments.map((s) => [s.order, s.id, s.mode])).toEqual([
      [1, 'tengiz-aktau', 'rail'],
      [2, 'aktau-sangachal', 'tanker'],
      [3, 'sangachal-ceyhan', 'pipeline'],
    ]);
    expect(en.nodes.map((n) => n.name)).toEqual(['Tengiz', 'Aktau', 'Sangachal', 'Baku', 'Tbilisi', 'Ceyhan']);
    expect(shape('kk').nodes.map((n) => n.name)).toContain('Ақтау');
  });

  it('marks official and computed lengths, and the length of the drawn line', () => {
    const [rail, , btc] = en.segments;
    expect(btc!.lengthText).toBe('1,768 km (official)');
    expect(btc!.drawnText).toBe('about 1,653 km (computed along the line)');
    expect(rail!.lengthText).toBe('331 km (computed: straight line between the end points)');
    expect(rail!.accuracy).toBe('approximate');
    expect(shape('ru').segments[2]!.lengthText).toBe('1\u00a0768 км (официально)');
  });

  it('gives each leg its yearly volumes: 2022–2025 Kazakh shipments for the tanker and pipeline legs', () => {
    const tanker = en.segments[1]!;
    expect(tanker.volumes.rows.map((r) => [r.year, r.valueText, r.reporterLabel])).toEqual([
      ['2022', '250 thousand t', 'Kazakhstan'],
      ['2023', '1.392 million t', 'Kazakhstan'],
      ['2024', 'almost 1.5 million t', 'Kazakhstan'],
      ['2025', '1.5 million t', 'Kazakhstan'],
      ['2025', '1.3 million t', 'Kazakhstan'],
    ]);
    expect(en.segments[2]!.volumes.rows.map((r) => r.year)).toEqual(['2022', '2023', '2024', '2025', '2025']);
    expect(en.segments[0]!.volumes.rows.map((r) => [r.year, r.valueText])).toEqual([['2023', '1.057 million t']]);
    // Two figures for 2025 from two Kazakh sources: each says who published it; a year with one figure does not.
    expect(tanker.volumes.rows.map((r) => r.sourceLabel)).toEqual([null, null, null, 'per Day.az', 'per Trend']);
    expect(tanker.volumesLine).toBe(
      'Carried: 2022: 250 thousand t; 2023: 1.392 million t; 2024: almost 1.5 million t; 2025: 1.5 million t (per Day.az); 2025: 1.3 million t (per Trend)',
    );
    // Plans and forecasts (2026) are not among the carried volumes.
    expect(tanker.volumes.rows.map((r) => r.observationId)).not.toContain('oil-aktau-to-baku-2026-plan-kz');
    expect(tanker.volumesLine).not.toContain('2026');
    for (const locale of LOCALES) {
      const line = shape(locale).segments[1]!.volumesLine;
      expect(line, locale).toContain('Day.az');
      expect(line, locale).toContain('Trend');
    }
    expect(shape('ru').segments[1]!.volumesLine).toContain('2025: 1,3 млн т (по данным Trend)');
    // A volume is not repeated among the leg's other facts.
    expect(tanker.facts.map((f) => f.id)).not.toContain('oil-aktau-to-baku-2023-kz');
  });

  it('formats node facts: figures with unit and period, milestones with their date', () => {
    const aktau = en.nodes.find((n) => n.id === 'aktau')!;
    const first = aktau.facts.find((f) => f.id === 'ms-first-oil-loading-aktau');
    const second = aktau.facts.find((f) => f.id === 'ms-second-oil-loading');
    expect(first).toMatchObject({ kind: 'milestone', date: '21 March 2023', title: 'First Kazakh oil for BTC loaded at Aktau' });
    expect(second).toMatchObject({ kind: 'milestone', date: '28 March 2023' });
    const btc = en.nodes.find((n) => n.id === 'sangachal')!.facts.find((f) => f.id === 'btc-length-total');
    expect(btc).toMatchObject({ kind: 'observation', value: '1,768 km', label: 'BTC pipeline length' });
    // The country sections say which country they are.
    const sections = en.segments[2]!.facts.filter((f) => f.id.startsWith('btc-length-') && f.id !== 'btc-length-total');
    expect(sections.map((f) => (f.kind === 'observation' ? `${f.label}: ${f.value}` : ''))).toEqual([
      'BTC length in Azerbaijan: 443 km',
      'BTC length in Georgia: 249 km',
      'BTC length in Türkiye: 1,076 km',
    ]);
    expect(aktau.positionNote).toBe('Position approximate (medium confidence)');
    expect(aktau.legs.map((l) => [l.segmentId, l.approximate])).toEqual([
      ['tengiz-aktau', true],
      ['aktau-sangachal', true],
    ]);
  });

  it('keeps coordinates in [lat, lon] order inside the basemap', () => {
    const btc = en.segments[2]!;
    expect(btc.latLngs[0]).toEqual([40.19755, 49.48065]);
    const [[s, w], [n, e]] = en.maxBounds;
    for (const [lat, lon] of en.segments.flatMap((x) => x.latLngs)) {
      expect(lat).toBeGreaterThanOrEqual(s);
      expect(lat).toBeLessThanOrEqual(n);
      expect(lon).toBeGreaterThanOrEqual(w);
      expect(lon).toBeLessThanOrEqual(e);
    }
    expect(en.routeBounds).toEqual([
      [36.87588, 35.90063],
      [46.153, 53.55],
    ].map((p) => p.map((v) => expect.closeTo(v, 2))));
  });

  it('has every text in every language, with nothing left as a raw key', () => {
    for (const locale of LOCALES) {
      const json = JSON.stringify(shape(locale));
      expect(json, locale).not.toMatch(/"(map|data|units|reporters|reportedBy)\.[a-z]/);
      expect(JSON.parse(json)).toEqual(shape(locale)); // serialisable as it is
    }
  });

  it('is the data operator, translated: the English message equals data/route.ts', () => {
    for (const s of dataset.routeSegments) expect(MESSAGES.en.map.operators[s.id as keyof typeof MESSAGES.en.map.operators]).toBe(s.operator);
  });

  it('throws on a fact id that is not in the data', () => {
    const bad = { ...dataset, routeNodes: [{ ...dataset.routeNodes[0]!, facts: ['no-such-fact'] }] };
    expect(() => shapeRoute({ dataset: bad, contextPipelines, locale: 'en', t: tFor('en') })).toThrow('route "tengiz": fact "no-such-fact" is neither an observation nor a milestone');
  });
});

describe('selectSegmentVolumes', () => {
  const make = (o: Record<string, unknown>) =>
    observationSchema.parse({ indicator: 'oil.aktau-to-baku', value: 1, unit: 'tonnes', period: '2023', measure: 'flow', reporter: 'KZ', sourceId: 's', ...o });

  it('keeps whole-year measured flows only, revisions in place of what they revise', () => {
    const rows = [
      make({ id: 'a-2023', period: '2023' }),
      make({ id: 'a-2022', period: '2022' }),
      make({ id: 'a-2024-plan', period: '2024', measure: 'plan', status: 'planned' }),
      make({ id: 'a-2024-h1', period: '2024-H1' }),
      make({ id: 'a-2024-ytd', period: '2024-01/2024-06', measure: 'ytd' }),
      make({ id: 'a-2021-computed', period: '2021', computed: true }),
      make({ id: 'a-2025', period: '2025' }),
      make({ id: 'a-2025-rev', period: '2025', revises: 'a-2025' }),
      make({ id: 'other', period: '2023', indicator: 'oil.btc-transit.kz-tm' }),
    ];
    expect(selectSegmentVolumes('aktau-sangachal', rows).map((o) => o.id)).toEqual(['a-2022', 'a-2023', 'a-2025-rev']);
  });

  it('has a series for every leg in the data', () => {
    expect(dataset.routeSegments.filter((s) => !SEGMENT_VOLUME_SERIES[s.id]).map((s) => s.id)).toEqual([]);
  });

  it('is empty for a leg without a series', () => {
    expect(selectSegmentVolumes('nowhere', dataset.observations)).toEqual([]);
  });
});
