/**
 * Dates in visible text: numeric (y-m-d, d.m.y, m/d/y), month names, CJK 年月日 / 년월일, an
 * optional clock (12/24 h, "Uhr", "09h57", 午後/오후) and zone, and relative times ("2 hours ago").
 * Works on short strings only (a byline, a dateline): the caller picks where to look.
 */
import { regex } from '../../phrases';
import { AGO, AGO_BEFORE, CLOCK_CONNECTORS, HALF_DAYS, HALF_DAYS_AFTER, MONTH_ORDINALS, ONE, YESTERDAY } from '../phrases/dates';
import { monthOf } from '../words';
import { offsetAt, wallOffset, type ZoneContext } from '../zones';
import { applyZone, fromInstant, ms, valid, type Wall } from './wall';
import { calendarDates } from './calendars';

export interface TextContext extends ZoneContext {
  now: Date;
  /** Numeric day/month order from the page's other dates or its locale; null when undecidable. */
  order: 'dmy' | 'mdy' | null;
  /** IANA zone a zone-less clock may be read in, when the page makes that certain. */
  local: string | null;
}

export interface Found {
  wall: Wall;
  index: number;
  end: number;
}

/** Four forms, one group each per part: year-month-day (CJK too); day, month and year in numbers
 *  (the separator repeated: group 5; a bar, "26 | 01 | 2022", only before a four-digit year); day
 *  and month word ("3rd May 2024", "3 de mayo de 2024", the Levant's "24 تشرين الأول 2020" and its
 *  pair "24 نيسان / أبريل 2020"); month word and day ("May 3, 2024"). After a month word a year
 *  may have two digits ("14 Gennaio 20", "Jan 5, '21"), unless a clock or a word follows them ("5
 *  May 20:15", "May 3 12 people"). */
const YEAR = "['’]?(\\d{4}|\\d\\d(?![\\d:.h]|\\s*\\p{L}))(?!\\d)";
const DATE = /*#__PURE__*/ regex(
  'gu',
  /(?<!\d)(\d{4})\s*[-/.年년]\s*(\d\d?)\s*[-/.月월]\s*(\d\d?)(?!\d)[日일.]?/,
  '|(?<![\\d.])(\\d\\d?)\\s*([-/.|])\\s*(\\d\\d?)\\s*\\5\\s*(\\d{4}|\\d\\d)(?![\\d.])|',
  '(?<!\\d)(\\d\\d?)(?:st|nd|rd|th|er|º|\\.)?\\s*(?:de\\s+)?([\\p{L}\\p{M}]{2,12}(?:\\s(?:', MONTH_ORDINALS, '))?)(?![\\p{L}\\p{M}])\\.?,?(?:\\s*/\\s*\\p{L}{3,10}(?!\\p{L}))?(?:\\s*(?:de\\s+)?', YEAR, ')?',
  '|',
  /(?<!\p{L})(\p{L}{3,10})(?!\p{L})\.?\s+(\d\d?)(?:st|nd|rd|th)?(?!\d)/u,
  '(?:,?\\s*', YEAR, ')?',
);
/** A year as written: two digits are this century's. */
const yearOf = (s: string): number => +s + (s.length === 2 ? 2000 : 0);

// Connector, 午後-style half-day, hours, minutes, seconds, "Uhr" / "uur" / am / pm / "h"; then a zone label. One
// `\s*` (or run of separators, taken whole) per gap: two in a row would split a long run every way.
const TIME = /*#__PURE__*/ regex(
  'iu',
  '^[\\s,:|·•@–—/-]*(?![\\s,:|·•@–—/-])(?:', CLOCK_CONNECTORS, ')?\\s*(?:(', HALF_DAYS, ')\\s*)?',
  /(\d\d?)(?:\s*(?:[:h時时시]|\.(?=\d\d))\s*(\d\d)(?:[:.](\d\d))?)?\s*(?:(?:分|분)\s*)?/,
  '(u[hu]r\\b|[ap]\\.?\\s?m\\b\\.?|h\\b|',
  HALF_DAYS_AFTER,
  ')?',
);
// Case-sensitive: "IST", not "ist".
// (A North American zone may be named in words: "4:15 p.m. Pacific Time", "Eastern Standard Time".)
const ZONE = /^\s*\(?((?:GMT|UTC)\s*[+\-−]\s*\d\d?(?::?\d\d)?|[+\-−]\d\d:?\d\d|(?:Eastern|Central|Mountain|Pacific)(?:\s(?:Standard|Daylight))?\sTime(?!\p{L})|\p{Lu}{2,5}(?!\p{L}))/u;

export type Clock = Pick<Wall, 'h' | 'mi' | 's'> & { zone?: string; len: number };

/** A clock at the start of `s` (after connectors), with any zone label after it. */
export function clockAt(s: string): Clock | null {
  const m = TIME.exec(s);
  if (!m || (!m[3] && !m[5])) return null;
  let h = +m[2]!;
  const half = (m[5] || m[1] || '').toLowerCase();
  const pm = /^[pم]|後|下|후/.test(half);
  const am = /^[aص]|前|上|전/.test(half);
  if ((pm || am) && h > 12) return null;
  if (pm && h < 12) h += 12;
  if (am && h === 12) h = 0;
  const z = ZONE.exec(s.slice(m[0].length));
  return { h, mi: +(m[3] ?? 0), s: m[4] ? +m[4] : undefined, zone: z?.[1], len: m[0].length + (z?.[0].length ?? 0) };
}

/** "10:57 BST, 28 April": a clock right before the date (it does not extend the match). */
const clockBefore = (s: string): Clock | null => {
  // (A weekday may stand between them: "3:33 AM ET, Tue March 5, 2024".)
  // (French writes "5 h 30 HNE le 15 janvier": spaces around the h, and a short word before the date.)
  const m = /(\d\d?(?:[:.h]|\sh\s)\d\d(?:\s*[apAP]\.?[mM]\.?)?(?:\s*(?:(?:GMT|UTC)\s*[+\-−]\s*\d\d?(?::?\d\d)?|(?:Eastern|Central|Mountain|Pacific)(?:\s(?:Standard|Daylight))?\sTime|\p{Lu}{2,5}))?)[\s,|·–-]*(?:\p{Lu}\p{Ll}{1,8}\.?,?\s|\p{Ll}{2,3}\s)?$/u.exec(s);
  const c = m && clockAt(m[1]!);
  return c && { ...c, len: 0 };
};

/** Digits of any script as ASCII (Arabic-Indic "٢٤ أبريل ٢٠٢٠", Persian "۱۴۰۲/۰۵/۱۲", Bengali "১২
 *  নভেম্বর ২০২৫", Devanagari "१५ अगस्त"), and full-width separators ("２０２４年３月５日　１０：００"). A
 *  digit's value from Unicode itself: decimal digits are encoded in runs of ten from 0, so it is its
 *  distance from the start of its run, modulo ten (no table per script). One code unit for one, so
 *  that indices into the text stay right (a digit outside the BMP is left as it is). */
const NATIVE = /[\uFF0D-\uFF1A]|(?!\d)\p{Nd}/gu;
const ND = /^\p{Nd}$/u;
const digits = new Map<string, string>();
const toAscii = (c: string): string => {
  const n = c.charCodeAt(0);
  if (n >= 0xff0d && n <= 0xff1a) return String.fromCharCode(n - 0xfee0);
  if (c.length > 1) return c;
  let v = digits.get(c);
  if (v === undefined) {
    let z = n;
    while (ND.test(String.fromCharCode(z - 1))) z--;
    digits.set(c, (v = String((n - z) % 10)));
  }
  return v;
};

/** `text` with every decimal digit in ASCII (same length, same indices). */
export const asciiDigits = (text: string): string => (/[^\x00-\x7f]/.test(text) ? text.replace(NATIVE, toAscii) : text);

export function findDates(text: string, ctx: TextContext): Found[] {
  text = asciiDigits(text);
  const out: Found[] = [];
  const now = ctx.now;
  // Dates of other calendars (Solar Hijri, Thai, Japanese eras, Minguo) first: no Gregorian reading
  // of their digits is taken where one of them stands.
  const other = calendarDates(text, ctx);
  for (const c of other) out.push(withClock(c.wall, text, c.index, c.end, ctx));
  const taken = (i: number, j: number): boolean => out.some((f) => i < f.end && j > f.index);
  DATE.lastIndex = 0;
  for (let m; (m = DATE.exec(text)); ) {
    if (other.length && taken(m.index, m.index + m[0].length)) {
      DATE.lastIndex = m.index + 1;
      continue;
    }
    let w: Wall | null = null;
    if (m[1]) w = { y: +m[1], mo: +m[2]!, d: +m[3]! };
    else if (m[4] && !(m[5] === '|' && m[7]!.length < 4)) {
      let [d, mo] = [+m[4], +m[6]!];
      const dot = m[5] === '.';
      // Day-first unless the numbers or the page say otherwise; a dot never means month-first.
      if (mo > 12 || (d <= 12 && !dot && (ctx.order ?? (ctx.lang.startsWith('en') ? 'mdy' : 'dmy')) === 'mdy')) [d, mo] = [mo, d];
      w = { y: +m[7]! + (m[7]!.length === 2 ? 2000 : 0), mo, d, note: d <= 12 && mo <= 12 && d !== mo && !dot && !ctx.order ? 'day/month order' : undefined };
    } else if (!m[4]) {
      const mo = monthOf(m[9] ?? m[11]!, ctx.lang);
      const d = +(m[8] ?? m[12]!);
      // No year: the most recent one in which that day is not in the future.
      const y = m[10] ?? m[13] ? yearOf((m[10] ?? m[13])!) : now.getUTCFullYear() - +(Date.UTC(now.getUTCFullYear(), mo - 1, d) > +now + 864e5);
      if (mo) w = m[10] ?? m[13] ? { y, mo, d } : { y, mo, d, yearless: true };
    }
    if (!w || !valid(w)) {
      DATE.lastIndex = m.index + 1;
      continue;
    }
    const f = withClock(w, text, m.index, m.index + m[0].length, ctx);
    out.push(f);
    DATE.lastIndex = f.end;
  }
  if (other.length) out.sort((a, b) => a.index - b.index);
  // A month and day with no year, and a clock: Japanese portals' "12/7(月) 15:05配信", NHK's "12月7日
  // 15時05分", "12月7日 15:05" (the year, the most recent past one, or the URL's; below).
  const md = out.length ? null : MONTH_DAY.exec(text);
  if (md) {
    const [mo, d] = [+(md[1] ?? md[3])!, +(md[2] ?? md[4])!];
    const y = now.getUTCFullYear() - +(Date.UTC(now.getUTCFullYear(), mo - 1, d) > +now + 864e5);
    const w: Wall = { y, mo, d, yearless: true };
    const f = valid(w) ? withClock(w, text, md.index, md.index + md[0].length, ctx) : null;
    if (f && f.wall.h !== undefined) out.push(f);
  }
  return out.length ? out : relative(text, ctx);
}

/** Month/day and a CJK weekday in brackets ("12/7(月)", "3/9（火）"), or 月日 / 월일 ("12月7日", "12월 7일"). */
const MONTH_DAY = /(?<![\d/.])(\d\d?)\/(\d\d?)\s?[(（][月火水木金土日][)）]|(?<![\d年년]\s?)(\d\d?)\s?[月월]\s?(\d\d?)\s?[日일]/;

/** The date `w` found at [index, end) of `text`, with the clock after it (or just before it) and its zone. */
function withClock(w: Wall, text: string, index: number, end: number, ctx: TextContext): Found {
  const c = clockAt(text.slice(end, end + 40)) ?? clockBefore(text.slice(Math.max(0, index - 30), index));
  // Date.toString() and Unix date write the year last, after the clock and zone: "Mon Aug 03
  // 12:45:00 EDT 2015".
  const late = w.yearless && c && c.len ? /^\s(\d{4})(?!\d)/.exec(text.slice(end + c.len, end + c.len + 6)) : null;
  if (late) {
    w = { ...w, y: +late[1]!, yearless: undefined };
    end += late[0].length;
  }
  if (c) {
    w = applyZone({ ...w, h: c.h, mi: c.mi, s: c.s }, c.zone, ctx);
    end += c.len;
    if (w.off === undefined && ctx.local) w = { ...w, off: wallOffset(ctx.local, ms(w)) ?? undefined, tz: ctx.local };
  }
  return { wall: w, index, end };
}

/** A count and a unit, then "ago" (groups 1, 2); "ago" first (groups 3, 4; a count in words as in
 *  the first, but not the English ones); "yesterday" (group 5). Built on first use. A count is read
 *  from the first digit not after a letter (after one, from the second, as `(?<!\p{L})\d+` read it),
 *  not from every digit of a long run again. */
let rel: RegExp | undefined;
const relPattern = (): RegExp =>
  (rel ??= regex(
    'iu',
    '(?<!\\p{L})((?:(?<!\\d)|(?<=\\p{L}\\d))\\d+|', ONE, ')\\s*(\\p{L}+?)\\.?\\s*(?:', AGO, ')(?!\\p{L})',
    '|(?:', AGO_BEFORE, ')\\s+(\\d+|', { ...ONE, en: [] }, ')\\s*(\\p{L}+)',
    '|(?<!\\p{L})(', YESTERDAY, ')(?!\\p{L})',
  ));
// Seconds, minutes, hours, days, weeks: one group each.
const UNIT = /^(?:(sec|seg|сек|秒|초)|(min|мин|分|분)|(h|std|stu|heu|hor|ore|uur|час|時|小|시)|(d|tag|jour|dí|dia|gior|dag|дн|ден|天|日|일)|(w))/i;

/** "2 hours ago", "vor 3 Stunden", "il y a 2 heures", "2時間前", "yesterday" — anchored on `now`. */
function relative(text: string, ctx: TextContext): Found[] {
  const m = relPattern().exec(text);
  const u = m && (m[5] ? [, , , , 1] : UNIT.exec(m[2] ?? m[4]!));
  const unit = u && [1, 60, 3600, 86400, 604800][u.findIndex((g, i) => i && g) - 1];
  if (!unit) return [];
  const t = +ctx.now - (Number(m![1] ?? m![3]) || 1) * unit * 1000;
  // A page zone if it has one, else UTC; days and weeks name only a day.
  const off = ctx.local ? (offsetAt(ctx.local, t) ?? 0) : 0;
  return [{ wall: { ...fromInstant(t, off, ctx.local ?? 'UTC', unit < 86400), rel: true }, index: m!.index, end: m!.index + m![0].length }];
}
