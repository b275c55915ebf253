/**
 * Gujarati wordings of AI disclosures (what each table is for, and how it is matched: index.ts).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are
 * literal phrases, /slashed/ ones regex fragments.
 */
import type { Terms, Wordings } from './index';

export const terms: Terms = {
  ai: ['આર્ટિફિશિયલ ઇન્ટેલિજન્સ', 'એઆઇ', 'એઆઈ', 'કૃત્રિમ બુદ્ધિ'],
};

export const wordings: Wordings = {
  about: ['વર્ણન', 'વૈકલ્પિક', 'સારાંશ'],
  above: ['ઉપર'],
  allAnywhere: ['કેટલ', 'તમામ', 'બધ'],
  // The passive's auxiliaries after the participle: "બનાવવામાં આવી છે".
  aux: ['આવી', 'આવ્યા', 'આવ્યું', 'આવ્યો', 'ગઈ', 'ગયું', 'ગયો', 'છે', 'થઈ', 'હતા', 'હતી', 'હતું', 'હતો'],
  document: ['અહેવાલ', 'લેખ', 'સમાચાર'],
  following: ['નીચે'],
  gallery: ['ગેલેરી'],
  image: ['ઇમેજ', 'ગ્રાફિક', 'ચિત્ર', 'છબી', 'તસવીર', 'ફોટો'],
  likeAfter: ['જેવ'],
  made: ['કલ્પિત', 'ક્રિએટ', 'જનરેટ', 'તૈયાર', 'નિર્મિત', 'બનાવ', 'બનેલ'],
  news: ['અનુસાર', 'દાવો', 'નકલી', 'ફેક', 'ભ્રામક', 'માફી', 'મુજબ', 'વાયરલ', 'વોટરમાર્ક'],
  notAnywhere: ['નથી', 'નહીં'],
  this: ['આ'],
  written: ['અનુવાદ', 'લખ'],
};
