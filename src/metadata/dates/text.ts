/**
 * Dates in visible text: numeric (y-m-d, d.m.y, m/d/y), month names, CJK 年月日 / 년월일, an
 * optional clock (12/24 h, "Uhr", "09h57", 午後/오후) and zone, and relative times ("2 hours ago").
 * Works on short strings only (a byline, a dateline): the caller picks where to look.
 */
import { monthOf } from './months';
import { applyZone, fromInstant, valid, type Wall } from './wall';
import { offsetAt, wallOffset, type ZoneContext } from '../zones';

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

const DATE =
  /(?<!\d)(\d{4})\s*[-/.年년]\s*(\d{1,2})\s*[-/.月월]\s*(\d{1,2})(?!\d)[日일.]?|(?<![\d.])(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\5\s*(\d{4}|\d\d)(?![\d.])|(?<!\d)(\d{1,2})(?:st|nd|rd|th|er|º|\.)?\s*(?:de\s+)?(\p{L}{3,10})(?!\p{L})\.?,?(?:\s*(?:de\s+)?(\d{4})(?!\d))?|(?<!\p{L})(\p{L}{3,10})(?!\p{L})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?!\d)(?:,?\s*(\d{4})(?!\d))?/gu;

const TIME =
  /^[\s,|·•@–—-]*(?:at|um|à|a las|alle|om|в|às|kl\.?)?\s*(午前|午後|上午|下午|오전|오후)?\s*(\d{1,2})(?:\s*(?:[:h時时시]|\.(?=\d\d))\s*(\d\d)(?:[:.](\d\d))?)?\s*(?:分|분)?\s*(uhr\b|[ap]\.?\s?m\b\.?|h\b)?/iu;
const ZONE = /^\s*\(?((?:GMT|UTC)\s*[+\-−]\s*\d{1,2}(?::?\d\d)?|[+\-−]\d\d:?\d\d|\p{Lu}{2,5}(?!\p{L}))/u;

/** A clock at the start of `s` (after connectors), with any zone label after it. */
function clockAt(s: string): { h: number; mi: number; s?: number; zone?: string; len: number } | null {
  const m = TIME.exec(s);
  if (!m || (m[3] === undefined && !m[5])) return null;
  let h = +m[2]!;
  const suf = (m[5] ?? '').toLowerCase();
  const pm = /^p|午後|下午|오후/.test(suf || m[1] || '');
  const am = /^a|午前|上午|오전/.test(suf || m[1] || '');
  if ((pm || am) && h > 12) return null;
  if (pm && h < 12) h += 12;
  if (am && h === 12) h = 0;
  const z = ZONE.exec(s.slice(m[0].length));
  return { h, mi: +(m[3] ?? 0), s: m[4] === undefined ? undefined : +m[4], zone: z?.[1], len: m[0].length + (z?.[0].length ?? 0) };
}

/** The most recent year in which month/day is not in the future (for "28 April" without a year). */
function guessYear(mo: number, d: number, now: Date): number {
  const y = now.getUTCFullYear();
  return Date.UTC(y, mo - 1, d) > now.getTime() + 864e5 ? y - 1 : y;
}

export function findDates(text: string, ctx: TextContext): Found[] {
  const out: Found[] = [];
  DATE.lastIndex = 0;
  for (let m; (m = DATE.exec(text)); ) {
    let w: Wall | null = null;
    if (m[1]) w = { y: +m[1], mo: +m[2]!, d: +m[3]! };
    else if (m[4]) {
      let [a, b] = [+m[4], +m[6]!];
      const y = m[7]!.length === 2 ? 2000 + +m[7]! : +m[7]!;
      // Day-first unless the numbers or the page say otherwise; a dot never means month-first.
      const mdy = b > 12 || (a <= 12 && m[5] !== '.' && (ctx.order ?? (ctx.lang.startsWith('en') ? 'mdy' : 'dmy')) === 'mdy');
      const note = a <= 12 && b <= 12 && a !== b && m[5] !== '.' && !ctx.order ? 'day/month order' : undefined;
      if (mdy) [a, b] = [b, a];
      w = { y, mo: b, d: a, note };
    } else {
      const mo = monthOf(m[9] ?? m[11]!);
      if (mo) {
        const d = +(m[8] ?? m[12]!);
        const y = m[10] ?? m[13];
        w = { y: y ? +y : guessYear(mo, d, ctx.now), mo, d };
      }
    }
    if (!w || !valid(w)) {
      DATE.lastIndex = m.index + 1;
      continue;
    }
    let end = m.index + m[0].length;
    const c = clockAt(text.slice(end, end + 40)) ?? clockBefore(text.slice(Math.max(0, m.index - 30), m.index));
    if (c) {
      w = applyZone({ ...w, h: c.h, mi: c.mi, s: c.s }, c.zone, ctx);
      if (c.len > 0) end += c.len;
      if (w.off === undefined && ctx.local) w = { ...w, off: wallOffset(ctx.local, Date.UTC(w.y, w.mo - 1, w.d, w.h!, w.mi!)) ?? undefined, tz: ctx.local };
    }
    out.push({ wall: w, index: m.index, end });
    DATE.lastIndex = end;
  }
  return out.length ? out : relative(text, ctx);
}

/** "10:57 BST, 28 April": a clock right before the date. `len` 0: it does not extend the match. */
function clockBefore(s: string): ReturnType<typeof clockAt> {
  const m = /(\d{1,2}[:.h]\d\d(?:\s*[ap]\.?m\.?)?(?:\s*(?:(?:GMT|UTC)\s*[+\-−]\s*\d{1,2}(?::?\d\d)?|\p{Lu}{2,5}))?)[\s,|·–-]*$/u.exec(s);
  const c = m ? clockAt(m[1]!) : null;
  return c && { ...c, len: 0 };
}

const REL =
  /(?<!\p{L})(\d+|an?|one|eine[mn]?|une?|un[ao]?)\s*(sec|seg|сек|秒|초|min|мин|分|분|h|std|stu|heu|hor|ore|uur|час|時間|小时|小時|시간|d|tag|jour|día|dia|giorn|dag|дн|день|天|日|일|w)\p{L}*\.?\s*(?:ago|fa|geleden|назад|前|전)|(?:vor|il y a|hace|há)\s+(\d+|eine[mn]?|une?|un[ao]?)\s*(\p{L}+)|(?<!\p{L})(yesterday|gestern|hier|ayer|ieri|ontem|gisteren|вчера|昨日|昨天|어제)(?!\p{L})/iu;
const UNIT: [RegExp, number][] = [
  [/^(sec|seg|сек|秒|초)/i, 1],
  [/^(min|мин|分|분)/i, 60],
  [/^(h|std|stu|heu|hor|ore|uur|час|時|小|시)/i, 3600],
  [/^(d|tag|jour|dí|dia|gior|dag|дн|ден|天|日|일)/i, 86400],
  [/^w/i, 604800],
];

/** "2 hours ago", "vor 3 Stunden", "il y a 2 heures", "2時間前", "yesterday" — anchored on `now`. */
function relative(text: string, ctx: TextContext): Found[] {
  const m = REL.exec(text);
  if (!m) return [];
  const n = /^\d/.test(m[1] ?? m[3] ?? '') ? +(m[1] ?? m[3])! : 1;
  const unit = m[5] ? 86400 : (UNIT.find(([r]) => r.test(m[2] ?? m[4] ?? ''))?.[1] ?? 0);
  if (!unit) return [];
  const t = ctx.now.getTime() - n * unit * 1000;
  // A page zone if it has one, else UTC; days and weeks name only a day.
  const off = ctx.local ? (offsetAt(ctx.local, t) ?? 0) : 0;
  return [{ wall: fromInstant(t, off, ctx.local ?? 'UTC', unit < 86400), index: m.index, end: m.index + m[0].length }];
}
