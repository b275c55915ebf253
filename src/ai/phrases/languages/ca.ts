/**
 * Catalan wordings of AI disclosures (what each table is for, and how it is matched: index.ts).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are
 * literal phrases, /slashed/ ones regex fragments.
 */
import type { Terms, Wordings } from './index';

export const terms: Terms = {
  abbreviations: ['IA'],
  ai: [/intel[·.l]?lig[eè]ncia artificial/],
};

export const wordings: Wordings = {
  about: ['descripci', 'resum', 'text alternatiu'],
  above: ['a dalt'],
  all: ['algunes', 'alguns', 'totes'],
  document: ['article', 'galeria', 'notícia', 'pàgina', 'text'],
  following: ['a sota', 'següent'],
  gallery: ['galeria'],
  image: ['foto', 'il·lustraci', 'imatg'],
  made: ['creat', 'elaborat', 'fet amb', 'generat', 'imaginat', 'produït', 'realitzat'],
  news: ['bulo', 'desinform', 'disculp', 'fals', 'manipul', 'segons', 'viral'],
  not: ['cap', 'no', 'sense'],
  this: ['aquest', 'aquesta', 'aquestes', 'aquests'],
  via: ['amb', 'per'],
  which: ['que'],
  written: ['escrit', 'traduït'],
};
