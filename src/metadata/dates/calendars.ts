/**
 * Dates in other calendars than the Gregorian, as pages of their countries write them in visible text
 * (issue #14): the Solar Hijri ("۲۳ مهر ۱۴۰۵", Iran; "1405/07/23" on a Persian page), the Thai Buddhist
 * Era ("14 ต.ค. 2569"), Japan's eras ("令和8年5月3日") and the Minguo years of Taiwan ("民國115年11月23日",
 * "115-11-23" on a Taiwanese page). Each becomes the Gregorian day it names; the clock after it is
 * read as any date's is (text.ts). Digits are ASCII already (text.ts `asciiDigits`).
 */
import { regex, type Tables } from '../../phrases';
import { SOLAR_HIJRI_MONTHS, THAI_MONTHS } from '../phrases/dates';
import type { ZoneContext } from '../zones';
import { valid, type Wall } from './wall';

export interface CalendarDate {
  wall: Wall;
  index: number;
  end: number;
}

/** Japan's era names and the Gregorian year before each era's first ("令和8年" is 2018 + 8). */
const JAPANESE_ERAS: Readonly<Record<string, number>> = { 令和: 2018, 平成: 1988 };

const escape = (s: string): string => s.replace(/[.]/g, '\\.');
/** One alternation of a month table (keys in calendar order), longest first ("มีนาคม" before "มี.ค."),
 *  and each name's month. */
function monthTable(table: Tables): { source: string; month: Map<string, number> } {
  const month = new Map<string, number>();
  Object.values(table).forEach((names, i) => names.forEach((n) => typeof n === 'string' && month.set(n, i + 1)));
  return { source: [...month.keys()].sort((a, b) => b.length - a.length).map(escape).join('|'), month };
}

let patterns: { re: RegExp; persian: Map<string, number>; thai: Map<string, number> } | undefined;
function compiled(): NonNullable<typeof patterns> {
  if (patterns) return patterns;
  const fa = monthTable(SOLAR_HIJRI_MONTHS);
  const th = monthTable(THAI_MONTHS);
  const eras = Object.keys(JAPANESE_ERAS).join('|');
  const re = regex(
    'gu',
    // 1–3: day, Persian month, Solar Hijri year (13xx–14xx).
    `(?<!\\d)(\\d\\d?)\\s?(${fa.source})(?!\\p{L})\\s?(1[34]\\d\\d)(?!\\d)` +
      // 4–6: day, Thai month, year (Buddhist when above 2400), "พ.ศ." between them at most.
      `|(?<!\\d)(\\d\\d?)\\s?(${th.source})\\s?(?:พ\\.ศ\\.\\s?)?(\\d{4})(?!\\d)` +
      // 7–10: Japanese era, year ("元" the first), month, day.
      `|(${eras})\\s?(元|\\d\\d?)\\s?年\\s?(\\d\\d?)\\s?月\\s?(\\d\\d?)\\s?日` +
      // 11–13: Minguo year, month, day, said with 民國 / 民国.
      `|民[國国]\\s?(\\d{2,3})\\s?年\\s?(\\d\\d?)\\s?月\\s?(\\d\\d?)\\s?日` +
      // 14–17: a Minguo year in numbers (Taiwan only: below), "115-11-23", "115/11/23", "115年11月23日".
      `|(?<![\\d./-])(1[01]\\d)\\s?([-/.年])\\s?(\\d\\d?)\\s?[-/.月]\\s?(\\d\\d?)(?![\\d./-])日?` +
      // 18–20: a Solar Hijri year first in numbers (a Persian page only: below), "1405/07/23".
      `|(?<![\\d./-])(1[34]\\d\\d)[/.-](\\d\\d?)[/.-](\\d\\d?)(?![\\d./-])`,
  );
  return (patterns = { re, persian: fa.month, thai: th.month });
}

/** Whether the page is Taiwan's: its domain, or Chinese written the traditional way. */
const taiwan = (ctx: ZoneContext): boolean => ctx.tld === 'tw' || /^zh-(?:tw|hant)/i.test(ctx.lang);

export function calendarDates(text: string, ctx: ZoneContext): CalendarDate[] {
  // (Nothing to look for in a text of Latin letters and digits alone: most dates lines.)
  if (!/[\u0600-\u06ff\u0e00-\u0e7f年]|\d{3}[-/.]|\d\d\d\d[-/.]\d\d?[-/.]\d/.test(text)) return [];
  const { re, persian, thai } = compiled();
  const out: CalendarDate[] = [];
  re.lastIndex = 0;
  for (let m; (m = re.exec(text)); ) {
    let w: Wall | null = null;
    if (m[1]) w = solarHijri(+m[3]!, persian.get(m[2]!)!, +m[1]);
    else if (m[4]) {
      const y = +m[6]!;
      w = { y: y > 2400 ? y - 543 : y, mo: thai.get(m[5]!)!, d: +m[4] };
    } else if (m[7]) w = { y: JAPANESE_ERAS[m[7]]! + (m[8] === '元' ? 1 : +m[8]!), mo: +m[9]!, d: +m[10]! };
    else if (m[11]) w = { y: +m[11] + 1911, mo: +m[12]!, d: +m[13]! };
    else if (m[14] && taiwan(ctx)) w = { y: +m[14] + 1911, mo: +m[16]!, d: +m[17]! };
    else if (m[18] && /^fa/i.test(ctx.lang)) w = solarHijri(+m[18], +m[19]!, +m[20]!);
    if (w && valid(w)) out.push({ wall: w, index: m.index, end: m.index + m[0].length });
  }
  return out;
}

let persianParts: Intl.DateTimeFormat | null | undefined;

/** The Gregorian day of a Solar Hijri date: its year's first day (Nowruz, 19–22 March of year + 621)
 *  found through Intl's Persian calendar, then the months' lengths (six of 31 days, five of 30). */
export function solarHijri(y: number, mo: number, d: number): Wall | null {
  if (mo < 1 || mo > 12 || d < 1 || d > (mo <= 6 ? 31 : 30)) return null;
  if (persianParts === undefined) {
    try {
      persianParts = new Intl.DateTimeFormat('en-u-ca-persian', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
      if (persianParts.resolvedOptions().calendar !== 'persian') persianParts = null;
    } catch {
      persianParts = null;
    }
  }
  if (!persianParts) return null;
  const g = y + 621;
  for (let day = 18; day <= 23; day++) {
    const t = Date.UTC(g, 2, day, 12);
    const parts = persianParts.formatToParts(t);
    const num = (type: string): number => +(parts.find((p) => p.type === type)?.value ?? NaN);
    if (num('month') !== 1 || num('day') !== 1) continue;
    const at = new Date(t + ((mo <= 6 ? (mo - 1) * 31 : 186 + (mo - 7) * 30) + d - 1) * 864e5);
    return { y: at.getUTCFullYear(), mo: at.getUTCMonth() + 1, d: at.getUTCDate() };
  }
  return null;
}
