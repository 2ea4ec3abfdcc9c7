import type { MapLayerView } from '@/lib/map/shapeRoute';
import { LAYER_STYLES, MAP_COLOURS } from '@/lib/map/mapTheme';

const W = 44;
const H = 16;

/** A short sample of a context layer's line, drawn with the map's own style (white casing under it). */
export function LayerSwatch({ kind }: { kind: MapLayerView['kind'] }) {
  const s = LAYER_STYLES[kind];
  return (
    <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false">
      <line x1={4} y1={H / 2} x2={W - 4} y2={H / 2} stroke={MAP_COLOURS.routeCasing} strokeWidth={s.weight + 2} strokeLinecap="round" />
      <line x1={4} y1={H / 2} x2={W - 4} y2={H / 2} stroke={s.colour} strokeWidth={s.weight} strokeDasharray={s.dashArray} strokeLinecap={s.lineCap} />
    </svg>
  );
}
