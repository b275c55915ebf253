/**
 * Estonian wordings of AI disclosures (what each table is for, and how it is matched: index.ts).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are
 * literal phrases, /slashed/ ones regex fragments.
 */
import type { Terms, Wordings } from './index';

export const terms: Terms = {
  ai: ['tehisaru', 'tehisintellekt'],
};

export const wordings: Wordings = {
  about: ['kirjeldus', 'kokkuvõt'],
  above: ['eespool', 'ülal'],
  all: ['kõik', 'mõned'],
  document: ['artik', 'galerii', 'lehek', 'lugu', 'tekst'],
  following: ['allpool', 'järgmi'],
  gallery: ['galerii', 'pildigalerii'],
  how: ['nii', 'nõnda'],
  image: ['foto', 'graafik', 'illustr', 'kujutis', 'pildi', 'pilt'],
  made: ['genereeri', 'kujutletud', 'loodud', 'tehtud', 'toodetud'],
  news: ['desinfo', 'levib', 'manipul', 'vabandu', 'viraal', 'väide', 'võlts'],
  not: ['ei', 'ilma', 'mitte', 'pole'],
  sees: ['kujutleb', 'näeb'],
  this: ['need', 'seda', 'see', 'selle'],
  thisAnywhere: ['käesolev'],
  via: ['abiga', 'abil', 'kasutades'],
  written: ['kirjut', 'tõlgi', 'tõlki'],
};
