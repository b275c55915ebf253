/**
 * What every Analysis must be, whatever the page (issue #14): each time valid ISO 8601 (a day, a
 * wall-clock time, or a time with an offset within ±14:00), and the whole object valid UTF-8 JSON
 * (no lone surrogate in any string: JSON.stringify would write it as an escape that is no character).
 * Returns what is wrong, empty when nothing is.
 */
import type { Analysis } from '../../src/index';

const ISO = /^(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d):(\d\d)(?:([+-])(\d\d):(\d\d))?)?$/;

/** Why `iso` is no valid ISO 8601 date or date-time as the Analysis writes them; null when it is. */
export function isoProblem(iso: string): string | null {
  const m = ISO.exec(iso);
  if (!m) return `not ISO 8601: ${JSON.stringify(iso)}`;
  const [y, mo, d, h = '0', mi = '0', s = '0'] = m.slice(1, 7).map((x) => x ?? '0');
  const day = new Date(Date.UTC(+y!, +mo! - 1, +d!));
  if (day.getUTCMonth() !== +mo! - 1 || day.getUTCDate() !== +d!) return `no such day: ${iso}`;
  if (+h > 23 || +mi > 59 || +s > 59) return `no such time: ${iso}`;
  if (m[7] && (+m[8]! * 60 + +m[9]! > 14 * 60 || +m[9]! > 59)) return `no such offset: ${iso}`;
  return null;
}

export function outputProblems(a: Analysis): string[] {
  const out: string[] = [];
  const json = JSON.stringify(a);
  // JSON.stringify writes a lone surrogate as an escape ("\\ud83d"), which decodes to no character;
  // (with the u flag a pair is one code point: only a lone surrogate matches \p{Cs}).
  if (/\\u[dD][89a-fA-F][0-9a-fA-F]{2}/.test(json) || /\p{Cs}/u.test(json)) out.push('lone surrogate in the JSON');
  for (const [k, v] of [
    ['published', a.published],
    ['modified', a.modified],
    ['times.published', a.times.published?.iso],
    ['times.modified', a.times.modified?.iso],
  ] as const) {
    const p = v ? isoProblem(v) : null;
    if (p) out.push(`${k} ${p}`);
  }
  return out;
}
