/**
 * The registry of data modules: every file in data/ that holds records, with the path that
 * validation errors name. Add a new data file here and it is validated, exported to
 * dataset.json/.csv and listed on the sources page.
 */
import type { DataFile } from '../lib/validate';
import { sources } from './sources';
import { logistics, trade } from './trade';
import { investment } from './investment';
import { companies, relations, society } from './companies';
import { oil } from './oil';
import { corridor } from './corridor';
import { milestones } from './milestones';
import { routeNodes, routeSegments } from './route';
import { cableFacts, mapLayers } from './layers';

export const DATA_FILES: readonly DataFile[] = [
  { file: 'data/sources.ts', kind: 'sources', records: sources },
  { file: 'data/trade.ts', kind: 'observations', records: trade },
  { file: 'data/trade.ts', kind: 'observations', records: logistics },
  { file: 'data/investment.ts', kind: 'observations', records: investment },
  { file: 'data/companies.ts', kind: 'observations', records: companies },
  { file: 'data/companies.ts', kind: 'observations', records: relations },
  { file: 'data/companies.ts', kind: 'observations', records: society },
  { file: 'data/oil.ts', kind: 'observations', records: oil },
  { file: 'data/corridor.ts', kind: 'observations', records: corridor },
  { file: 'data/milestones.ts', kind: 'milestones', records: milestones },
  { file: 'data/route.ts', kind: 'routeNodes', records: routeNodes },
  { file: 'data/route.ts', kind: 'routeSegments', records: routeSegments },
  { file: 'data/layers.ts', kind: 'observations', records: cableFacts },
  { file: 'data/layers.ts', kind: 'mapLayers', records: mapLayers },
];
