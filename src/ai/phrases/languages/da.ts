/**
 * Danish wordings of AI disclosures (what each table is for, and how it is matched: index.ts).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are
 * literal phrases, /slashed/ ones regex fragments.
 */
import type { Terms, Wordings } from './index';

export const terms: Terms = {
  ai: ['computergenerer', 'kunstig intelligens', 'syntetisk'],
};

export const wordings: Wordings = {
  about: ['alt-tekst', 'beskrivelse', 'resumé'],
  above: ['ovenfor', 'ovenstående'],
  all: ['alle', 'nogle'],
  asked: [/\b(?:bad|spurgte) (?:jeg|vi)\b/, /\b(?:jeg|vi) (?:bad|spurgte)\b/],
  contrast: ['men'],
  document: ['artikel', 'artiklen', 'galleri', 'opslag', 'side', 'siden', 'tekst'],
  following: ['følgende', 'nedenfor', 'nedenstående'],
  gallery: ['billedserie', 'galleri'],
  how: ['så', 'sådan'],
  image: ['billed', 'foto', 'grafik', 'illustr'],
  lead: ['forsidebillede', 'hovedbillede', 'topbillede'],
  made: [/brugt til at (?:generere|lave|redigere|skabe)/, 'forestillet', 'fremstillet', 'genereret', 'illustrer', 'lavet', 'produceret', 'skabt'],
  news: [
    'angivelig',
    'desinform',
    'fake',
    'falsk',
    'manipul',
    'mistænk',
    'påstå',
    'spredt',
    'undskyld',
    'viral',
  ],
  not: ['ikke', 'ingen', 'uden'],
  presuppose: ['bemærket', 'hvad synes du', 'lagt mærke til', 'vidste du'],
  sees: ['forestiller', 'ser for sig'],
  subject: ['emne', 'tema'],
  this: ['denne', 'dette', 'disse'],
  via: ['af', 'med'],
  we: ['jeg', 'vi', /vores?/],
  which: ['som'],
  written: ['oversat', 'skrevet'],
};
