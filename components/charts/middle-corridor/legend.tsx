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

/** A target far above the figures: the arrow written at the plot's top edge. */
function TargetAboveSwatch({ color }: { color: string }) {
  return (
    <svg width={28} height={14} aria-hidden="true" focusable="false" style={{ flex: 'none' }}>
      <line x1={14} y1={13} x2={14} y2={2} stroke={color} strokeWidth={2} />
      <path d="M10,6 L14,1.5 L18,6" fill="none" stroke={color} strokeWidth={2} strokeLinejoin="round" strokeLinecap="round" />
    </svg>
  );
}

/** A corridor panel's legend: its scopes (line and dash), plans (hollow markers), targets (dotted, or an arrow when far above the figures). */
export function corridorLegendItems(panel: CorridorPanelView): LegendItem[] {
  return [
    ...panel.series.map((s) => ({ key: s.key, swatch: <Swatch fill={SCOPE_LINE_STYLES[s.scope].color} line={{ dash: SCOPE_LINE_STYLES[s.scope].dash, width: 2.5 }} />, label: s.label })),
    ...panel.plans.map((p) => ({ key: p.key, swatch: <PlanSwatch color={SCOPE_LINE_STYLES[p.scope].color} />, label: p.label })),
    ...panel.targets.map((tg) => ({
      key: tg.key,
      swatch: tg.onScale ? <Swatch fill={REFERENCE_LINE.color} line={{ dash: REFERENCE_LINE.dash, width: REFERENCE_LINE.width }} /> : <TargetAboveSwatch color={REFERENCE_LINE.color} />,
      label: tg.label,
    })),
  ];
}
