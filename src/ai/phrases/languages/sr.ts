/**
 * Serbian (Cyrillic and Latin) wordings of AI disclosures (what each table is for, and how it is matched: index.ts).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are
 * literal phrases, /slashed/ ones regex fragments.
 */
import type { Terms, Wordings } from './index';

export const terms: Terms = {
  abbreviations: [/(?<![А-Яа-яЂ-џ])ВИ(?![А-Яа-яЂ-џ])/],
  ai: [/veštačk(?:(?!veštačk)\S)* inteligen/, /вештачк(?:(?!вештачк)\S)* интелиген/],
};

export const wordings: Wordings = {
  about: ['opis', 'алтернатив', 'опис'],
  above: ['iznad', 'изнад'],
  // Whole words: "све" starts "Светлана".
  all: ['neke', 'sve', 'неке', 'све'],
  document: ['galerij', 'stranic', 'tekst', 'članak', 'članku', 'галериј', 'текст', 'чланак', 'чланку'],
  following: ['ispod', 'sledeć', 'испод', 'следећ'],
  gallery: ['galerij', 'галериј'],
  image: ['foto', 'grafik', 'ilustrac', 'slik', 'графи', 'илустрац', 'слик', 'фото'],
  made: [
    'generis',
    'izrađen',
    'kreiran',
    'napravljen',
    'stvoren',
    'zamišljen',
    'генерис',
    'замишљен',
    'креиран',
    'направљен',
    'створен',
  ],
  // Hedges: "kako deluje" (as it seems), "navodno" (allegedly).
  news: ['dezinform', 'izvin', 'kako deluje', 'lažn', 'manipul', 'navodno', 'viral', 'дезинформ', 'извин', 'како делује', 'лажн', 'наводно'],
  not: ['bez', 'ni', 'nije', 'nisu'],
  notAnywhere: [/(?:^|\s)(?:без|не|није|нису)\s/],
  this: ['ova', 'ovaj', 'ove', 'ovo', 'ovoj', 'ovom'],
  thisAnywhere: ['ова', 'овај', 'ове', 'ово'],
  via: ['pomoću', 'uz', 'помоћу'],
  written: ['napisan', 'preveden', 'написан', 'преведен'],
};
