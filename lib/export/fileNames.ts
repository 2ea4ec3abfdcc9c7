/**
 * File names that say what a file is: `azkz-trade-turnover-en-2x.png`, `azkz-route-map-kk.svg`,
 * `azkz-briefing-az.pdf`.
 */
import type { ExportScale } from './presets';

/** What can be exported: a chart id or the route map. */
export type ExportSubject = string;

export type ExportFormat = 'png' | 'svg' | 'csv' | 'json';

/** `azkz-<subject>-<locale>[-<scale>x].<format>`; `full` marks the whole series of a data export. */
export function makeExportFileName(args: { subject: ExportSubject; locale: string; format: ExportFormat; scale?: ExportScale; full?: boolean }): string {
  const { subject, locale, format, scale, full } = args;
  const safe = subject.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
  const parts = ['azkz', safe, ...(full ? ['full'] : []), locale, ...(format === 'png' ? [`${scale ?? 1}x`] : [])];
  return `${parts.join('-')}.${format}`;
}

/** `azkz-briefing-<locale>.pdf`. */
export function makeBriefingFileName(locale: string): string {
  return `azkz-briefing-${locale}.pdf`;
}
