/**
 * Machine-readable values (meta content, JSON-LD, `datetime` attributes): ISO 8601 in its many
 * CMS spellings ("2017-11-03 03:01:00.000000", "+0100", "20150424"), epoch numbers, RFC 2822.
 * The page's own offset is kept as written; a value without one stays without one.
 */
import { findDates, type TextContext } from './text';
import { fromInstant, valid, type Wall } from './wall';

const ISO = /^(\d{4})-?(\d\d)-?(\d\d)(?:[T ]+(\d\d):?(\d\d)(?::?(\d\d))?(?:[.,]\d+)?\s*(Z|[+-]\d\d(?::?\d\d)?)?)?/i;

export function parseMachine(raw: string, ctx: TextContext): Wall | null {
  const v = raw.trim();
  // Epoch seconds or milliseconds: an instant, shown in UTC.
  if (/^\d{10}(\d{3})?$/.test(v)) {
    const t = +v * (v.length === 10 ? 1000 : 1);
    return { ...fromInstant(t, 0), s: new Date(t).getUTCSeconds() };
  }
  const m = ISO.exec(v);
  if (m) {
    const w: Wall = { y: +m[1]!, mo: +m[2]!, d: +m[3]! };
    if (m[4]) {
      Object.assign(w, { h: +m[4], mi: +m[5]! });
      if (m[6]) w.s = +m[6];
      const z = m[7]?.toUpperCase();
      if (z) w.off = z === 'Z' ? 0 : (z[0] === '-' ? -1 : 1) * (+z.slice(1, 3) * 60 + +(z.replace(':', '').slice(3, 5) || 0));
    }
    return valid(w) ? w : null;
  }
  return findDates(v, { ...ctx, local: null })[0]?.wall ?? null;
}
