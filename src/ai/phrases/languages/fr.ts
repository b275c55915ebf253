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
  about: ['descript', 'résumé', 'texte alternatif'],
  above: ['dessus'],
  all: ['certaines', 'toutes'],
  asked: [/\b(?:ai|avons) demandé\b/],
  contrast: ['cependant', 'mais', 'pourtant', 'toutefois'],
  document: ['articl', 'contenu', 'galer', 'page', 'publication', 'texte'],
  following: ['dessous', 'suivant'],
  gallery: ['diaporama', 'galerie'],
  here: [/\b(?:affiché|présenté|utilisé|voi[st]|voyez)\S{0,2} ici/],
  how: ['ainsi', 'comme', 'voici comment', 'voilà comment'],
  image: ['cliché', 'dessin', 'illustr', /im[aá]g(?!in)/, 'montage', 'photo', 'visu'],
  labels: ['info ia', 'infos ia', /le créateur ou meta a déclaré que ce contenu a été créé ou modifié avec l.ia/],
  lead: ['illustration principale', 'image de une', 'image principale', 'image à la une', 'photo de une', 'photo principale', 'visuel principal'],
  made: ['conçu', 'créé', 'fabriqu', /g[ée]n[ée]r[ée]e?s?(?![a-z])/, 'imaginé', 'produit', 'retouch', 'réalis', /utilisée?s? pour (?:cré|génér|modifi|produi|retouch)/],
  news: [
    /\bregard/,
    /\bselon\b/,
    'a déclaré',
    'confirmé',
    /d[eéi][sz][ie]nf/,
    /d[ée]te[ck]t/,
    'excus',
    'fausse',
    'faux',
    'manip',
    'partag',
    'polémique',
    /pr[ée]tend/,
    'présum',
    'reconnu',
    'réseaux sociaux',
    'soupçon',
    'tromp',
    'étiquet',
  ],
  not: [/aucun\w*/, 'non', 'pas', 'sans'],
  // "n'" / "n’" as a word of its own: not the Italian "un'immagine".
  notAnywhere: [/(?<![\p{L}\p{N}])n['’]/u],
  presuppose: ['avez-vous remarqué', 'aviez-vous remarqué', 'comment trouvez-vous', "qu'en pensez-vous", 'que pensez-vous', 'qu’en pensez-vous', 'savais-tu', 'saviez-vous', 'tu as remarqué'],
  sees: ['imagine', 'se représente', 'voit'],
  subject: ['dossier', 'rubrique', 'sujet', 'thème'],
  this: ['ce', 'cet', 'cette'],
  via: ['avec', 'par'],
  we: [/j['’](?:ai|avais)/, 'notre', 'nous'],
  which: ['que', 'qui'],
  written: ['rédig', 'traduit', 'écrit'],
};
