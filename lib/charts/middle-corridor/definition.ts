import { defineChart } from '../definitions';

export const middleCorridorDefinition = defineChart('middle-corridor', 'middleCorridor', 'tonnes', ['range']);
