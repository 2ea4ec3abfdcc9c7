import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { contextPipelines } from '../../data/geo/contextPipelines';
import { dataset } from '../dataset';
import { MESSAGES } from '../i18n/messages';
import type { Basemap } from '../map/basemap';
import { shapeRoute } from '../map/shapeRoute';
import { MAP_LAYER_IDS, withShownLayers } from '../map/layerState';
import { MAP_COLOURS, MODE_STYLES } from '../map/mapTheme';
import { LOCALES } from '../i18n/locales';
import { boxesOverlap } from '../map/labels';
import { LEGEND_BELOW_WIDTH, composeMapSvg, mapDrawingHeight, fitProjection, layoutLegend, layoutMapDrawing, layoutMapLabels, projectMercator } from './mapSvg';
import { measureTextWidth } from '../map/textWidth';

const basemap = JSON.parse(readFileSync(join(process.cwd(), 'public', 'geo', 'basemap.json'), 'utf8')) as Basemap;
const model = withShownLayers(shapeRoute({ dataset, contextPipelines, locale: 'kk', t: createTranslator({ locale: 'kk', messages: MESSAGES.kk }) as never }), []);
/** The two layer states the tests draw: the oil route alone (the default) and with both context layers. */
const LAYER_STATES = [[], MAP_LAYER_IDS] as const;

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
    [540, 470],
    [480, 420],
    // A phone's, as renderMap sizes a drawing of free height: the map, and the legend's band under it.
    [358, 0],
  ] as const;
  for (const locale of LOCALES) for (const shown of LAYER_STATES) {
    const m = withShownLayers(shapeRoute({ dataset, contextPipelines, locale, t: createTranslator({ locale, messages: MESSAGES[locale] }) as never }), shown);
    it(`${locale}${shown.length ? ', both layers' : ''}: no two labels overlap, none covers the legend or the credits, all inside the drawing; every place is named`, () => {
      const problems: string[] = [];
      for (const [width, fixedHeight] of sizes) {
        const height = fixedHeight || mapDrawingHeight(m, width, Math.round(width * 0.62));
        const { labels, legend, height: mapHeight } = layoutMapDrawing({ basemap, model: m, width, height, legend: true, attribution: true });
        // The legend lies on a wide map, in a band under a narrow one.
        // (With the layers' rows the corner box may be too tall for a small map: then the band.)
        if (shown.length === 0 || width < LEGEND_BELOW_WIDTH) expect(legend!.placement).toBe(width >= LEGEND_BELOW_WIDTH ? 'inside' : 'below');
        if (legend!.placement === 'below') expect(mapHeight + legend!.box.height).toBe(height);
        for (const n of m.nodes) if (!labels.some((l) => l.kind === 'place' && l.text === n.name)) problems.push(`${width}x${height}: ${n.name} missing`);
        // (A phone-sized drawing is mostly legend: its country names may all give way.)
        const countries = labels.filter((l) => l.kind === 'country').length;
        if (width >= 600 && countries < 3) problems.push(`${width}x${height}: only ${countries} countries named`);
        labels.forEach((a, i) => {
          const b = a.box;
          if (b.x < 0 || b.y < 0 || b.x + b.width > width || b.y + b.height > mapHeight) problems.push(`${width}x${height}: ${a.text} outside`);
          if (boxesOverlap(b, legend!.box)) problems.push(`${width}x${height}: ${a.text} on the legend`);
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
    const labels = layoutMapLabels({ model: m, project, zoom, width: 1020, height: 520, legend: layoutLegend(m, 1020, 520).box, attribution: true });
    for (const l of labels) expect(markup).toContain(`x="${Math.round(l.x * 10) / 10}" y="${Math.round(l.y * 10) / 10}" font-size="${l.size}"`);
    const sangachal = labels.find((l) => l.text === 'Sangachal')!;
    const azerbaijan = labels.find((l) => l.text === 'AZERBAIJAN');
    if (azerbaijan) expect(boxesOverlap(sangachal.box, azerbaijan.box)).toBe(false);
  });
});

describe('layoutLegend', () => {
  // The square export's drawing (about 480 layout px wide once its text is fitted) and a phone's.
  for (const locale of LOCALES) for (const shown of LAYER_STATES) {
    const m = withShownLayers(shapeRoute({ dataset, contextPipelines, locale, t: createTranslator({ locale, messages: MESSAGES[locale] }) as never }), shown);
    it(`${locale}${shown.length ? ', both layers' : ''}: on a narrow drawing, a band under the map whose items flow in rows, none past the edge or on another`, () => {
      for (const [width, height] of [
        [480, 420],
        [358, mapDrawingHeight(m, 358, 222)],
      ] as const) {
        const legend = layoutLegend(m, width, height);
        expect(legend.placement).toBe('below');
        expect(legend.box.y + legend.box.height).toBe(height);
        // The map keeps most of a fixed drawing, and all of its height in a free one.
        expect(legend.box.y).toBeGreaterThanOrEqual(width === 358 ? 222 : height * 0.6);
        const words = [m.text.legend.rail, m.text.legend.tanker, m.text.legend.pipeline, m.text.legend.context, m.text.legend.node, m.text.legend.city, ...m.layers.map((l) => l.legendText)];
        const boxes = [
          { x: legend.heading.x, y: legend.heading.y - 14, width: measureTextWidth(m.text.legend.heading, { size: 14, weight: 700 }), height: 18 },
          ...legend.items.map((it, i) => ({ x: it.swatchX, y: it.swatchY - 9, width: it.x - it.swatchX + measureTextWidth(words[i]!, { size: 13 }), height: 18 })),
        ];
        boxes.forEach((b, i) => {
          expect(b.x).toBeGreaterThanOrEqual(0);
          expect(b.x + b.width).toBeLessThanOrEqual(width);
          expect(b.y).toBeGreaterThanOrEqual(legend.box.y);
          expect(b.y + b.height).toBeLessThanOrEqual(height);
          for (const o of boxes.slice(i + 1)) expect(boxesOverlap(b, o)).toBe(false);
        });
      }
    });
  }
  it('keeps the corner box on a wide drawing', () => {
    const legend = layoutLegend(model, 1280, 720);
    expect(legend.placement).toBe('inside');
    expect(legend.box.x).toBeLessThan(20);
    expect(legend.box.y).toBeLessThan(20);
  });
  it('draws the band under the map: the map is fitted above it', () => {
    const markup = composeMapSvg({ basemap, model, width: 480, height: 420, legend: true, attribution: true });
    const band = layoutLegend(model, 480, 420).box;
    expect(markup).toContain(`<rect x="0" y="${band.y}" width="480" height="${band.height}" fill="#ffffff"/>`);
    expect(markup).toContain(`>${model.text.legend.heading}</text>`);
  });
});

describe('context layers in the drawing', () => {
  const all = shapeRoute({ dataset, contextPipelines, locale: 'ru', t: createTranslator({ locale: 'ru', messages: MESSAGES.ru }) as never });
  it('draws only the layers it is given, the cable dashed, each with its legend entry', () => {
    const none = composeMapSvg({ basemap, model: withShownLayers(all, []), width: 1020, height: 520, legend: true, attribution: true });
    expect(none).not.toContain('data-map-layer');
    const cable = composeMapSvg({ basemap, model: withShownLayers(all, ['caspian-cable']), width: 1020, height: 520, legend: true, attribution: true });
    expect(cable).toMatch(/<path d="[^"]+" fill="none" stroke="#882255" stroke-width="3" stroke-linecap="butt" stroke-dasharray="9 6" stroke-linejoin="round" data-map-layer="caspian-cable"\/>/);
    expect(cable).not.toContain('data-map-layer="container-line"');
    expect(cable).toContain('>Кабель ВОЛС (план, маршрут примерный)</text>');
    const both = composeMapSvg({ basemap, model: withShownLayers(all, MAP_LAYER_IDS), width: 1020, height: 520, legend: true, attribution: true });
    // The container line is two lanes (from Aktau and from Kuryk): one path of two lines.
    expect(both).toMatch(/<path d="M[^"M]+M[^"]+" fill="none" stroke="#00466e"[^>]*data-map-layer="container-line"\/>/);
    expect(both).toContain('>Контейнеры Актау/Курык — Баку (Алят)</text>');
  });
});
