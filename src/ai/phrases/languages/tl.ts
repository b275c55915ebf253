/**
 * Tagalog (Filipino) wordings of AI disclosures (what each table is for, and how it is matched: index.ts).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are
 * literal phrases, /slashed/ ones regex fragments.
 */
import type { Terms, Wordings } from './index';

export const terms: Terms = {
  ai: ['artipisyal na intelihensiya'],
};

export const wordings: Wordings = {
  about: ['buod', 'paglalarawan'],
  above: ['itaas'],
  all: ['ilan', 'lahat'],
  document: ['artikulo', 'artikulong', 'balita', 'balitang', 'pahina', 'pahinang'],
  following: ['ibaba', 'sumusunod'],
  gallery: ['galeriya'],
  image: ['guhit', 'imahe', 'larawan', 'litrato'],
  made: ['binuo', 'ginawa', 'inisip', 'nilikha'],
  news: ['kumakalat', 'mapanlinlang', 'paumanhin', 'peke', 'umano'],
  not: ['hindi', 'walang'],
  this: ['ito'],
  via: ['gamit ang', 'ng', 'pamamagitan ng'],
  written: ['isinalin', 'isinulat'],
};
