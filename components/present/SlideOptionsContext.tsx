'use client';

import { createContext, useContext, type ReactNode } from 'react';
import type { SlideOptions } from '@/lib/present/deck';

const SlideOptionsContext = createContext<SlideOptions | null>(null);

/** Per-slide options (reporters, years) chosen for a deck, for the chart drawn on that slide. */
export function SlideOptionsProvider({ options, children }: { options: SlideOptions; children: ReactNode }) {
  return <SlideOptionsContext.Provider value={options}>{children}</SlideOptionsContext.Provider>;
}

/** The options of the slide a component is drawn on, or null outside a deck. */
export function useSlideOptions(): SlideOptions | null {
  return useContext(SlideOptionsContext);
}
