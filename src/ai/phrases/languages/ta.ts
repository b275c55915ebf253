/**
 * Tamil wordings of AI disclosures (what each table is for, and how it is matched: index.ts).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are
 * literal phrases, /slashed/ ones regex fragments.
 */
import type { Terms, Wordings } from './index';

export const terms: Terms = {
  ai: ['செயற்கை நுண்ணறிவு'],
};

export const wordings: Wordings = {
  about: ['சுருக்கம்', 'மாற்று உரை', 'விளக்கம்'],
  above: ['மேலே'],
  allAnywhere: ['அனைத்து', 'எல்லா', 'சில'],
  document: ['கட்டுரை', 'செய்தி'],
  following: ['கீழே', 'பின்வரும்'],
  gallery: ['கேலரி', 'படத்தொகுப்பு'],
  image: ['படங்க', 'படத்', 'படம்', 'புகைப்பட'],
  likeAfter: ['போல'],
  made: ['உருவாக்க', 'கற்பனை செய்ய', 'தயாரிக்க'],
  news: ['தவறான', 'பொய்', 'போலி', 'மன்னிப்பு', 'வதந்தி', 'வைரல்'],
  notAfter: ['அல்ல', 'இல்லை'],
  thisAnywhere: ['இந்த', 'இந்தக்', 'இந்தப்'],
  via: ['கொண்டு', 'மூலம்'],
  written: ['எழுத', 'மொழிபெயர்'],
};
