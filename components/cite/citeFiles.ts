/**
 * BibTeX and RIS files of a citation, made in the browser with citation-js (loaded only when one
 * is asked for). BibTeX keeps letters as they are (UTF-8, for biblatex/biber; citation-js would
 * otherwise turn Cyrillic and Azerbaijani letters into LaTeX escapes and lose some) and uses the
 * item's id as its key. RIS is written from citation-js's tags without its wrapping of values at
 * 70 characters: a reader joins the pieces with a space, which splits words of a long title.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';

const bibtex = plugins.config.get('@bibtex') as { format: { asciiOnly: boolean; useIdAsLabel: boolean } };
bibtex.format.asciiOnly = false;
bibtex.format.useIdAsLabel = true;

type RisEntry = Record<string, string | number | readonly (string | number)[]>;

function writeRis(entries: readonly RisEntry[]): string {
  return entries
    .map((entry) => {
      const lines = [`TY  - ${String(entry.TY)}`];
      for (const [tag, value] of Object.entries(entry)) {
        if (tag !== 'TY') for (const v of [value].flat()) lines.push(`${tag}  - ${String(v).replace(/\s+/g, ' ')}`);
      }
      lines.push('ER  - ');
      return lines.join('\n');
    })
    .join('\n');
}

export function formatCitationFile(csl: Record<string, unknown>, format: 'bibtex' | 'ris'): string {
  const cite = new Cite(csl);
  if (format === 'bibtex') return cite.format('biblatex', { format: 'text' }) as string;
  return writeRis(cite.format('ris', { format: 'object' } as never) as unknown as RisEntry[]);
}
