/** The corridor chart's parts in fixed-size exports and its deck slides: tonnes, TEU. */
export const middleCorridorParts = [
  { id: 'corridor-tonnes', panel: 'tonnes' },
  { id: 'corridor-teu', panel: 'teu' },
] as const;

export const middleCorridorSlides = middleCorridorParts;
