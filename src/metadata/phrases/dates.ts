/**
 * Words around dates and clocks in visible text (src/metadata/dates/text.ts).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates, keyed by language code;
 * 'quoted' entries are literal phrases, /slashed/ ones regex fragments. Matched case-insensitively.
 */
import type { Tables } from '../../phrases';

/** The word before a clock: "at 10:57", "um 10.57 Uhr", "à 10h57", "kl. 10.57". */
export const CLOCK_CONNECTORS: Tables = {
  ar: ['الساعة', 'على الساعة'],
  da: [/kl\.?/],
  de: ['um'],
  en: ['at'],
  es: ['a las'],
  fr: ['à'],
  id: ['pukul'],
  it: ['alle', 'alle ore', 'ore'],
  nb: [/kl\.?/],
  nl: ['om'],
  pl: [/godz\.?/, /o godz\.?/],
  pt: ['às'],
  ru: ['в'],
  sv: [/kl\.?/],
  th: ['เวลา'],
  tr: ['saat'],
  vi: ['lúc'],
};

/** The preposition before a date in a sentence whose participle, after the date, says which date
 *  it is: "wurde am 14. März 2025 um 07:45 Uhr gepostet", "is op 10 maart 2025 gepubliceerd". */
export const VERB_LAST_BEFORE: Tables = {
  de: ['am'],
  nl: ['op'],
};

/** A publication label that says the page was published again since ("First published on …",
 *  "Erstmals veröffentlicht am …"): the page's other, unlabelled date after it is its update's. */
export const FIRST_PUBLISHED: Tables = {
  de: ['erstmals veröffentlicht', 'erstveröffentlichung', 'zuerst veröffentlicht'],
  en: ['first posted', 'first published', 'originally posted', 'originally published'],
  es: ['primera publicación', 'publicado originalmente', 'publicado por primera vez'],
  fr: ['première publication', 'publié initialement', 'publié pour la première fois'],
  it: ['prima pubblicazione', 'pubblicato originariamente', 'pubblicato per la prima volta'],
  nl: ['eerder gepubliceerd', 'oorspronkelijk gepubliceerd'],
  pt: ['primeira publicação', 'publicado originalmente', 'publicado pela primeira vez'],
};

/** A half-day before the hour (午後3時, 下午3点, 오후 3시): the first character says which half. */
export const HALF_DAYS: Tables = {
  ja: ['午前', '午後'],
  ko: ['오전', '오후'],
  zh: ['上午', '下午'],
};

/** A half-day after the hour (Arabic "09:22 مساءً", "9:22 م"): the first letter says which half. */
export const HALF_DAYS_AFTER: Tables = {
  ar: [/ص(?!\p{L})/u, /صباح[\p{L}\p{M}]*/u, /م(?!\p{L})/u, /مساء[\p{L}\p{M}]*/u],
};

/** Month names the Levant writes in two words ("تشرين الأول", "كانون الثاني"): their second word. */
export const MONTH_ORDINALS: Tables = {
  ar: ['الأول', 'الاول', 'الثاني'],
};

/** A count in words: "an hour ago", "vor einer Stunde", "il y a une heure", "hace un día". */
export const ONE: Tables = {
  de: [/eine[mnr]?/],
  en: [/an?/, 'one'],
  es: [/un[ao]?/],
  fr: [/une?/],
  it: [/un[ao]?/],
};

/** "Ago" after the time: "2 hours ago", "2 ore fa", "2時間前". */
export const AGO: Tables = {
  en: ['ago'],
  it: ['fa'],
  ja: ['前'],
  ko: ['전'],
  nl: ['geleden'],
  ru: ['назад'],
  zh: ['前'],
};

/** "Ago" before it: "vor 2 Stunden", "il y a 2 heures", "hace 2 horas", "há 2 horas". */
export const AGO_BEFORE: Tables = {
  de: ['vor'],
  es: ['hace'],
  fr: ['il y a'],
  pt: ['há'],
};

/** "Yesterday". */
export const YESTERDAY: Tables = {
  de: ['gestern'],
  en: ['yesterday'],
  es: ['ayer'],
  fr: ['hier'],
  it: ['ieri'],
  ja: ['昨日'],
  ko: ['어제'],
  nl: ['gisteren'],
  pt: ['ontem'],
  ru: ['вчера'],
  zh: ['昨天'],
};

/** The Solar Hijri months as Iran writes them ("۲۳ مهر ۱۴۰۵"; the Gregorian reckoning only in machine
 *  data, or nowhere), keyed in calendar order from Farvardin (dates/calendars.ts). */
export const SOLAR_HIJRI_MONTHS: Tables = {
  '01 Farvardin': ['فروردین'],
  '02 Ordibehesht': ['اردیبهشت'],
  '03 Khordad': ['خرداد'],
  '04 Tir': ['تیر'],
  '05 Mordad': ['امرداد', 'مرداد'],
  '06 Shahrivar': ['شهریور'],
  '07 Mehr': ['مهر'],
  '08 Aban': ['آبان'],
  '09 Azar': ['آذر'],
  '10 Dey': ['دی'],
  '11 Bahman': ['بهمن'],
  '12 Esfand': ['اسفند'],
};

/** Thai month names, full and abbreviated as Thai papers write them ("14 ต.ค. 2569"), keyed in
 *  calendar order; the year after them is the Buddhist Era's, Gregorian + 543 (dates/calendars.ts). */
export const THAI_MONTHS: Tables = {
  '01 January': ['ม.ค.', 'มกราคม'],
  '02 February': ['ก.พ.', 'กุมภาพันธ์'],
  '03 March': ['มี.ค.', 'มีนาคม'],
  '04 April': ['เม.ย.', 'เมษายน'],
  '05 May': ['พ.ค.', 'พฤษภาคม'],
  '06 June': ['มิ.ย.', 'มิถุนายน'],
  '07 July': ['ก.ค.', 'กรกฎาคม'],
  '08 August': ['ส.ค.', 'สิงหาคม'],
  '09 September': ['ก.ย.', 'กันยายน'],
  '10 October': ['ต.ค.', 'ตุลาคม'],
  '11 November': ['พ.ย.', 'พฤศจิกายน'],
  '12 December': ['ธ.ค.', 'ธันวาคม'],
};
