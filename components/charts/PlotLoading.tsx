'use client';

import { createContext, useContext } from 'react';

/**
 * Whether plots wait until their frame is near the viewport before loading the chart library.
 * The dashboard's cards do (the first view stays light); slides, exports and embeds draw at once.
 */
export const LazyPlots = createContext(false);

export const useLazyPlots = () => useContext(LazyPlots);
