import { defineChart } from '../definitions';

export const timelineDefinition = defineChart('timeline', 'timeline', 'date', ['range']);
