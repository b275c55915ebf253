/**
 * Lithuanian wordings of AI disclosures (what each table is for, and how it is matched: index.ts).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are
 * literal phrases, /slashed/ ones regex fragments.
 */
import type { Terms, Wordings } from './index';

export const terms: Terms = {
  abbreviations: [/DI(?=[- ]?(?:sugener|generuot|sukurt))/],
  ai: [/dirbtin(?:(?!dirbtin)\S)* intelekt/],
};

export const wordings: Wordings = {
  about: ['aprašym', 'santrauk'],
  above: ['aukščiau'],
  allAnywhere: ['kai kur', 'visi', 'visos'],
  document: ['galerij', 'puslap', 'straipsn', 'tekst'],
  following: ['toliau', 'žemiau'],
  gallery: ['galerij'],
  image: ['grafik', 'iliustr', 'nuotrauk', 'vaizd'],
  made: ['generuot', 'pagamint', 'sukurt', 'įsivaizduot'],
  news: ['atsiprašė', 'dezinform', 'klaiding', 'manipul', 'netikr', 'neva', 'plint', 'viral'],
  notAnywhere: [/(?:^|\s)(?:be|ne|nėra)\s/, /ne(?=sukurt|sugener|generuot|pagamint)/],
  thisAnywhere: ['šiame', 'šioje', 'šios', 'šis'],
  via: ['naudojant', 'padedant', 'su'],
  written: ['išverst', 'parašyt'],
};
