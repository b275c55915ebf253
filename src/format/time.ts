/**
 * Published / Updated lines for the popup (issue #3, "What the reader sees"). Pure and tiny: it
 * imports nothing but types, so the popup bundle stays small. The page's wall clock and zone are
 * shown as the page stated them; the reader's own local time is offered for hover/focus.
 */
import type { TimeDetail } from '../analysis';

export interface FormatOptions {
  now: Date;
  locale: string;
  readerTimeZone: string;
}

export interface FormattedTime {
  /** "Published 28 Apr 2025, 09:57 IST" */
  text: string;
  /** The same without the label, for the UI's own words around it: "28 Apr 2025, 09:57 IST". */
  when: string;
  /** "3 hours ago"; null for a time without an offset (no instant to measure from). */
  relative: string | null;
  /** The same instant in the reader's zone; null when the page gave no offset. */
  readerLocal: string | null;
}

const RE = /^(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d)(?::(\d\d))?([+-])?(\d\d)?:?(\d\d)?)?/;

function offsetLabel(sign: string, h: string, m: string): string {
  return `GMT${sign}${+h}${m === '00' ? '' : `:${m}`}`.replace(/^GMT[+-]0$/, 'GMT');
}

function relative(ms: number, now: Date, locale: string): string {
  const s = (ms - now.getTime()) / 1000;
  const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [['year', 31536000], ['month', 2592000], ['week', 604800], ['day', 86400], ['hour', 3600], ['minute', 60]];
  const [unit, size] = units.find(([, n]) => Math.abs(s) >= n) ?? ['minute', 60];
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' }).format(Math.round(s / size), unit);
}

function format(label: string, d: TimeDetail, o: FormatOptions): FormattedTime {
  const m = RE.exec(d.iso);
  if (!m) return { text: `${label} ${d.iso}`, when: d.iso, relative: null, readerLocal: null };
  const [, y, mo, day, hh, mi, , sign, oh, om] = m;
  // Format the page's wall clock as if it were UTC, so the reader's zone cannot shift it.
  const wall = new Date(Date.UTC(+y!, +mo! - 1, +day!, +(hh ?? 0), +(mi ?? 0)));
  const opts: Intl.DateTimeFormatOptions = { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' };
  if (hh) Object.assign(opts, { hour: '2-digit', minute: '2-digit' });
  let when = new Intl.DateTimeFormat(o.locale, opts).format(wall);
  if (!d.hasOffset || !sign) return { text: `${label} ${when}`, when, relative: hh ? null : relative(wall.getTime(), o.now, o.locale), readerLocal: null };
  const zone = d.zone && !d.zone.includes('/') ? d.zone : offsetLabel(sign, oh!, om ?? '00');
  when += ` ${zone}`;
  const text = `${label} ${when}`;
  const instant = wall.getTime() - (sign === '-' ? -1 : 1) * (+oh! * 60 + +(om ?? 0)) * 60000;
  const readerLocal = new Intl.DateTimeFormat(o.locale, { ...opts, timeZone: o.readerTimeZone, timeZoneName: 'short' }).format(instant);
  return { text, when, relative: relative(instant, o.now, o.locale), readerLocal };
}

export const formatPublished = (d: TimeDetail, o: FormatOptions): FormattedTime => format('Published', d, o);
export const formatUpdated = (d: TimeDetail, o: FormatOptions): FormattedTime => format('Updated', d, o);

/** Show "Updated" only when it names a different moment than "Published" (to the minute). */
export function showUpdated(published: TimeDetail | null, modified: TimeDetail | null): boolean {
  if (!modified) return false;
  if (!published) return true;
  const key = (d: TimeDetail): number | string => (d.hasOffset ? Math.floor(Date.parse(d.iso) / 60000) : d.iso.slice(0, 16));
  return key(published) !== key(modified);
}
