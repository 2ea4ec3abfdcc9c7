import { defineChart } from '../definitions';

export const oilVolumesDefinition = defineChart('oil-volumes', 'oilVolumes', 'tonnes', ['range']);
