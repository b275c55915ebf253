/**
 * Slovak wordings of AI disclosures (what each table is for, and how it is matched: index.ts).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are
 * literal phrases, /slashed/ ones regex fragments.
 */
import type { Terms, Wordings } from './index';

export const terms: Terms = {
  abbreviations: [/UI(?=[- ]?(?:gener|vygener|vytvo))/],
  ai: [/umel(?:(?!umel)\S)* inteligenc/],
};

export const wordings: Wordings = {
  about: ['popis', 'zhrnutie'],
  above: ['vyššie'],
  allAnywhere: ['niektoré', 'všetk'],
  document: ['galéri', 'stránk', 'text', 'článk', 'článok'],
  following: ['nasledujúc', 'nižšie'],
  gallery: ['galéri'],
  how: ['tak', 'takto'],
  image: ['fotk', 'fotograf', 'grafik', 'ilustr', 'obrázk', 'obrázok', 'snímk', 'snímok'],
  made: ['generov', 'predstaven', 'vyrob', 'vytvor'],
  news: ['detek', 'dezinform', 'falošn', 'hoax', 'manipul', 'ospravedln', 'virál', 'údajn', 'šír'],
  notAnywhere: [/(?:^|\s)(?:ne(?:bol[aoi]?|je|sú)|žiadn\S*)(?=\s|$)/, /ne(?=vytvor|vygener|generov)/],
  sees: ['predstavuje', 'vidí'],
  this: [/t(?:ento|ieto|ohto|omto|oto|áto)/],
  via: ['cez', 'nástroj', 'pomocou'],
  we: ['my', /náš\p{L}*/u, 'sme'],
  written: ['napísan', 'prelož'],
};
