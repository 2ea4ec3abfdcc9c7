/** The oil chart's parts in fixed-size exports and its deck slides: per year, through the year. */
export const oilVolumesParts = [
  { id: 'oil-annual', panel: 'annual' },
  { id: 'oil-running', panel: 'running' },
] as const;

export const oilVolumesSlides = oilVolumesParts;
