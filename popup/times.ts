/** The popup's time lines, from the core's pure formatter (src/format/time.ts). */
import type { Analysis } from '../src/index';
import { formatPublished, formatUpdated, showUpdated, type FormattedTime } from '../src/index';

export interface TimeLine {
  which: 'published' | 'updated';
  /** "Published 28 Apr 2025, 09:57 IST · 3 h ago" */
  text: string;
  /** Without the relative part, for copying (a copied "3 h ago" goes stale). */
  absolute: string;
  /** The reader's own local time, and the signal the time was read from. */
  tooltip: string;
}

interface Ctx {
  now: Date;
  locale: string;
  timeZone: string;
}

function line(which: TimeLine['which'], f: FormattedTime, signal: string, note?: string): TimeLine {
  const tooltip = [f.readerLocal ? `Your time: ${f.readerLocal}` : 'The page gave no time zone', `Source: ${signal}`, note].filter(Boolean).join('\n');
  return { which, text: f.relative ? `${f.text} · ${f.relative}` : f.text, absolute: f.text, tooltip };
}

export function formatTimeLines(a: Analysis, ctx: Ctx): TimeLine[] {
  const o = { now: ctx.now, locale: ctx.locale, readerTimeZone: ctx.timeZone };
  const { published, modified } = a.times;
  const out: TimeLine[] = [];
  if (published) out.push(line('published', formatPublished(published, o), published.signal, published.note));
  if (modified && showUpdated(published, modified)) out.push(line('updated', formatUpdated(modified, o), modified.signal, modified.note));
  return out;
}

/** The same lines as one string, for "Copy". */
export function timesText(a: Analysis, ctx: Ctx): string {
  return formatTimeLines(a, ctx)
    .map((t) => t.absolute)
    .join(' · ');
}
