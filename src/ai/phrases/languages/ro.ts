/**
 * Romanian wordings of AI disclosures (what each table is for, and how it is matched: index.ts).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are
 * literal phrases, /slashed/ ones regex fragments.
 */
import type { Terms, Wordings } from './index';

export const terms: Terms = {
  abbreviations: ['IA'],
  ai: [/inteligen[țţt](?:(?!inteligen)\S)* artificial/],
};

export const wordings: Wordings = {
  about: ['descrier', 'rezumat'],
  above: [/\bsus(?![\wÀ-ɏ])/],
  all: ['toate', 'unele'],
  asked: [/\bam (?:cerut|rugat|întrebat)\b/],
  contrast: ['dar', 'însă'],
  document: ['articol', 'galeri', 'material', 'pagin', 'text'],
  following: [/\bjos(?![\wÀ-ɏ])/, 'următoar'],
  gallery: ['galeri'],
  image: [/\bpoz[aăe]/, 'foto', 'grafic', 'ilustra', /imagin(?:e|ea|i|ii|ile|ilor)(?![a-zăâîșşțţ])/],
  made: ['creat', 'făcut', 'generat', 'imaginat', 'produs', 'realizat'],
  news: ['detect', 'dezinform', 'fals', 'manipul', 'pretins', 'scuz', 'viral'],
  not: ['nici', 'nu'],
  notAnywhere: [/(?:^|\s)fără\s/],
  this: ['aceast', 'acest', 'aceste', 'acestea'],
  via: ['cu', 'folosind', 'prin'],
  which: ['care'],
  written: ['scris', 'tradus'],
};
