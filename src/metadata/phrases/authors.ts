/**
 * Words of bylines and credit lines (src/metadata/authors.ts).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates, keyed by language code where
 * language-bound; 'quoted' entries are literal phrases, /slashed/ ones regex fragments. Matched
 * case-insensitively.
 */
import type { Table, Tables } from '../../phrases';

/** News agencies: a byline part that is one of them is a credit, not an author. */
export const AGENCIES: Table = [
  'afp',
  'ani',
  'anp',
  'ansa',
  'ap',
  'apa',
  'associated press',
  'ats',
  'belga',
  'bloomberg',
  'ctk',
  'dpa',
  'efe',
  'epa',
  'epd',
  'ians',
  'kna',
  'kyodo',
  'ntb',
  'pti',
  'reuters',
  'ria novosti',
  'sda',
  'sid',
  'tass',
  'tt',
  'xinhua',
  'yonhap',
  'čtk',
];

/** …and the words for one ("By Agencies", "Staff"). */
export const AGENCY_WORDS: Tables = {
  de: ['agenturen', 'redaktion'],
  en: [/agenc(?:y|ies)/, 'staff'],
  es: ['agencia'],
  fr: [/agences?/],
  pt: ['agencia'],
};

/** "By" in the languages bylines are read in. */
export const BY: Tables = {
  de: ['von'],
  en: ['by'],
  es: ['por'],
  fr: ['par'],
  it: ['di'],
  nl: ['door'],
  pt: ['por'],
  ru: ['от'],
};

/** A label before the name: "Autor: …", "Text: …", "Redactie: …". */
export const AUTHOR_LABELS: Tables = {
  de: [/autor(?:in)?/, 'text'],
  en: ['author'],
  es: ['autor', 'redacción', 'texto'],
  nl: ['redactie'],
  pt: ['autor', 'texto'],
  ru: ['автор'],
};

/** A credit line, by how it opens: "With inputs from agencies", "Photo: …", "Mit Material von dpa". */
export const CREDIT_OPENINGS: Tables = {
  de: ['bild', /fotos?/, 'mit material', 'quelle'],
  en: [
    'additional reporting',
    'compiled by',
    'credit',
    'edited by',
    'editing by',
    'image',
    /photos?/,
    'reporting by',
    'source',
    'with inputs from',
    'writing by',
  ],
  es: ['con información', /fotos?/],
  fr: [/avec (?:l')?afp/],
  nl: [/fotos?/, 'met medewerking'],
  pt: ['com informações', /fotos?/],
};
