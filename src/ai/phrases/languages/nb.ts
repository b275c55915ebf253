/**
 * Norwegian Bokmål wordings of AI disclosures (what each table is for, and how it is matched: index.ts).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are
 * literal phrases, /slashed/ ones regex fragments.
 */
import type { Terms, Wordings } from './index';

export const terms: Terms = {
  abbreviations: ['KI'],
  ai: ['datagener', 'kunstig intelligens', 'syntetisk'],
};

export const wordings: Wordings = {
  about: ['beskrivelse', 'sammendrag'],
  above: ['ovenfor'],
  all: ['alle', 'noen'],
  asked: [/\b(?:ba|spurte) (?:jeg|vi)\b/, /\b(?:jeg|vi) (?:ba|spurte)\b/],
  contrast: ['men'],
  document: ['artikkel', 'galleri', 'innlegg', 'saken', 'side', 'siden', 'tekst'],
  following: ['følgende', 'nedenfor'],
  gallery: ['bildeserie', 'galleri'],
  how: ['slik', 'så'],
  image: ['bilde', 'foto', 'grafikk', 'illustr'],
  lead: ['forsidebilde', 'hovedbilde', 'toppbilde'],
  made: [/brukt til å (?:generere|lage|redigere)/, 'forestilt', 'generert', 'illustrer', 'lagd', 'laget', 'produsert', 'skapt'],
  news: [/\bdelte?\b/, 'angivelig', 'beklag', 'desinform', 'falsk', 'manipul', 'mistenk', 'påstå', 'spredt', 'viral'],
  not: ['ikke', 'ingen', 'uten'],
  presuppose: ['hva synes du', 'hvordan liker du', 'lagt merke til', 'merket du', 'visste du'],
  sees: ['forestiller', 'ser for seg'],
  subject: ['tema'],
  this: ['denne', 'dette', 'disse'],
  via: ['av', 'med'],
  we: ['jeg', 'vi', /vår\p{L}*/u],
  which: ['som'],
  written: ['oversatt', 'skrevet'],
};
