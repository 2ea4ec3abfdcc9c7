/**
 * The route map for export (SVG and PNG): composed from the basemap and the route data
 * (lib/export/mapSvg.ts) in the export's language, laid out in the same frame as the charts
 * (title, legend, attribution, source, as-of date, address, licence). Browser only.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { loadBasemap } from '@/components/map/loadBasemap';
import type { LatLngBox } from '@/lib/map/shapeRoute';
import { composeMapSvg, mapDrawingHeight } from '@/lib/export/mapSvg';
import { computeMinTextPx, computePixelSize, resolvePresetSize, type ExportScale, type PixelSize, type PresetSize, type SizePreset } from '@/lib/export/presets';
import { parseMapLayers, withShownLayers } from '@/lib/map/layerState';
import { loadExportLocale } from './exportLocale';
import { waitUntil } from './offscreen';
import { rasterizeSvg } from './rasterize';
import { renderFrameSvg, type ExportBackground } from './renderChart';

export interface MapImageOptions {
  locale: string;
  preset: SizePreset | PresetSize;
  onScreen?: PixelSize;
  background: ExportBackground;
  plain: boolean;
  /** The extent to show (south-west, north-east); defaults to the whole route. */
  extent?: LatLngBox;
  /** The context layers to draw; defaults to those shown on screen (the address, lib/map/layerState.ts). */
  layers?: readonly string[];
  origin?: string;
}

/** Fills its box with the composed map (drawn once the box has a size); `heightFor` sizes a box of free height from its width. */
function MapDrawing({ compose, heightFor }: { compose: (width: number, height: number) => string; heightFor: ((width: number) => number) | null }) {
  const box = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<PixelSize | null>(null);
  useLayoutEffect(() => {
    const el = box.current!;
    const measure = () => setSize((old) => (old && old.width === el.clientWidth && old.height === el.clientHeight ? old : { width: el.clientWidth, height: el.clientHeight }));
    measure();
    // The frame is resized while the export fits its text (renderFrameSvg): draw again at once.
    const observer = new ResizeObserver(() => flushSync(measure));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={box} style={{ width: '100%', height: heightFor ? (size ? heightFor(size.width) : 0) : '100%' }}>
      {size && size.height > 0 ? (
        <svg width={size.width} height={size.height} viewBox={`0 0 ${size.width} ${size.height}`} data-map-drawing="" dangerouslySetInnerHTML={{ __html: compose(size.width, size.height) }} />
      ) : null}
    </div>
  );
}

/** The route map as a self-contained SVG document. */
export async function renderMapSvg(options: MapImageOptions): Promise<{ svg: string; output: PixelSize }> {
  const words = await loadExportLocale(options.locale);
  const model = withShownLayers(words.map, options.layers ?? parseMapLayers(window.location.search));
  const base = await loadBasemap(model.basemapUrl);
  const size = typeof options.preset === 'string' ? resolvePresetSize(options.preset, options.onScreen) : options.preset;
  const fixed = size.layout.height > 0;
  const t = words.t;
  const address = `${options.origin ?? window.location.origin}/${options.locale}/#route-map`;
  return renderFrameSvg({
    drawing: (
      <MapDrawing
        heightFor={fixed ? null : (width) => mapDrawingHeight(model, width, Math.round(size.layout.width * 0.62))}
        compose={(width, height) => composeMapSvg({ basemap: base, model, width, height, extent: options.extent, legend: true, attribution: options.plain })}
      />
    ),
    size,
    plain: options.plain,
    text: {
      title: t('map.heading'),
      subtitle: t('export.mapTitle'),
      filterNote: null,
      sourceLine: model.text.attribution,
      updated: words.updated['route-map'],
      asOfAndAddress: [words.asOf, t('export.dashboard', { url: address })].filter(Boolean).join(' · '),
      licence: t('footer.dataLicence'),
    },
    lang: options.locale,
    background: options.background,
    description: [t('map.heading'), ...model.layers.map((l) => `${l.name} (${l.tag})`), model.text.attribution].join('. '),
    // Drawn, and at its box's size (the frame is resized while the text is fitted).
    settle: (host) =>
      waitUntil(() => {
        const svg = host.querySelector<SVGSVGElement>('[data-map-drawing]');
        const box = svg?.parentElement;
        return !!svg && !!box && Number(svg.getAttribute('width')) === box.clientWidth && Number(svg.getAttribute('height')) === box.clientHeight;
      }, 'the map'),
    minText: typeof options.preset === 'string' ? computeMinTextPx(size) : null,
  });
}

/** The route map as PNG at `scale` times the preset's output size. */
export async function renderMapImage(options: MapImageOptions & { scale: ExportScale }): Promise<Blob> {
  const { svg, output } = await renderMapSvg(options);
  return rasterizeSvg(svg, computePixelSize(output, options.scale));
}
