/**
 * The few words the metadata readers know, in en, de, fr, es, it, pt, nl, ru, ja, zh, ko (issue #3):
 * which time a date is ("Updated", "Stand", "Publié"…), month names, weekday names.
 */
/** Update and publication labels, in one regex so both are found in one pass: group 1 is an
 *  update, group 2 a publication (also inside class names: "lastUpdated"). */
export const LABEL =
  /(updated|modified|revised|aktualisiert|geändert|\bstand\b|mis à jour|màj|modifié|actuali[sz]ad|atuali[sz]ad|aggiornat|bijgewerkt|gewijzigd|обновлен|изменен|更新|修改|수정|업데이트)|(publi|pubblicat|posted|created|erschienen|veröffentlicht|erstellt|gepubliceerd|geplaatst|опубликован|发布|發佈|公開|投稿|입력|등록|written|pubdate)/gi;

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

let weekdays: Set<string> | undefined;

/** A weekday's full name in a supported language (for bylines like "Joe Wee Monday, February 29,
 *  2016"). From Intl, built on first use: only bylines with a date glued to them ask. */
export function isWeekday(word: string): boolean {
  if (!weekdays) {
    weekdays = new Set();
    for (const l of ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ru']) {
      const f = new Intl.DateTimeFormat(l, { weekday: 'long', timeZone: 'UTC' });
      for (let d = 4; d < 11; d++) weekdays.add(f.format(d * 864e5).toLowerCase());
    }
  }
  return weekdays.has(word.toLowerCase());
}
