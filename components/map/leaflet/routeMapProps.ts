import type { RefObject } from 'react';
import type { RouteMapModel } from '@/lib/map/shapeRoute';

/** What the dashboard's map takes from RouteMap: the model, the shared selection and its setters. */
export interface RouteMapInnerProps {
  model: RouteMapModel;
  locale: string;
  selectedSegment: string | null;
  openNode: string | null;
  /** Set by the caller when a place was opened from outside the map: focus moves into its popup. */
  focusPopup: RefObject<boolean>;
  /** Selects a leg (a place's popup links to its legs). */
  onSelectSegment: (id: string | null) => void;
  /** Selects a leg, or clears it when it is already selected (clicks and Enter on the map). */
  onToggleSegment: (id: string) => void;
  onOpenNode: (id: string | null) => void;
  onStatus: (status: 'ready' | 'error') => void;
  /** Ids of the context layers shown (lib/map/layerState.ts). */
  shownLayers: readonly string[];
  /** Opens a context layer's details (a click on its line). */
  onLayerDetails: (id: string) => void;
}
