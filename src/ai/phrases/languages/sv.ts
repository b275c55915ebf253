/**
 * Swedish wordings of AI disclosures (what each table is for, and how it is matched: index.ts).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are
 * literal phrases, /slashed/ ones regex fragments.
 */
import type { Terms, Wordings } from './index';

export const terms: Terms = {
  ai: ['artificiell intelligens', 'datorgenerer', 'syntetisk'],
};

export const wordings: Wordings = {
  about: ['alt-text', 'alttext', 'beskrivning', 'sammanfatt'],
  above: [/\bovan/],
  all: ['alla', 'några', 'vissa'],
  asked: [/\b(?:bad|frågade) (?:jag|vi)\b/, /\b(?:jag|vi) (?:bad|frågade)\b/],
  contrast: ['men'],
  document: ['artikel', 'galleri', 'inlägg', 'sida', 'sidan', 'text'],
  following: ['följande', 'nedan'],
  gallery: ['bildspel', 'galleri'],
  how: ['så', 'så här'],
  image: ['bild', 'foto', 'grafik', 'illustr'],
  lead: ['huvudbild', 'omslagsbild', 'toppbild'],
  made: [/använts för att (?:generera|redigera|skapa)/, 'framställ', 'föreställd', /generera[dt]/, 'gjord', 'gjort', /skapa[dt]/, 'tillverkad'],
  news: ['bluff', 'desinform', 'falsk', 'fejk', 'manipul', 'misstänk', 'påstå', 'sociala medier', 'sprids', 'ursäkt', 'viral'],
  not: ['ej', 'inga', 'ingen', 'inte', 'utan'],
  presuppose: ['lagt märke till', 'märkte du', 'vad tycker du', 'visste du'],
  sees: ['föreställer', 'ser på'],
  subject: ['tema', 'ämne'],
  this: ['den här', 'denna', 'dessa', 'det här', 'detta'],
  via: ['av', 'med'],
  we: ['jag', 'vi', /vår\p{L}*/u],
  which: ['som'],
  written: ['skrevs', 'skriven', 'skrivet', 'översat'],
};
