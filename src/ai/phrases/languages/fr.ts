/**
 * French wordings of AI disclosures (what each table is for, and how it is matched: index.ts).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are
 * literal phrases, /slashed/ ones regex fragments.
 */
import type { Terms, Wordings } from './index';

export const terms: Terms = {
  abbreviations: ['IA'],
  ai: [/intell?ig[eê]n[cz](?:(?!intell?ig[eê]n[cz])\S)* artifici/],
};

export const wordings: Wordings = {
  above: ['dessus'],
  all: ['certaines', 'toutes'],
  document: ['articl', 'galer', 'page'],
  following: ['dessous', 'suivant'],
  image: ['illustr', /im[aá]g/, 'photo', 'visu'],
  made: ['créé', /g[ée]n[ée]r[ée]e?s?\b/],
  news: [/d[eéi][sz][ie]nf/, /d[ée]te[ck]t/, 'fausse', 'faux', 'manip', /pr[ée]tend/, 'tromp'],
  not: [/aucun\w*/, 'non', 'pas', 'sans'],
  notAnywhere: ["n'"],
  this: ['ce', 'cet', 'cette'],
  via: ['avec', 'par'],
  written: ['rédig', 'tradu', 'écrit'],
};
