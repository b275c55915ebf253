/**
 * Swahili wordings of AI disclosures (what each table is for, and how it is matched: index.ts).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are
 * literal phrases, /slashed/ ones regex fragments.
 */
import type { Terms, Wordings } from './index';

export const terms: Terms = {
  ai: ['akili bandia', 'akili mnemba'],
};

export const wordings: Wordings = {
  about: ['maelezo', 'mbadala', 'muhtasari'],
  above: ['juu'],
  all: ['baadhi', 'zote'],
  document: ['habari', 'maandishi', 'makala', 'ukurasa'],
  following: ['chini', 'ifuatayo', 'zifuatazo'],
  gallery: ['matunzio'],
  image: ['mchoro', 'michoro', 'picha', 'taswira'],
  like: ['kana kwamba'],
  made: ['buniwa', 'fikiriwa', 'tengenezwa', 'undwa', 'zalishwa'],
  // ("JamiiCheck imebaini … kuwa", has found that; "KWELI" / "SI KWELI", a fact-check's verdict; "anaeleza kuwa", explains that.)
  news: ['baini', 'eleza', 'imedaiwa', 'kweli', 'madai', 'samahani', 'sambaa', 'uongo', 'upotoshaji'],
  notAnywhere: [/(?:^|\s)(?:bila|si|sio)\s/, /ha(?:i|zi)(?:ku)?(?=tengenez|undw|zalish)/],
  this: ['hii', 'hizi', 'huu'],
  via: ['kwa', 'kwa kutumia'],
  written: ['andikwa', 'tafsiriwa'],
};
