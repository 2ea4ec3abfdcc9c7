/** bench/budgets.json, typed: the byte budgets (tested in e2e/budgets.spec.ts) and the bench's other targets. */
import budgets from '../../bench/budgets.json';

export const KIB = 1024;

/** Byte budgets in bytes (gzip as served). */
export const BYTE_BUDGETS = {
  firstViewJsGzip: budgets.bytes.firstViewJsGzip.maxKiB * KIB,
  mapChunkGzip: budgets.bytes.mapChunkGzip.maxKiB * KIB,
  basemapGzip: budgets.bytes.basemapGzip.maxKiB * KIB,
  precachePerLocaleGzip: budgets.bytes.precachePerLocaleGzip.maxKiB * KIB,
  pageHtmlRaw: budgets.bytes.pageHtmlRaw.maxKiB * KIB,
  rscPayloadRaw: budgets.bytes.rscPayloadRaw.maxKiB * KIB,
} as const;

export const BUDGET_TEXT = {
  firstViewJsGzip: budgets.bytes.firstViewJsGzip.what,
  mapChunkGzip: budgets.bytes.mapChunkGzip.what,
  basemapGzip: budgets.bytes.basemapGzip.what,
  precachePerLocaleGzip: budgets.bytes.precachePerLocaleGzip.what,
  pageHtmlRaw: budgets.bytes.pageHtmlRaw.what,
  rscPayloadRaw: budgets.bytes.rscPayloadRaw.what,
} as const;

export const TARGETS = budgets.targets;
