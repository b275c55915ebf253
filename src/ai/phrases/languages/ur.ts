/**
 * Urdu wordings of AI disclosures (what each table is for, and how it is matched: index.ts).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are
 * literal phrases, /slashed/ ones regex fragments.
 */
import type { Terms, Wordings } from './index';

export const terms: Terms = {
  ai: ['اے آئی', 'مصنوعی ذہانت'],
};

export const wordings: Wordings = {
  about: ['تفصیل', 'خلاصہ', 'متبادل'],
  above: ['اوپر'],
  allAnywhere: ['تمام', 'سبھی', 'کچھ'],
  aux: ['تھا', 'تھی', 'کیا', 'گئی', 'گئے', 'گیا', 'ہوئی', 'ہوا', 'ہیں', 'ہے'],
  document: ['تحریر', 'خبر', 'مضمون', 'گیلری'],
  following: ['ذیل', 'نیچے'],
  gallery: ['گیلری'],
  image: ['تصاویر', 'تصویر', 'خاکہ', 'عکس', 'فوٹو', 'گرافک'],
  like: ['گویا'],
  likeAfter: ['جیسا', 'جیسی', 'جیسے'],
  made: ['بنائ', 'بنای', 'تخلیق', 'تخیل', 'تیار', 'جنریٹ'],
  news: ['افواہ', 'جعلی', 'جھوٹ', 'دعوی', 'معافی', 'وائرل', 'گمراہ'],
  notAnywhere: [/(?:^|\s)(?:بغیر|نہ|نہیں)\s/],
  thisAnywhere: [/اس\s/, 'یہ'],
  via: ['ذریعے', 'سے', 'مدد'],
  written: ['ترجمہ', 'لکھ'],
};
