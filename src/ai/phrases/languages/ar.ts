/**
 * Arabic wordings of AI disclosures (what each table is for, and how it is matched: index.ts).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are
 * literal phrases, /slashed/ ones regex fragments.
 */
import type { Terms, Wordings } from './index';

export const terms: Terms = {
  ai: [/ذكاء (?:ال)?اصطناع[يى]/],
};

export const wordings: Wordings = {
  about: ['البديل', 'ملخص', 'وصف'],
  above: ['أعلاه'],
  allAnywhere: ['بعض', 'جميع'],
  contrast: ['لكن', 'ولكن'],
  document: ['الخبر', 'المقال', 'النشرة'],
  following: ['أدناه', 'التالي'],
  gallery: ['مجموعة من الصور', 'معرض الصور'],
  image: ['صور'],
  lead: ['الصورة البارزة', 'الصورة الرئيسية', 'صورة الغلاف'],
  like: ['كأن', 'يشبه'],
  made: [
    'أنشأ',
    'أنشئ',
    'إنتاج',
    'إنشا',
    'انشا',
    'بتقنية',
    'توليد',
    'صمم',
    'صنع',
    'متخيل',
    'مصنوعة',
    'منتج',
    'مولد',
    'مولّد',
  ],
  news: ['ادعاء', 'اعتذ', 'انتشر', 'بحسب', 'تضليل', 'زائف', 'كاذب', 'متداول', 'مزي', 'مضلل', 'مفبرك', 'وفق'],
  // Arabic letters are no word characters to \b: the words stand between spaces.
  notAnywhere: [/(?:^|\s)و?(?:غير|ليست|ليس|لم|لا)\s/],
  thisAnywhere: ['هذا', 'هذه'],
  via: [/(?:باستخدام|بواسطة|عبر|من) (?:ال)?/, 'باستخدام', 'بال', 'بواسطة', 'عبر', 'من'],
  written: ['ترجم', 'كتب'],
};
