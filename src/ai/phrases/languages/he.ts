/**
 * Hebrew wordings of AI disclosures (what each table is for, and how it is matched: index.ts).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are
 * literal phrases, /slashed/ ones regex fragments.
 */
import type { Terms, Wordings } from './index';

export const terms: Terms = {
  ai: ['בינה מלאכותי'],
};

export const wordings: Wordings = {
  about: ['חלופי', 'סיכום', 'תיאור'],
  above: ['למעלה', 'לעיל'],
  allAnywhere: ['חלק מה', 'כל ה'],
  document: ['גלרי', 'טקסט', 'כתבה', 'מאמר'],
  following: ['הבא', 'להלן', 'למטה', 'שלהלן'],
  gallery: ['גלרי'],
  image: ['איור', 'גרפיק', 'הדמי', 'צילום', 'תמונ', 'תצלום'],
  like: ['כאילו'],
  made: ['דמיינ', 'הופק', 'חולל', 'יוצר', 'נוצר'],
  news: ['ברשתות', 'הופצ', 'הפצ', 'ויראלי', 'כוזב', 'לכאורה', 'מזוי', 'מטעה', 'מניפול', 'מתנצל'],
  notAnywhere: [/(?:^|\s)(?:אינה|אינו|אינן|בלי|לא|ללא)\s/],
  thisAnywhere: ['אלה', 'הזאת', 'הזה', 'הזו', 'זאת', 'זה', 'זו'],
  via: ['באמצעות'],
  written: ['נכתב', 'תורגם', 'תורגמ', 'תרגום'],
};
