/**
 * The few words the metadata readers know (src/metadata/words.ts): which time a date is, month names.
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates, keyed by language code;
 * 'quoted' entries are literal phrases, /slashed/ ones regex fragments. Matched case-insensitively,
 * anywhere (also inside class names: "lastUpdated").
 */
import type { Tables } from '../../phrases';

/** Update labels: "Updated", "Stand", "Mis à jour"… */
export const UPDATED: Tables = {
  ar: ['تحديث', 'تعديل'],
  bn: ['আপডেট', 'হালনাগাদ'],
  da: ['opdateret'],
  de: [/\bstand\b/, 'aktualisiert', 'geändert', 'zuletzt bearbeitet', 'änderung'],
  el: ['ενημέρωση', 'ενημερώθηκε'],
  en: ['last edited', 'modified', 'revised', 'updated'],
  es: [/actuali[sz]ad/],
  fa: ['روزرسانی'],
  fi: ['päivitetty'],
  fr: ['mis à jour', 'mise à jour', 'modifié', 'màj'],
  he: ['עודכן'],
  hi: ['अपडेट'],
  id: ['diperbarui'],
  it: [/aggiorna(?:mento|t)/, 'modific'],
  ja: ['更新'],
  ko: ['수정', '업데이트'],
  nb: ['oppdatert'],
  nl: ['aangepast', 'bijgewerkt', 'gewijzigd', 'geüpdatet', 'laatste update', 'update'],
  pl: [/\bakt\./, /aktualizacj/, 'zaktualizowano'],
  pt: [/atuali[sz]ad/],
  ru: ['изменен', 'обновлен'],
  sv: ['senast ändrad', 'uppdaterad'],
  th: ['ปรับปรุง', 'อัปเดต', 'อัพเดท'],
  tr: ['güncelle'],
  uk: ['оновлено'],
  vi: ['cập nhật'],
  zh: ['修改', '更新'],
};

/** Publication labels: "Published", "Publié", "Veröffentlicht", "Posted"… ("publi" serves several). */
export const PUBLISHED: Tables = {
  ar: ['نشر'],
  bn: ['প্রকাশ'],
  de: [/\bdatum\b/, 'erschienen', 'erstellt', 'gepostet', 'veröffentlicht'],
  el: ['δημοσίευση', 'δημοσιεύθηκε'],
  en: [/\bdate(?=\s*(?::\s*)?(?:\d|$))/, 'created', 'posted', 'pubdate', 'publi', 'written'],
  es: [/\bfecha\b/, 'publi'],
  fa: ['انتشار'],
  fi: ['julkaistu'],
  fr: ['publi'],
  he: ['פורסם'],
  hi: ['प्रकाशित'],
  id: ['dipublikasikan', 'diterbitkan'],
  it: ['pubblicat'],
  ja: ['公開', '投稿', '配信'],
  ko: ['등록', '송고', '입력'],
  nl: [/\bdatum\b/, 'geplaatst', 'gepubliceerd'],
  pl: ['data publikacji', 'opublikowano'],
  pt: ['publi'],
  ru: ['опубликован'],
  sv: ['publicerad'],
  th: ['เผยแพร่'],
  tr: ['yayınlan'],
  uk: ['опубліковано'],
  vi: ['xuất bản'],
  zh: ['发布', '發佈'],
};

/** Month words by their first letters ("April", "avr.", "апреля", "März", "juin" / "juil"), by month
 *  (keys in calendar order): en, de, fr, es, it, pt, nl, ru, and Arabic in its two sets of names
 *  ("أبريل", and "نيسان" as the Levant writes it, two words for four months: "تشرين الأول"); one
 *  entry serves the languages that share its letters. Lower case, case-sensitive. */
export const MONTHS: Tables = {
  '01 January': ['ene', 'gen', 'jan', 'jän', 'sty', 'янв', 'كانون الث', 'ينا'],
  '02 February': [/f[eé]v/, 'feb', 'lut', 'фев', 'شبا', 'فبر'],
  '03 March': [/[آا]ذا/, /m[aä]r/, 'maa', 'mrt', 'mrz', 'мар', 'مار'],
  '04 April': [/[أإا]بر/, 'abr', 'apr', 'avr', 'kwi', 'апр', 'نيس'],
  '05 May': [/[أا]يا/, /ma[iyg]/, 'maj', 'mei', /ма[йя]/, 'ماي'],
  '06 June': ['cze', 'giu', 'juin', 'jun', 'июн', 'حزي', 'يون'],
  '07 July': ['juil', 'jul', 'lip', 'lug', 'июл', 'تمو', 'يول'],
  '08 August': [/[أا]غس/, 'ago', /ao[uû]/, 'aug', 'sie', 'авг', 'غشت'],
  '09 September': [/[أا]يل/, 'sep', 'set', 'wrz', 'сен', 'سبت', 'شتن'],
  '10 October': [/[أا]كت/, /o[ck]t/, 'ott', 'out', 'paź', 'окт', /تشرين ال[أا]/],
  '11 November': ['lis', 'nov', 'ноя', 'تشرين الث', 'نوف', 'نون'],
  '12 December': [/d[eé][cz]/, 'dic', 'gru', 'дек', 'دجن', 'ديس', /كانون ال[أا]/],
};

/** What a logo's alt text says when it names the front page, not the site ("Home", "Zur Startseite",
 *  "Retour à l'accueil", "トップページ"): such an alt is no site name (source.ts). Whole alt texts. */
export const FRONT_PAGE_WORDS: Tables = {
  ar: ['الرئيسية', 'الصفحة الرئيسية'],
  de: ['home', 'startseite', 'zur startseite', 'zurück zur startseite'],
  en: ['back to home', 'front page', 'go to homepage', 'home', 'home page', 'homepage', 'return to home'],
  es: ['inicio', 'ir a la portada', 'ir al inicio', 'portada', 'volver al inicio'],
  fr: ['accueil', "page d'accueil", "retour à l'accueil"],
  it: ['home', 'homepage', 'pagina iniziale', 'torna alla home', 'vai alla home'],
  ja: ['トップ', 'トップページ', 'ホーム'],
  ko: ['메인', '홈', '홈으로'],
  nl: ['naar de homepage', 'naar de voorpagina', 'voorpagina'],
  pl: ['przejdź do strony głównej', 'strona główna'],
  pt: ['início', 'página inicial', 'voltar ao início'],
  ru: ['главная', 'главная страница', 'на главную'],
  zh: ['主頁', '主页', '返回首页', '首頁', '首页'],
};
