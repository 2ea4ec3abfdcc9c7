import type { RouteSegment } from '@/data/schema';
import { CASING_EXTRA, CONTEXT_STYLE, MAP_COLOURS, MODE_STYLES, NODE_RADIUS } from '@/lib/map/mapTheme';

const W = 44;
const H = 16;

/** A short sample of a map line, drawn with the map's own styles. */
export function ModeSwatch({ mode }: { mode: RouteSegment['mode'] }) {
  const { base, flow } = MODE_STYLES[mode];
  const y = H / 2;
  return (
    <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false">
      <line x1={4} y1={y} x2={W - 4} y2={y} stroke={MAP_COLOURS.routeCasing} strokeWidth={base.weight + CASING_EXTRA} strokeLinecap="round" />
      <line x1={4} y1={y} x2={W - 4} y2={y} stroke={MAP_COLOURS.route} strokeWidth={base.weight} strokeDasharray={base.dashArray} strokeLinecap={base.lineCap} />
      {mode !== 'tanker' ? (
        <line x1={4} y1={y} x2={W - 4} y2={y} stroke={MAP_COLOURS.flow} strokeWidth={flow.weight} strokeDasharray={flow.dashArray} strokeLinecap={flow.lineCap} />
      ) : null}
    </svg>
  );
}

export function ContextSwatch() {
  return (
    <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false">
      <line x1={4} y1={H / 2} x2={W - 4} y2={H / 2} stroke={MAP_COLOURS.context} strokeOpacity={CONTEXT_STYLE.opacity} strokeWidth={CONTEXT_STYLE.weight} strokeDasharray={CONTEXT_STYLE.dashArray} />
    </svg>
  );
}

export function NodeSwatch({ city }: { city: boolean }) {
  const r = city ? NODE_RADIUS.city : NODE_RADIUS.site;
  return (
    <svg width={H + 2} height={H + 2} viewBox={`0 0 ${H + 2} ${H + 2}`} aria-hidden="true" focusable="false">
      <circle
        cx={(H + 2) / 2}
        cy={(H + 2) / 2}
        r={r}
        fill={city ? MAP_COLOURS.city : MAP_COLOURS.node}
        stroke={city ? MAP_COLOURS.node : MAP_COLOURS.route}
        strokeWidth={city ? 1.5 : 3}
      />
    </svg>
  );
}

/** The direction badge drawn on the route: a chevron in a disc, pointing along the flow. */
export function DirectionBadge({ angleDeg = 0, size = 18 }: { angleDeg?: number; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 18 18" aria-hidden="true" focusable="false" style={{ transform: `rotate(${angleDeg}deg)` }}>
      <circle cx="9" cy="9" r="8" fill={MAP_COLOURS.route} stroke={MAP_COLOURS.routeCasing} strokeWidth="1.5" />
      <path d="M7 5 L11 9 L7 13" fill="none" stroke={MAP_COLOURS.flow} strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
