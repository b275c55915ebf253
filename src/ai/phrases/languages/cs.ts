/**
 * Czech wordings of AI disclosures (what each table is for, and how it is matched: index.ts).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are
 * literal phrases, /slashed/ ones regex fragments.
 */
import type { Terms, Wordings } from './index';

export const terms: Terms = {
  abbreviations: [/UI(?=[- ]?(?:gener|vygener|vytvo))/],
  ai: [/uměl(?:(?!uměl)\S)* inteligenc/],
};

export const wordings: Wordings = {
  about: ['alternativní text', 'popis', 'shrnutí'],
  above: ['nahoře', 'výše'],
  allAnywhere: ['některé', 'všechn'],
  asked: ['požádal jsem', 'požádali jsme', 'zeptal jsem', 'zeptali jsme'],
  contrast: ['ale', 'avšak'],
  document: ['galeri', 'stránk', 'text', 'článek', 'článk'],
  following: [/\bdole\b/, 'následuj', 'níže'],
  gallery: ['galeri'],
  how: ['tak', 'takhle', 'takto'],
  image: ['fotk', 'fotograf', 'grafik', 'ilustr', /obr[aá]z(?!ovk)/, 'snímek', 'snímk'],
  made: ['generov', 'nakresl', 'představen', 'vyrob', 'vytvor', 'vytvoř'],
  news: [
    'detek',
    'dezinform',
    'fake',
    'falešn',
    'manipul',
    'omluv',
    'podezř',
    'podvr',
    'virál',
    'údajn',
    'šíř',
  ],
  notAnywhere: [/(?:^|\s)(?:ne(?:byl[aoy]?|jsou|ní)|žádn\S*)(?=\s|$)/, /ne(?=vytvo|vygener|generov)/],
  presuppose: ['co říkáte', 'jak se vám líbí', 'věděli jste', 'všimli jste si'],
  sees: ['představuje', 'vidí'],
  subject: ['téma', 'témata'],
  this: [/t(?:ato|ento|ohoto|omto|oto|yto|éto)/],
  via: ['nástroj', 'pomocí', 'přes'],
  we: ['jsem', 'jsme', 'my', /naš\p{L}*/u],
  which: ['která', 'které', 'který'],
  written: ['napsan', 'napsán', 'přelož'],
};
