/**
 * Italian wordings of AI disclosures (what each table is for, and how it is matched: index.ts).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are
 * literal phrases, /slashed/ ones regex fragments.
 */
import type { Terms, Wordings } from './index';

export const terms: Terms = {
  abbreviations: ['IA'],
  ai: [/intell?ig[eê]n[cz](?:(?!intell?ig[eê]n[cz])\S)* artifici/],
};

export const wordings: Wordings = {
  above: ['sopra'],
  all: ['alcune', 'tutte'],
  document: ['nota', /p[áa]gina/],
  following: ['seguente', 'sotto'],
  image: ['foto', 'grafi', 'illustr', 'immagin'],
  made: [/cr[ei]a[dt]/, 'elabor', /g[ée]n[ée]rat[aoi]\b/, 'realiz'],
  news: ['bufala', /circ[uo]l/, /d[eéi][sz][ie]nf/, 'fals', 'fuorvi', 'manip', 'presunt'],
  not: [/nessun\w*/, 'non', 'senza'],
  this: [/quest\w*/],
  via: ['con', 'per'],
  written: ['scritt', 'tradott'],
};
