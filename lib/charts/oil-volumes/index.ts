/** The oil chart: Kazakh oil shipped through Baku per year and through the year, with the agreed volumes. */
import { defineFigureChart } from '../module';
import { oilVolumesParts, oilVolumesSlides } from './parts';
import { oilVolumesDefinition } from './definition';
import { shapeOilVolumes } from './shape';
import { buildOilVolumesView } from './view';

export const oilVolumesChart = defineFigureChart({
  id: 'oil-volumes',
  definition: oilVolumesDefinition,
  indicators: ['oil.aktau-to-baku', 'oil.agreement', 'oil.tengiz-btc.rate'],
  exportPrefixes: ['oil.'],
  slideOptions: { reporters: false, years: true },
  parts: oilVolumesParts,
  slides: oilVolumesSlides,
  shapeFigures: shapeOilVolumes,
  yearsOf: (s) => [...s.annual.map((a) => a.year), ...s.running.map((l) => l.year)],
  viewOf: buildOilVolumesView,
});
