/**
 * The few words the metadata readers know, in en, de, fr, es, it, pt, nl, ru, ja, zh, ko (issue #3):
 * which time a date is ("Updated", "Stand", "Publié"…), month names, weekday names. The words are
 * tables in phrases/words.ts.
 */
import { alternation, regex } from '../phrases';
import { firstMatchOf, matchesOf } from '../matches';
import { MONTHS, PUBLISHED, UPDATED } from './phrases/words';

/** Update and publication labels, in one regex so both are found in one pass: group 1 is an
 *  update, group 2 a publication (also inside class names: "lastUpdated"). */
export const LABEL = /*#__PURE__*/ regex('gi', '(', UPDATED, ')|(', PUBLISHED, ')');

export type Label = 'pub' | 'mod' | null;

/** The label closest to the end of `before` (the text just ahead of a date) wins. */
export function labelOf(before: string): Label {
  let last: Label = null;
  for (const m of matchesOf(LABEL, before)) last = m[1] ? 'mod' : 'pub';
  return last;
}

/** The first label in `text`, its word as the page wrote it, and where that word ends (a label after
 *  its date: "wurde am 14. März 2025 gepostet"; a clock after its label: "· Update 10.03 uur"). */
export function firstLabel(text: string): { label: Label; word: string; index: number; end: number } | null {
  const m = firstMatchOf(LABEL, text);
  if (!m) return null;
  const word = m[0] + (/^\p{L}*/u.exec(text.slice(m.index + m[0].length, m.index + 40))?.[0] ?? '');
  return { label: m[1] ? 'mod' : 'pub', word, index: m.index, end: m.index + word.length };
}

/** The label itself as the page wrote it ("Updated", "Stand"), the one closest to the end of `before`. */
export function labelWord(before: string): string | null {
  let last: string | null = null;
  // (A stem reads to the end of its word: "publi" is "Published" on the page; a label of several
  // words is said whole: "last edited", "Mis à jour".)
  for (const m of matchesOf(LABEL, before)) last = m[0] + (/^\p{L}*/u.exec(before.slice(m.index + m[0].length, m.index + 40))?.[0] ?? '');
  return last;
}

/** Month words by their first letters ("April", "avr.", "апреля", "März", "juin" / "juil"); one group
 *  per month, in the table's key order (calendar order, which the table test keeps). Built on first use. */
let month: RegExp | undefined;

/** 1–12 for a month word, else 0. `lang`, the page's language: a language the table does not know
 *  ("নভেম্বর", "अगस्त", "listopadu") is asked of Intl, whose names for it must match whole. */
export function monthOf(word: string, lang?: string): number {
  month ??= regex('', '^(?:', Object.values(MONTHS).map((t) => `(${alternation(t)})`).join('|'), ')');
  const w = word.toLowerCase();
  const m = month.exec(w);
  const n = m ? m.findIndex((g, i) => i && g) : 0;
  // The first letters pick the month; the whole word must still be one of its names or their
  // start ("Sept", "Febr."): "Jung" (a name) is not June, "martes" (Tuesday) not March.
  if (n && (w.length <= 3 || monthNames()[n - 1]!.some((name) => name.startsWith(fold(w).replace(/\.$/, ''))))) return n;
  return lang ? (namesIn(lang).get(w.replace(/\.$/, '')) ?? 0) : 0;
}

const inLang = new Map<string, Map<string, number>>();

/** A language's month names as Intl writes them (long and short, standalone and in a date), lower
 *  case without a final dot, to their month; built on first use per language. */
function namesIn(lang: string): Map<string, number> {
  const key = lang.slice(0, 2).toLowerCase();
  let map = inLang.get(key);
  if (!map) {
    map = new Map();
    try {
      for (const opts of [{ month: 'long' }, { month: 'short' }, { month: 'long', day: 'numeric' }, { month: 'short', day: 'numeric' }] as const) {
        const f = new Intl.DateTimeFormat(key, { ...opts, timeZone: 'UTC' });
        for (let i = 0; i < 12; i++) {
          for (const p of f.formatToParts(Date.UTC(2020, i, 15))) {
            // (Only words: a language Intl writes months in numbers, "11月", names none.)
            const v = p.value.toLowerCase().replace(/\.$/, '');
            if (p.type === 'month' && !/\d/.test(v) && !map.has(v)) map.set(v, i + 1);
          }
        }
      }
    } catch {
      /* not a language tag Intl knows */
    }
    inLang.set(key, map);
  }
  return map;
}

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
let names: string[][] | undefined;

/** Each month's names (standalone and in a date, as Russian declines them) in the languages of the
 *  MONTHS table, from Intl; built on first use. */
function monthNames(): string[][] {
  if (!names) {
    names = Array.from({ length: 12 }, () => []);
    for (const l of ['en', 'de', 'de-AT', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'ar', 'ar-MA', 'ar-SY']) {
      for (const opts of [{ month: 'long' }, { month: 'long', day: 'numeric' }] as const) {
        const f = new Intl.DateTimeFormat(l, { ...opts, timeZone: 'UTC' });
        for (let i = 0; i < 12; i++) {
          for (const p of f.formatToParts(Date.UTC(2020, i, 15))) if (p.type === 'month') names[i]!.push(fold(p.value));
        }
      }
    }
  }
  return names;
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

let months: Set<string> | undefined;

/** A month's name, full or short, in a supported language ("January", "Oct", "März"): a byline's
 *  date left behind ("October | Marc Lifsher") is not a name. From Intl, built on first use. */
export function isMonthName(word: string): boolean {
  if (!months) {
    months = new Set();
    for (const l of ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ru']) {
      for (const month of ['long', 'short'] as const) {
        const f = new Intl.DateTimeFormat(l, { month, timeZone: 'UTC' });
        for (let m = 0; m < 12; m++) months.add(f.format(Date.UTC(2020, m, 15)).toLowerCase().replace(/\.$/, ''));
      }
    }
  }
  return months.has(word.toLowerCase().replace(/\.$/, ''));
}
