/**
 * Hindi wordings of AI disclosures (what each table is for, and how it is matched: index.ts).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are
 * literal phrases, /slashed/ ones regex fragments.
 */
import type { Terms, Wordings } from './index';

export const terms: Terms = {
  ai: ['एआई', 'कृत्रिम बुद्धि'],
};

export const wordings: Wordings = {
  about: ['विवरण', 'वैकल्पिक', 'सारांश'],
  above: ['ऊपर'],
  allAnywhere: ['कुछ', 'सभी'],
  aux: ['किया', 'गई', 'गए', 'गया', 'गयी', 'था', 'थी', 'थे', 'हुआ', 'हुई', 'है', 'हैं'],
  document: ['खबर', 'लेख'],
  following: ['नीचे'],
  gallery: ['गैलरी'],
  image: ['इमेज', 'इलस्ट्रेशन', 'ग्राफिक', 'चित्र', 'छवि', 'तस्वीर', 'फोटो'],
  like: ['मानो'],
  likeAfter: ['जैसा', 'जैसी', 'जैसे'],
  made: ['कल्पित', 'क्रिएट', 'जनरेट', 'जनित', 'तैयार', 'निर्मित', 'बना', 'बनी', 'बने'],
  news: ['अनुसार', 'झूठ', 'दावा', 'फर्जी', 'फेक', 'भ्रामक', 'माफी', 'मुताबिक', 'वायरल', 'वॉटरमार्क'],
  notAnywhere: ['नहीं'],
  thisAnywhere: ['इस', 'यह'],
  written: ['अनुवाद', 'लिख'],
};
