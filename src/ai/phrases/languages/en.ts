/**
 * English wordings of AI disclosures (what each table is for, and how it is matched: index.ts).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are
 * literal phrases, /slashed/ ones regex fragments.
 */
import type { Terms, Wordings } from './index';

export const terms: Terms = {
  abbreviations: ['A.I.', 'AI', 'GenAI'],
  // "AI" in lower case only before what it made: "ai-generated", "ai image", "ai art".
  ai: [/\bai(?=[- ](?:generated|image|art))/, 'artificial intelligence'],
};

export const wordings: Wordings = {
  above: ['above'],
  all: ['all', 'some'],
  document: ['articl', 'galer', 'page', 'post', 'report', 'story', 'text'],
  following: ['below', 'beneath', 'follow'],
  image: ['artwork', 'graphic', 'illustr', /im[aá]g/, 'photo', 'pictur', 'render', 'visu'],
  made: [/cr[ei]a[dt]/, 'design', 'drawn', /g[ée]n[ée]rated/, 'made', 'produ', 'render'],
  news: [
    /[vw]ira/,
    /\bsues?\b/,
    'alleg',
    'claim',
    /d[eéi][sz][ie]nf/,
    /d[ée]te[ck]t/,
    /fa[ck]t/,
    'fake',
    'fals',
    'hoax',
    'how to',
    'lawsuit',
    'manip',
    'mislead',
    'screenshot',
    /signs? of/,
    'spot',
    'spread',
  ],
  not: ['neither', 'never', 'no', 'none', 'nor', 'not', 'without'],
  notAnywhere: ["n't"],
  this: ['our', 'these', 'this'],
  via: ['by', 'from', 'using', 'via', 'with'],
  written: ['assist', 'transl', 'writ'],
};
