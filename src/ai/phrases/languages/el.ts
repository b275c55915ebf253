/**
 * Greek wordings of AI disclosures (what each table is for, and how it is matched: index.ts).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are
 * literal phrases, /slashed/ ones regex fragments.
 */
import type { Terms, Wordings } from './index';

export const terms: Terms = {
  abbreviations: [/ΤΝ(?![Α-Ωα-ωά-ώ])/],
  ai: [/τεχνητ(?:(?!τεχνητ)\S)* νοημοσ[υύ]ν/],
};

export const wordings: Wordings = {
  about: ['εναλλακτικ', 'περίληψ', 'περιγραφ'],
  above: ['ανωτέρω', 'παραπάνω'],
  allAnywhere: ['ορισμέν', 'όλα', 'όλες'],
  asked: ['ζήτησα', 'ζητήσαμε', 'ρωτήσαμε'],
  contrast: ['αλλά', 'όμως'],
  document: ['άρθρο', 'δημοσίευσ', 'κείμεν', 'συλλογ'],
  following: ['ακόλουθ', 'κάτωθι', 'παρακάτω'],
  gallery: ['γκαλερί', 'συλλογή'],
  image: ['απεικόν', 'γραφικ', 'εικον', 'εικόν', 'σκίτσ', 'φωτογραφ'],
  made: ['δημιουργ', 'δημιούργησ', 'κατασκευ', 'παράχθηκ', 'παραχθ', 'φαντασμέν', 'φτιάχτ', 'φτιαγμ'],
  news: ['viral', 'κυκλοφορ', 'παραπληροφ', 'παραποι', 'συγγνώμη', 'φερόμεν', 'χειραγ', 'ψευδ', 'ψεύτικ'],
  notAnywhere: [/(?:^|\s)(?:δεν|μη|μην|χωρίς|όχι)\s/],
  thisAnywhere: [
    'αυτά',
    'αυτές',
    'αυτή',
    'αυτή η',
    'αυτής',
    'αυτής της',
    'αυτού',
    'αυτού του',
    'αυτό',
    'αυτό το',
    'αυτών των',
    'παρόν',
  ],
  via: ['μέσω', 'χρήση'],
  we: [/(?<!\p{L})\p{L}+(?:αμε|ήσαμε)/u, 'εμείς'],
  written: ['γράφτηκ', 'γραμμέν', 'μεταφρ'],
};
