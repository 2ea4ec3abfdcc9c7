/**
 * The validated dataset, for server code and build scripts only (client components receive
 * shaped, serialisable props instead). Importing this module with invalid data throws an error
 * that names every bad file, record and field, which stops `next build`.
 */
import { DATA_FILES } from '../data/index';
import { loadDataset, type Dataset } from './validate';

export const dataset: Dataset = loadDataset(DATA_FILES);
