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
  about: ['alt text', 'alt-text', 'audio', 'caption', 'descri', 'narrat', 'summar', 'transcri', 'voice'],
  above: ['above'],
  all: ['all', 'some'],
  document: ['articl', 'content', 'galer', 'page', 'post', 'report', 'story', 'text'],
  following: ['below', 'beneath', 'follow'],
  gallery: ['galler', 'slideshow'],
  image: [/\bart(?![\wÀ-ɏ])/, 'artwork', 'graphic', 'illustr', /im[aá]g/, 'photo', 'pictur', 'render', 'visu'],
  labels: ['ai info', 'ai-assisted', 'ai-edited', 'ai-enhanced'],
  made: [
    'altered',
    /cr[ei]a[dt]/,
    'design',
    'drawn',
    'edited',
    'enhanced',
    /g[ée]n[ée]rated/,
    'imagined',
    'made',
    'produ',
    'render',
  ],
  news: [
    /[vw]ira/,
    /\blabels?\b/,
    /\bposted\b/,
    /\bsaid\b/,
    /\bsays\b/,
    /\bshared\b/,
    /\bsues?\b/,
    'according to',
    'acknowledg',
    'admit',
    'alleg',
    'apolog',
    'backlash',
    'claim',
    'criticis',
    'criticiz',
    /d[eéi][sz][ie]nf/,
    /d[ée]te[ck]t/,
    /fa[ck]t/,
    'fake',
    'fals',
    'guideline',
    'hoax',
    'how to',
    'labeling',
    'labelling',
    'lawsuit',
    'manip',
    'mislead',
    'policies',
    'policy',
    'retract',
    'screenshot',
    /signs? of/,
    'spot',
    'spread',
  ],
  not: ['neither', 'never', 'no', 'none', 'nor', 'not', 'without'],
  notAnywhere: ["n't"],
  this: ['our', 'these', 'this'],
  via: ['by', 'from', 'using', 'via', 'with'],
  written: ['assisted', 'drafted', 'translated', 'written'],
};
