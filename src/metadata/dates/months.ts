/**
 * Month names in en, de, fr, es, it, pt, nl, ru (issue #3), as the first three letters of every
 * spelling (four for French juin/juillet). CJK dates are numeric (年月日 / 년월일) and need no table.
 */
const KEYS = [
  'jan jän ene gen янв',
  'feb fev fév фев',
  'mar mär mrz maa mrt мар',
  'apr avr abr апр',
  'may mai mag mei май мая',
  'jun juin giu июн',
  'jul juil lug июл',
  'aug aoû aou ago авг',
  'sep set сен',
  'oct okt ott out окт',
  'nov ноя',
  'dec dez déc dic дек',
].map((s) => s.split(' '));

/** 1–12 for a month word ("April", "avr.", "апреля", "März"), else 0. */
export function monthOf(word: string): number {
  const w = word.toLowerCase();
  if (w.length > 10) return 0;
  const k = w.startsWith('jui') ? w.slice(0, 4) : w.slice(0, 3);
  return KEYS.findIndex((ks) => ks.includes(k)) + 1;
}
