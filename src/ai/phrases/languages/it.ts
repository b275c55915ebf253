/**
 * Italian wordings of AI disclosures (what each table is for, and how it is matched: index.ts).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are
 * literal phrases, /slashed/ ones regex fragments.
 */
import type { Terms, Wordings } from './index';

export const terms: Terms = {
  abbreviations: ['IA'],
  // ("Contenuti sintetici": platforms' word for AI-made media, all their label says: "Contenuti sintetici o alterati".)
  ai: ['contenuti sintetici', /intell?ig[eê]n[cz](?:(?!intell?ig[eê]n[cz])\S)* artifici/],
};

export const wordings: Wordings = {
  about: ['descrizion', 'riassunt', 'testo alternativo'],
  above: ['sopra'],
  all: ['alcune', 'tutte'],
  asked: [/\b(?:abbiamo|ho) (?:chiesto|domandato)\b/],
  contrast: ['ma', 'però', 'tuttavia'],
  document: ['articol', 'galler', 'nota', /p[áa]gina/, 'testo'],
  following: ['seguent', 'sotto'],
  gallery: ['galleria'],
  here: [/\b(?:mostrat|usat|utilizzat|vedete|vedi|vediamo)\S{0,1} qui\b/],
  how: ['così', 'ecco come'],
  image: ['disegn', 'foto', 'grafi', 'illustr', /immagin[ei](?![a-z])/, 'montaggio', 'rappresentazion', 'ricostruzion'],
  labels: ['contenuti sintetici o alterati', /info(?:rmazioni)? sull['’]ia/],
  lead: ['di copertina', 'foto principale', 'immagine in evidenza', 'immagine principale', 'in apertura'],
  made: [
    /cr[ei]a[dt]/,
    'creò',
    'disegnò',
    'elabor',
    /fatt[aeio] (?:con|da|dall)/,
    /g[ée]n[ée]rat[aoi]\b/,
    'immaginat',
    'modificat',
    'prodott',
    'realiz',
    /u(?:sat|tilizzat)[aeio] per (?:creare|generare|modificare|produrre|realizzare)/,
  ],
  news: [
    /\bguarda(?:no)?\b/,
    /\bsecondo\b/,
    'ammess',
    'bufala',
    /circ[uo]l/,
    'condivi',
    'conferm',
    /d[eéi][sz][ie]nf/,
    'etichett',
    'fals',
    'fuorvi',
    'manip',
    'osserva',
    'polemic',
    'presunt',
    'pubblicat',
    // (A fact-check's "scopriamo che", we find that.)
    'scopr',
    'scus',
    'sospett',
    'sui social',
  ],
  not: [/nessun\w*/, 'non', 'senza'],
  presuppose: ['che ne pensate', 'che ne pensi', 'cosa ne pensate', 'cosa ne pensi', 'sapevate', 'sapevi', 'ti sei accorto', 'vi piace', 'vi siete accorti'],
  sees: ['immagina', 'vede'],
  subject: ['argomenti', 'argomento', 'rubrica', 'tema'],
  this: [/quest\w*/],
  via: ['con', 'per'],
  we: [/(?<!\p{L})\p{L}{3,}iamo/u, 'abbiamo', 'mi', 'noi', /nostr[aeio]/],
  which: ['che'],
  written: ['redatt', 'scritt', 'tradott'],
};
