/** The Middle Corridor chart: cargo on the Trans-Caspian route by year, in tonnes and in TEU, one series per scope. */
import { defineFigureChart } from '../module';
import { middleCorridorDefinition } from './definition';
import { middleCorridorParts, middleCorridorSlides } from './parts';
import { CORRIDOR_INDICATORS, shapeMiddleCorridor } from './shape';
import { buildMiddleCorridorView } from './view';

export const middleCorridorChart = defineFigureChart({
  id: 'middle-corridor',
  definition: middleCorridorDefinition,
  indicators: CORRIDOR_INDICATORS,
  exportPrefixes: CORRIDOR_INDICATORS,
  slideOptions: { reporters: false, years: true },
  parts: middleCorridorParts,
  slides: middleCorridorSlides,
  shapeFigures: shapeMiddleCorridor,
  yearsOf: (s) => s.years,
  viewOf: buildMiddleCorridorView,
});
