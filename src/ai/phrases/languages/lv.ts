/**
 * Latvian wordings of AI disclosures (what each table is for, and how it is matched: index.ts).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are
 * literal phrases, /slashed/ ones regex fragments.
 */
import type { Terms, Wordings } from './index';

export const terms: Terms = {
  abbreviations: [/MI(?=[- ]?(?:ģener|radīt|izveid))/],
  ai: [/mākslīg(?:(?!mākslīg)\S)* intelekt/],
};

export const wordings: Wordings = {
  about: ['aprakst', 'kopsavilk'],
  above: ['augstāk', 'iepriekš'],
  allAnywhere: ['daž', 'visas', 'visi'],
  document: ['galerij', 'lapa', 'lapā', 'rakst', 'tekst'],
  following: ['nākam', 'turpmāk', 'zemāk'],
  gallery: ['galerij'],
  image: ['attēl', 'foto', 'grafik', 'ilustr'],
  made: ['darināt', 'iztēlot', 'izveidot', 'radīt', 'ģenerē'],
  news: ['apgalvo', 'atvainoj', 'dezinform', 'izplat', 'manipul', 'viltot', 'viltus', 'virāl'],
  notAnywhere: [/(?:^|\s)(?:bez|nav|ne)\s/, /ne(?=radīt|izveidot|ģenerē)/],
  thisAnywhere: ['šajā', 'šie', 'šis', 'šī', 'šīs'],
  via: ['ar', 'izmantojot'],
  written: ['rakstīt', 'tulkot'],
};
