/**
 * BibTeX and RIS files of a citation, made in the browser with citation-js (loaded only when one
 * is asked for). BibTeX keeps letters as they are (UTF-8, for biblatex/biber; citation-js would
 * otherwise turn Cyrillic and Azerbaijani letters into LaTeX escapes and lose some) and uses the
 * item's id as its key.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';

const bibtex = plugins.config.get('@bibtex') as { format: { asciiOnly: boolean; useIdAsLabel: boolean } };
bibtex.format.asciiOnly = false;
bibtex.format.useIdAsLabel = true;

export function formatCitationFile(csl: Record<string, unknown>, format: 'bibtex' | 'ris'): string {
  return new Cite(csl).format(format === 'bibtex' ? 'biblatex' : 'ris', { format: 'text' }) as string;
}
