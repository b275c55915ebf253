/**
 * Croatian wordings of AI disclosures (what each table is for, and how it is matched: index.ts).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are
 * literal phrases, /slashed/ ones regex fragments.
 */
import type { Terms, Wordings } from './index';

export const terms: Terms = {
  abbreviations: [/UI(?=[- ]?(?:gener|izrađ|stvor))/],
  ai: [/umjetn(?:(?!umjetn)\S)* inteligencij/],
};

export const wordings: Wordings = {
  about: ['opis', 'sažet'],
  above: ['iznad'],
  all: ['neke', 'sve'],
  document: ['galerij', 'stranic', 'tekst', 'članak', 'članku'],
  following: ['ispod', 'sljedeć'],
  gallery: ['galerij'],
  image: ['foto', 'grafik', 'ilustracij', 'slik'],
  made: ['generiran', 'izrađen', 'kreiran', 'napravljen', 'stvoren', 'zamišljen'],
  news: ['dezinform', 'ispričal', 'lažn', 'manipul', 'navodn', 'viral'],
  not: ['bez', 'ni', 'nije', 'nisu'],
  this: ['ova', 'ovaj', 'ove', 'ovo', 'ovoj', 'ovom'],
  via: ['pomoću', 'uz'],
  we: ['mi', /naš\p{L}*/u, 'smo'],
  written: ['napisan', 'preveden'],
};
