/** The investment chart's parts in fixed-size exports and its deck slides: each direction, the companies. */
export const investmentFlowsParts = [
  { id: 'investment-kz-to-az', panel: 'kzToAz' },
  { id: 'investment-az-to-kz', panel: 'azToKz' },
  { id: 'investment-companies', panel: 'companies' },
] as const;

/** The deck tells Azerbaijan's investment in Kazakhstan first. */
export const investmentFlowsSlides = [
  { id: 'investment-az-to-kz', panel: 'azToKz' },
  { id: 'investment-kz-to-az', panel: 'kzToAz' },
  { id: 'investment-companies', panel: 'companies' },
] as const;
