/**
 * Hungarian wordings of AI disclosures (what each table is for, and how it is matched: index.ts).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are
 * literal phrases, /slashed/ ones regex fragments.
 */
import type { Terms, Wordings } from './index';

export const terms: Terms = {
  abbreviations: [/MI(?=[- ]?(?:által|gener|vel\b|segíts|készít|alkot))/],
  ai: ['mesterséges intelligenci'],
};

export const wordings: Wordings = {
  about: ['leírás', 'összefoglal'],
  above: [/\bfent/],
  all: ['egyes', 'minden'],
  allAnywhere: ['néhány', 'összes'],
  document: ['bejegyz', 'cikk', 'galéri', 'oldal', 'szöveg'],
  documentThis: ['a cikk', 'cikkünk'],
  following: [/\blent\b/, 'alábbi', 'következő'],
  gallery: ['galéri'],
  image: ['fotó', 'grafik', 'illusztr', /kép(?!es|vis|ess|z)/],
  made: ['alkot', 'elképzel', 'generál', 'készít', 'készült', 'létrehoz'],
  news: ['bocsánat', 'dezinform', 'hamis', 'manipul', 'megtéveszt', 'terjed', 'virális', 'álhír', 'állítólag'],
  not: ['nem', 'nincs', 'sem'],
  this: ['ebben', 'ebben a', 'ez', 'ez a', 'ezek', 'ezen', 'ezt', 'ezt a'],
  via: ['segítségével', 'által'],
  we: [/(?<!\p{L})\p{L}+(?:tunk|tünk)/u, 'mi', 'én'],
  written: ['fordít', 'írta', 'írás'],
};
