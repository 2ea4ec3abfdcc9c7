import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { contextPipelines } from '../../data/geo/contextPipelines';
import { dataset } from '../dataset';
import { MESSAGES } from '../i18n/messages';
import type { Basemap } from '../map/basemap';
import { shapeRoute } from '../map/shapeRoute';
import { MAP_COLOURS, MODE_STYLES } from '../map/mapTheme';
import { LOCALES } from '../i18n/locales';
import { boxesOverlap } from '../map/labels';
import { composeMapSvg, fitProjection, layoutMapLabels, projectMercator } from './mapSvg';

const basemap = JSON.parse(readFileSync(join(process.cwd(), 'public', 'geo', 'basemap.json'), 'utf8')) as Basemap;
const model = shapeRoute({ dataset, contextPipelines, locale: 'kk', t: createTranslator({ locale: 'kk', messages: MESSAGES.kk }) as never });

describe('projectMercator', () => {
  it('puts 0,0 in the middle of the world and north up', () => {
    expect(projectMercator(0, 0)).toEqual([0.5, 0.5]);
    expect(projectMercator(45, 0)[1]).toBeLessThan(0.5);
  });
});

describe('fitProjection', () => {
  it('keeps the route inside the frame, and the view inside the basemap', () => {
    const { project } = fitProjection({ box: model.routeBounds, width: 1200, height: 560, padding: 40, within: basemap.bbox });
    for (const corner of model.routeBounds) {
      const [x, y] = project(corner[0], corner[1]);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(1200);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(560);
    }
    const [west, south, east, north] = basemap.bbox;
    const [x0, y0] = project(north, west);
    const [x1, y1] = project(south, east);
    expect(x0).toBeLessThanOrEqual(0.01);
    expect(y0).toBeLessThanOrEqual(0.01);
    expect(x1).toBeGreaterThanOrEqual(1199.99);
    expect(y1).toBeGreaterThanOrEqual(559.99);
  });
});

describe('composeMapSvg', () => {
  const markup = composeMapSvg({ basemap, model, width: 1200, height: 560, legend: true, attribution: true });
  it('draws every leg, every place name, the legend and the attribution, in the language of the model', () => {
    for (const node of model.nodes) expect(markup).toContain(`>${node.name}</text>`);
    expect(markup).toContain(model.text.legend.pipeline);
    expect(markup).toContain('Natural Earth');
    expect(markup.match(/stroke="#d55e00"/g)!.length).toBeGreaterThanOrEqual(model.segments.length);
  });
  it('has no external references and only literal colours', () => {
    expect(markup).not.toMatch(/href|var\(--|foreignObject/);
  });
  it('draws the rail leg dashed, with the white sleepers of the live map, unlike the solid pipeline', () => {
    const sleepers = `stroke="${MAP_COLOURS.flow}" stroke-width="${MODE_STYLES.rail.flow.weight}" stroke-linecap="${MODE_STYLES.rail.flow.lineCap}" stroke-dasharray="${MODE_STYLES.rail.flow.dashArray}"`;
    const rail = model.segments.filter((s) => s.mode === 'rail').length;
    expect(rail).toBeGreaterThan(0);
    // Each rail leg, and the legend's rail swatch.
    expect(markup.split(sleepers).length - 1).toBe(rail + 1);
    const pulses = `stroke="${MAP_COLOURS.flow}" stroke-width="${MODE_STYLES.pipeline.flow.weight}" stroke-linecap="${MODE_STYLES.pipeline.flow.lineCap}" stroke-dasharray="${MODE_STYLES.pipeline.flow.dashArray}"`;
    expect(markup).toContain(pulses);
    expect(MODE_STYLES.rail.flow.dashArray).not.toBe(MODE_STYLES.pipeline.flow.dashArray);
  });
});

describe('layoutMapLabels', () => {
  // The real label set in the four languages, at the export presets' layout sizes, the PDF's
  // drawing (about 760 x 390, and smaller when its text must grow), the "as on screen" size of a
  // desktop and of a phone.
  const sizes = [
    [1280, 720],
    [1200, 900],
    [1123, 794],
    [720, 720],
    [762, 392],
    [640, 330],
    [960, 595],
    [358, 222],
  ] as const;
  for (const locale of LOCALES) {
    const m = shapeRoute({ dataset, contextPipelines, locale, t: createTranslator({ locale, messages: MESSAGES[locale] }) as never });
    it(`${locale}: no two labels overlap, none covers the legend or the credits, all inside the drawing; every place is named`, () => {
      const problems: string[] = [];
      for (const [width, height] of sizes) {
        const { project, zoom } = fitProjection({ box: m.routeBounds, width, height, padding: Math.max(16, Math.min(56, width * 0.06)), within: basemap.bbox });
        const labels = layoutMapLabels({ model: m, project, zoom, width, height, legend: true, attribution: true });
        for (const n of m.nodes) if (!labels.some((l) => l.kind === 'place' && l.text === n.name)) problems.push(`${width}x${height}: ${n.name} missing`);
        // (A phone-sized drawing is mostly legend: its country names may all give way.)
        const countries = labels.filter((l) => l.kind === 'country').length;
        if (width >= 600 && countries < 3) problems.push(`${width}x${height}: only ${countries} countries named`);
        labels.forEach((a, i) => {
          const b = a.box;
          if (b.x < 0 || b.y < 0 || b.x + b.width > width || b.y + b.height > height) problems.push(`${width}x${height}: ${a.text} outside`);
          for (const other of labels.slice(i + 1)) if (boxesOverlap(b, other.box)) problems.push(`${width}x${height}: ${a.text} / ${other.text}`);
        });
      }
      expect(problems).toEqual([]);
    });
  }
  it('draws what it placed: each label at its box, Sangachal clear of Azerbaijan’s name (issue 12)', () => {
    const m = shapeRoute({ dataset, contextPipelines, locale: 'en', t: createTranslator({ locale: 'en', messages: MESSAGES.en }) as never });
    const markup = composeMapSvg({ basemap, model: m, width: 1020, height: 520, legend: true, attribution: true });
    const { project, zoom } = fitProjection({ box: m.routeBounds, width: 1020, height: 520, padding: 56, within: basemap.bbox });
    const labels = layoutMapLabels({ model: m, project, zoom, width: 1020, height: 520, legend: true, attribution: true });
    for (const l of labels) expect(markup).toContain(`x="${Math.round(l.x * 10) / 10}" y="${Math.round(l.y * 10) / 10}" font-size="${l.size}"`);
    const sangachal = labels.find((l) => l.text === 'Sangachal')!;
    const azerbaijan = labels.find((l) => l.text === 'AZERBAIJAN');
    if (azerbaijan) expect(boxesOverlap(sangachal.box, azerbaijan.box)).toBe(false);
  });
});
