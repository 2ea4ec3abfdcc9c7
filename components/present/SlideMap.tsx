'use client';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { RouteMapModel } from '@/lib/map/shapeRoute';
import { mapSlideLayout } from '@/lib/present/mapSlide';
import { SLIDE_TYPE } from '@/lib/present/stage';
import { MAP_STATUS_ATTR, useDrawGate } from '@/components/ui/DrawGate';
import { useGateOpen } from '@/components/ui/useGateOpen';
import { loadBasemap } from '@/components/map/loadBasemap';
import { useMapLayers } from '@/components/map/useMapLayers';
import { withShownLayers } from '@/lib/map/layerState';
import styles from './Slides.module.css';

interface Drawing {
  markup: string;
  width: number;
  height: number;
}

/**
 * The route map on a slide: the export's static map drawing (lib/export/mapSvg.ts: basemap, route
 * legs in their styles, places and names placed without overlaps), laid out at a size that puts
 * its names at slide type (lib/present/mapSlide.ts) and scaled to fill the box. No zoom buttons,
 * no prompts: a clicker cannot use them. Loads (the drawing code and the basemap) when the deck's
 * gate opens, and draws again when the box changes shape.
 */
export function SlideMap({ model: whole }: { model: RouteMapModel }) {
  // The context layers shown are the address's (`layers`, kept by the deck), as on the dashboard.
  const { shown } = useMapLayers();
  const model = useMemo(() => withShownLayers(whole, shown), [whole, shown]);
  const box = useRef<HTMLDivElement>(null);
  const open = useGateOpen(box, '0px', useDrawGate());
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  const [drawing, setDrawing] = useState<Drawing | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const el = box.current!;
    // offsetWidth/Height: stage px, before the stage's scale.
    const measure = () => setSize((old) => (old && old.width === el.offsetWidth && old.height === el.offsetHeight ? old : { width: el.offsetWidth, height: el.offsetHeight }));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const layout = size && mapSlideLayout(size, SLIDE_TYPE.min);
    if (!open || !layout) return;
    let live = true;
    Promise.all([import('@/lib/export/mapSvg'), loadBasemap(model.basemapUrl)])
      .then(([{ composeMapSvg }, basemap]) => {
        if (!live) return;
        setDrawing({ markup: composeMapSvg({ basemap, model, width: layout.width, height: layout.height, legend: false, attribution: false }), width: layout.width, height: layout.height });
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [open, size, model]);

  const status = drawing ? 'ready' : failed ? 'error' : open ? 'loading' : 'waiting';
  return (
    <figure className={styles.mapFigure} data-testid="slide-map" {...{ [MAP_STATUS_ATTR]: status }}>
      <div ref={box} className={`scheme-light ${styles.mapBox}`}>
        {drawing ? (
          <svg
            viewBox={`0 0 ${drawing.width} ${drawing.height}`}
            width="100%"
            height="100%"
            role="img"
            aria-label={model.text.mapLabel}
            data-map-drawing=""
            dangerouslySetInnerHTML={{ __html: drawing.markup }}
          />
        ) : (
          <p className={styles.mapPlaceholder}>{status === 'error' ? model.text.loadError : model.text.loading}</p>
        )}
      </div>
    </figure>
  );
}
