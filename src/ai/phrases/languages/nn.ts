/**
 * Norwegian Nynorsk wordings of AI disclosures (what each table is for, and how it is matched: index.ts).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are
 * literal phrases, /slashed/ ones regex fragments.
 */
import type { Terms, Wordings } from './index';

export const terms: Terms = {
  abbreviations: ['KI'],
  ai: ['datagener', 'kunstig intelligens', 'syntetisk'],
};

export const wordings: Wordings = {
  about: ['samandrag', 'skildring'],
  above: ['ovanfor'],
  all: ['alle', 'nokre'],
  asked: [/\b(?:bad|spurde) (?:eg|vi)\b/, /\b(?:eg|vi) (?:bad|spurde)\b/],
  contrast: ['men'],
  document: ['artikkel', 'galleri', 'innlegg', 'saka', 'sida', 'side', 'tekst'],
  following: ['følgjande', 'nedanfor'],
  gallery: ['bileteserie', 'galleri'],
  image: ['bilde', 'bilet', 'foto', 'grafikk', 'illustr'],
  lead: ['hovudbilde', 'hovudbilete', 'toppbilde', 'toppbilete'],
  made: ['førestilt', 'generert', 'illustrer', 'laga', 'lagd', 'laget', 'produsert', 'skapt'],
  news: ['beklag', 'desinform', 'falsk', 'manipul', 'mistenk', 'påstå', 'spreidd', 'viral'],
  not: ['ikkje', 'ingen', 'utan'],
  presuppose: ['korleis likar du', 'kva synest du', 'lagt merke til', 'visste du'],
  subject: ['tema'],
  this: ['denne', 'desse', 'dette'],
  via: ['av', 'med'],
  which: ['som'],
  written: ['omsett', 'skrive'],
};
