'use client';
import { useEffect } from 'react';
import type L from 'leaflet';
import { useMap } from 'react-leaflet';
import { areaLabelCandidates, markerLabelCandidates, placeLabels, type Box, type LabelSide, type LabelToPlace } from '@/lib/map/labels';
import type { RouteMapModel } from '@/lib/map/shapeRoute';

/**
 * Places every label so that none overlaps another, a marker or a map control
 * (lib/map/labels.ts placeLabels, with the sizes the labels have on screen): place names first,
 * then seas and countries, which move off or are hidden when no spot near their anchor is free.
 * Runs when the labels appear, after every zoom, move and resize, and when the fonts have loaded.
 */
export function LabelLayout({ ready, model }: { ready: boolean; model: RouteMapModel }) {
  const map = useMap();
  useEffect(() => {
    if (!ready) return;
    let frame = 0;
    const run = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => arrangeLabels(map));
    };
    run();
    void document.fonts?.ready.then(run);
    map.on('zoomend moveend resize', run);
    return () => {
      cancelAnimationFrame(frame);
      map.off('zoomend moveend resize', run);
    };
  }, [map, ready, model]);
  return null;
}

const KIND_ORDER: Record<string, number> = { place: 0, sea: 1, country: 2 };

function arrangeLabels(map: L.Map) {
  const container = map.getContainer();
  const outer = container.getBoundingClientRect();
  // The deck scales its stage with a transform: work in the map's own (layout) px.
  const scale = container.offsetWidth > 0 ? outer.width / container.offsetWidth : 1;
  const toLayout = (r: DOMRect): Box => ({ x: (r.left - outer.left) / scale, y: (r.top - outer.top) / scale, width: r.width / scale, height: r.height / scale });
  const elements = [...container.querySelectorAll<HTMLElement>('[data-map-label]')].filter((el) => getComputedStyle(el).display !== 'none');
  const items = elements
    .map((el) => ({ el, kind: el.dataset.mapLabel ?? 'country', anchor: map.latLngToContainerPoint([Number(el.dataset.lat), Number(el.dataset.lon)]), width: el.offsetWidth, height: el.offsetHeight }))
    .sort((a, b) => KIND_ORDER[a.kind]! - KIND_ORDER[b.kind]!);
  const obstacles: Box[] = items
    .filter((i) => i.kind === 'place')
    .map((i) => {
      const r = Number(i.el.dataset.radius) + 2;
      return { x: i.anchor.x - r, y: i.anchor.y - r, width: 2 * r, height: 2 * r };
    });
  for (const control of container.querySelectorAll('.leaflet-control')) obstacles.push(toLayout(control.getBoundingClientRect()));
  const labels: LabelToPlace[] = items.map((i, index) => ({
    key: String(index),
    optional: i.kind !== 'place',
    candidates:
      i.kind === 'place'
        ? markerLabelCandidates({ x: i.anchor.x, y: i.anchor.y, radius: Number(i.el.dataset.radius), gap: 3, width: i.width, height: i.height, prefer: i.el.dataset.side as LabelSide }).map((c) => c.box)
        : areaLabelCandidates({ x: i.anchor.x, y: i.anchor.y, width: i.width, height: i.height }),
  }));
  const placed = placeLabels({ labels, obstacles, frame: { x: 0, y: 0, width: container.offsetWidth, height: container.offsetHeight } });
  placed.forEach((p, index) => {
    const { el, anchor } = items[index]!;
    if (!p.box) {
      el.style.visibility = 'hidden';
      el.setAttribute('data-label-hidden', '');
      return;
    }
    el.style.visibility = '';
    el.removeAttribute('data-label-hidden');
    el.style.transform = 'none';
    el.style.left = `${p.box.x - anchor.x}px`;
    el.style.top = `${p.box.y - anchor.y}px`;
  });
}
