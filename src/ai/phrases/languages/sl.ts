/**
 * Slovenian wordings of AI disclosures (what each table is for, and how it is matched: index.ts).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are
 * literal phrases, /slashed/ ones regex fragments.
 */
import type { Terms, Wordings } from './index';

export const terms: Terms = {
  abbreviations: [/UI(?=[- ]?(?:gener|ustvar|izdel))/],
  ai: [/umetn(?:(?!umetn)\S)* inteligenc/],
};

export const wordings: Wordings = {
  about: ['opis', 'povzet'],
  above: ['zgoraj'],
  all: ['nekatere', 'vse'],
  document: ['besedil', 'galerij', 'stran', 'članek', 'članku'],
  following: ['naslednj', 'spodaj'],
  gallery: ['galerij'],
  image: ['foto', 'grafik', 'ilustracij', 'podob', 'slik'],
  made: ['generiran', 'izdelan', 'narejen', 'ustvarjen', 'zamišljen'],
  news: ['dezinform', 'domnevn', 'lažn', 'manipul', 'opravič', 'viral'],
  not: ['brez', 'ne', 'ni', 'niso'],
  // Only before a Slovenian noun of an image or a page: the short forms are English "to", Italian and
  // Spanish "te", "ti" in the pooled grammar ("text to image generator" is no "this text").
  this: [/t(?:a|e|ej|em|i|o)(?= (?:besedil|foto|galerij|grafik|ilustracij|objav|podob|prispev|slik|stran|člank))/],
  via: ['pomočjo'],
  we: ['mi', /naš\p{L}*/u, 'smo'],
  written: ['napisan', 'preveden'],
};
