/**
 * Persian wordings of AI disclosures (what each table is for, and how it is matched: index.ts).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are
 * literal phrases, /slashed/ ones regex fragments.
 */
import type { Terms, Wordings } from './index';

export const terms: Terms = {
  ai: [/هوش[\s\u200c]?مصنوعی/],
};

export const wordings: Wordings = {
  about: ['توضیح', 'جایگزین', 'خلاصه'],
  above: ['بالا'],
  allAnywhere: ['برخی', 'تمام', 'همه'],
  document: ['متن', 'مطلب', 'مقاله', 'گالری', 'گزارش'],
  following: ['بعدی', 'ذیل', 'زیر'],
  gallery: ['گالری'],
  image: ['تصاویر', 'تصویر', 'عکس', 'نگاره', 'گرافیک'],
  like: ['انگار', 'گویی'],
  made: ['ایجاد', 'تصور شده', 'تولید شده', 'تولیدشده', 'خلق', 'ساخته'],
  news: ['ادعا', 'جعلی', 'دستکاری', 'شایعه', 'عذرخواهی', 'فیک', 'گمراه'],
  notAfter: ['نشده', 'نیست'],
  notAnywhere: [/(?:^|\s)(?:بدون|نه)\s/],
  thisAnywhere: ['این'],
  via: ['به کمک', 'توسط'],
  written: ['ترجمه', 'نوشته'],
};
