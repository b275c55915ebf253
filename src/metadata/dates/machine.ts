/**
 * Machine-readable values (meta content, JSON-LD, `datetime` attributes): ISO 8601 in its many
 * CMS spellings ("2017-11-03 03:01:00.000000", "+0100", "20150424"), epoch numbers, RFC 2822.
 * The page's own offset is kept as written; a value without one stays without one.
 */
import { fixedOffset } from '../zones';
import { findDates, type TextContext } from './text';
import { applyZone, fromInstant, valid, type Wall } from './wall';

// The offset whole: "+05:30", "+0530", "+05", and CMS slips like "-500" (-05:00), never cut to "-50".
// A zone may follow as a word: "2024-03-05 10:00:00 UTC", "… GMT+3", "… EST" (group 8).
const ISO = /^(\d{4})-?(\d\d)-?(\d\d)(?:[T ]+(\d\d):?(\d\d)(?::?(\d\d))?(?:[.,]\d+)?\s*(Z|[+-]\d\d?:\d\d|[+-]\d{1,4}(?!\d))?(?:\s*\(?((?:GMT|UTC)(?:\s*[+-]\d\d?(?::?\d\d)?)?|[A-Z]{2,5})\)?$)?)?/i;

export function parseMachine(raw: string, ctx: TextContext): Wall | null {
  const v = raw.trim();
  // Epoch seconds or milliseconds: an instant, shown in UTC.
  if (/^\d{10}(\d{3})?$/.test(v)) {
    const t = +v * (v.length === 10 ? 1000 : 1);
    return { ...fromInstant(t, 0), s: new Date(t).getUTCSeconds() };
  }
  const m = ISO.exec(v);
  if (!m) return findDates(v, { ...ctx, local: null })[0]?.wall ?? null;
  const w: Wall = { y: +m[1]!, mo: +m[2]!, d: +m[3]! };
  if (m[4]) {
    w.h = +m[4];
    w.mi = +m[5]!;
    if (m[6]) w.s = +m[6];
    // (An offset no zone has, beyond ±14:00, is dropped: the time stays without one.)
    const off = m[7] ? fixedOffset(m[7]) : null;
    if (off !== null) w.off = off;
    else if (m[8] && /^(?:GMT|UTC)$/i.test(m[8])) w.off = 0;
    else if (m[8] && valid(w)) return applyZone(w, m[8].toUpperCase(), ctx);
  }
  return valid(w) ? w : null;
}
