/**
 * Finnish wordings of AI disclosures (what each table is for, and how it is matched: index.ts).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are
 * literal phrases, /slashed/ ones regex fragments.
 */
import type { Terms, Wordings } from './index';

export const terms: Terms = {
  ai: ['tekoäly'],
};

export const wordings: Wordings = {
  about: ['kuvaus', 'tiivistelm', 'vaihtoehtoi'],
  above: [/\byllä/, 'edellä'],
  allAnywhere: ['jotkin', 'kaikki'],
  asked: ['kysyimme', 'kysyin', 'pyysimme', 'pyysin'],
  document: ['artikkel', 'galleri', 'juttu', 'jutu', 'sivu', 'tekst'],
  // ("alla oleva kuva", the image below; not a bare "alla": Italian "alla" is "at the".)
  following: [/\balla olev/, 'alapuolell', 'seuraava'],
  gallery: ['galleria', 'kuvasarja'],
  how: ['näin'],
  image: ['grafiik', 'kuva', 'kuvitu', 'piirro'],
  made: ['generoi', 'kuviteltu', 'luoma', 'luonut', 'luotu', 'tehty', 'tekemä', 'tuotettu', 'tuotos', 'tuottama'],
  news: ['anteeksi', 'disinform', 'feikki', 'levinn', 'levis', 'manipul', 'valeuuti', 'viraali', 'väite', 'väärennet'],
  notAnywhere: [/(?:^|\s)(?:ei|eivät|ilman)\s/],
  presuppose: ['huomasitko', 'mitä mieltä', 'mitä pidät', 'tiesitkö'],
  sees: ['kuvittelee', 'näkee'],
  thisAnywhere: ['nämä', 'tämä', 'tässä'],
  via: ['avulla', 'käyttäen'],
  written: ['kirjoite', 'kirjoitt', 'kään'],
};
