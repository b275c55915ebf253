/**
 * Telugu wordings of AI disclosures (what each table is for, and how it is matched: index.ts).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are
 * literal phrases, /slashed/ ones regex fragments.
 */
import type { Terms, Wordings } from './index';

export const terms: Terms = {
  ai: ['ఆర్టిఫిషియల్ ఇంటెలిజెన్స్', 'ఏఐ', 'కృత్రిమ మేధ'],
};

export const wordings: Wordings = {
  about: ['ప్రత్యామ్నాయ', 'వివరణ', 'సారాంశ'],
  above: ['పైన'],
  allAnywhere: ['అన్ని', 'కొన్ని'],
  // A verb's auxiliary after a loan-word participle: "క్రియేట్ చేశారు", "జనరేట్ చేయబడింది".
  aux: ['చేయబడింది', 'చేశారు', 'చేసిన'],
  document: ['కథన', 'వార్త', 'వ్యాస'],
  following: ['కింద', 'క్రింద'],
  gallery: ['గ్యాలరీ'],
  image: ['ఇమేజ్', 'చిత్ర', 'ఫొటో', 'ఫోటో', 'బొమ్మ'],
  likeAfter: ['లాగ'],
  made: ['ఊహించ', 'క్రియేట్', 'జనరేట్', 'తయారు', 'రూపొంద', 'సృష్టి'],
  news: ['క్షమాపణ', 'తప్పుడు', 'నకిలీ', 'ప్రకారం', 'ఫేక్', 'వైరల్'],
  // Negation follows the verb or the noun ("AI కాదు", "రూపొందించలేదు").
  notAfter: ['కాదు', 'లేదు', 'లేవు'],
  this: ['ఈ'],
  written: ['అనువదించ', 'రాయబడ', 'రాసి'],
};
