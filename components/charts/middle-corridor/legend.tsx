'use client';

import type { CorridorPanelView } from '@/lib/charts/middle-corridor/view';
import { REFERENCE_LINE, SCOPE_LINE_STYLES, VALUE_LABEL_HALO } from '@/lib/charts/style';
import type { LegendItem } from '../chartPart';
import { Swatch } from '../Swatch';

/** A plan's key: the scope's marker, hollow, on no line. */
function PlanSwatch({ color }: { color: string }) {
  return (
    <svg width={28} height={14} aria-hidden="true" focusable="false" style={{ flex: 'none' }}>
      <rect x={9} y={2} width={10} height={10} fill={VALUE_LABEL_HALO.stroke} stroke={color} strokeWidth={2.5} />
    </svg>
  );
}

/** A corridor panel's legend: its scopes (line and dash), plans (hollow markers), targets (dotted). */
export function corridorLegendItems(panel: CorridorPanelView): LegendItem[] {
  return [
    ...panel.series.map((s) => ({ key: s.key, swatch: <Swatch fill={SCOPE_LINE_STYLES[s.scope].color} line={{ dash: SCOPE_LINE_STYLES[s.scope].dash, width: 2.5 }} />, label: s.label })),
    ...panel.plans.map((p) => ({ key: p.key, swatch: <PlanSwatch color={SCOPE_LINE_STYLES[p.scope].color} />, label: p.label })),
    ...panel.targets.map((tg) => ({ key: tg.key, swatch: <Swatch fill={REFERENCE_LINE.color} line={{ dash: REFERENCE_LINE.dash, width: REFERENCE_LINE.width }} />, label: tg.label })),
  ];
}
