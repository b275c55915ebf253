/**
 * Dutch wordings of AI disclosures (what each table is for, and how it is matched: index.ts).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are
 * literal phrases, /slashed/ ones regex fragments.
 */
import type { Terms, Wordings } from './index';

export const terms: Terms = {
  ai: ['kunstmatige intelligentie'],
};

export const wordings: Wordings = {
  above: ['hierboven'],
  all: ['sommige'],
  document: ['artikel', /p[áa]gina/, 'tekst'],
  following: ['hieronder', 'volgend'],
  image: ['beeld', 'foto'],
  made: [/g[ée]n[ée]reerd/, 'gemaakt'],
  news: [/\bnep\b/, 'misleid'],
  not: ['geen', 'niet', 'zonder'],
  this: ['deze', 'dit'],
  via: ['door'],
  written: ['geschr', 'vertaal'],
};
