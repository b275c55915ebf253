/**
 * The few words the metadata readers know, in en, de, fr, es, it, pt, nl, ru, ja, zh, ko (issue #3):
 * which time a date is ("Updated", "Stand", "Publié"…), month names, weekday names.
 */
const MOD = 'updated|modified|revised|aktualisiert|geändert|\\bstand\\b|mis à jour|màj|modifié|actuali[sz]ad|atuali[sz]ad|aggiornat|bijgewerkt|gewijzigd|обновлен|изменен|更新|修改|수정|업데이트';
const PUB = 'publi|pubblicat|posted|created|erschienen|veröffentlicht|erstellt|gepubliceerd|geplaatst|опубликован|发布|發佈|公開|投稿|입력|등록|written|pubdate';

/** One regex for both kinds of label (also inside class names: "lastUpdated"); group 1 is an
 *  update, group 2 a publication. */
export const LABEL = new RegExp(`(${MOD})|(${PUB})`, 'gi');

export type Label = 'pub' | 'mod' | null;

/** The label closest to the end of `before` (the text just ahead of a date) wins. */
export function labelOf(before: string): Label {
  let last: Label = null;
  for (const m of before.matchAll(LABEL)) last = m[1] ? 'mod' : 'pub';
  return last;
}

/** Month words by their first letters ("April", "avr.", "апреля", "März", "juin" / "juil"); one group per month. */
const MONTH =
  /^(?:(jan|jän|ene|gen|янв)|(feb|f[eé]v|фев)|(m[aä]r|mrz|maa|mrt|мар)|(apr|avr|abr|апр)|(ma[iyg]|mei|ма[йя])|(jun|juin|giu|июн)|(jul|juil|lug|июл)|(aug|ao[uû]|ago|авг)|(sep|set|сен)|(o[ck]t|ott|out|окт)|(nov|ноя)|(d[eé][cz]|dic|дек))/;

/** 1–12 for a month word, else 0. */
export function monthOf(word: string): number {
  const m = MONTH.exec(word.toLowerCase());
  return m ? m.findIndex((g, i) => i && g) : 0;
}

/** A weekday's full name (for bylines like "Joe Wee Monday, February 29, 2016"). */
export const WEEKDAY =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|diens|donners|frei|sams|sonn)tag|mittwoch|(?:lun|mar|mercre|jeu|vendre|same)di|dimanche|(?:lun|mart|miércol|juev|viern)es|s[áa]ba[dt]o|domingo|domenica|(?:lune|marte|mercole|giove|vener)d[iì]|(?:segunda|terça|quarta|quinta|sexta)(?:-feira)?|(?:maan|dins|woens|donder|vrij|zater|zon)dag|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|[月火水木金土日]曜日|星期.|[월화수목금토일]요일)$/i;
