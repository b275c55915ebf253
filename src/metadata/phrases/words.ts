/**
 * The few words the metadata readers know (src/metadata/words.ts): which time a date is, month names.
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates, keyed by language code;
 * 'quoted' entries are literal phrases, /slashed/ ones regex fragments. Matched case-insensitively,
 * anywhere (also inside class names: "lastUpdated").
 */
import type { Tables } from '../../phrases';

/** Update labels: "Updated", "Stand", "Mis à jour"… */
export const UPDATED: Tables = {
  ar: ['تحديث'],
  de: [/\bstand\b/, 'aktualisiert', 'geändert', 'änderung'],
  en: ['modified', 'revised', 'updated'],
  es: [/actuali[sz]ad/],
  fr: ['mis à jour', 'mise à jour', 'modifié', 'màj'],
  hi: ['अपडेट'],
  it: ['aggiornat'],
  ja: ['更新'],
  ko: ['수정', '업데이트'],
  nl: ['bijgewerkt', 'gewijzigd'],
  pl: ['aktualizacja', 'zaktualizowano'],
  pt: [/atuali[sz]ad/],
  ru: ['изменен', 'обновлен'],
  tr: ['güncellen'],
  zh: ['修改', '更新'],
};

/** Publication labels: "Published", "Publié", "Veröffentlicht", "Posted"… ("publi" serves several). */
export const PUBLISHED: Tables = {
  ar: ['نشر'],
  de: [/\bdatum\b/, 'erschienen', 'erstellt', 'veröffentlicht'],
  en: ['created', 'posted', 'pubdate', 'publi', 'written'],
  es: [/\bfecha\b/, 'publi'],
  fr: ['publi'],
  hi: ['प्रकाशित'],
  it: ['pubblicat'],
  ja: ['公開', '投稿', '配信'],
  ko: ['등록', '입력'],
  nl: [/\bdatum\b/, 'geplaatst', 'gepubliceerd'],
  pl: ['opublikowano'],
  pt: ['publi'],
  ru: ['опубликован'],
  sv: ['publicerad'],
  tr: ['yayınlan'],
  zh: ['发布', '發佈'],
};

/** Month words by their first letters ("April", "avr.", "апреля", "März", "juin" / "juil"), by month
 *  (keys in calendar order): en, de, fr, es, it, pt, nl, ru; one entry serves the languages that
 *  share its letters. Lower case, case-sensitive. */
export const MONTHS: Tables = {
  '01 January': ['ene', 'gen', 'jan', 'jän', 'янв'],
  '02 February': [/f[eé]v/, 'feb', 'фев'],
  '03 March': [/m[aä]r/, 'maa', 'mrt', 'mrz', 'мар'],
  '04 April': ['abr', 'apr', 'avr', 'апр'],
  '05 May': [/ma[iyg]/, 'mei', /ма[йя]/],
  '06 June': ['giu', 'juin', 'jun', 'июн'],
  '07 July': ['juil', 'jul', 'lug', 'июл'],
  '08 August': ['ago', /ao[uû]/, 'aug', 'авг'],
  '09 September': ['sep', 'set', 'сен'],
  '10 October': [/o[ck]t/, 'ott', 'out', 'окт'],
  '11 November': ['nov', 'ноя'],
  '12 December': [/d[eé][cz]/, 'dic', 'дек'],
};
