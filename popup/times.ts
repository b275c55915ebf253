/** The popup's time lines, from the core's pure formatter (src/format/time.ts), in the UI's words. */
import type { Analysis, TimeDetail } from '../src/index';
import { formatPublished, formatUpdated, showUpdated, type FormattedTime } from '../src/index';
import { t, type MessageKey } from '../extension/i18n';

export interface TimeLine {
  which: 'published' | 'updated';
  /** "Published 28 Apr 2025, 09:57 IST · 3 h ago" */
  text: string;
  /** Without the relative part, for copying (a copied "3 h ago" goes stale). */
  absolute: string;
  /** In plain words: the reader's own local time, where the time was read, what was assumed. */
  details: string[];
}

interface Ctx {
  now: Date;
  locale: string;
  timeZone: string;
}

/**
 * Where a time was read, in plain words (the core's signal names are for developers:
 * `json-ld:datePublished`, `meta:article:published_time`, `text:Updated`, `url`). A small mapping
 * until the core gives the words itself.
 */
export function signalWords(signal: string): string {
  const key: MessageKey = /^(?:json-ld|itemprop|microdata):/.test(signal)
    ? 'signal_structured'
    : signal.startsWith('meta:')
      ? 'signal_meta'
      : signal.startsWith('text:')
        ? 'signal_text'
        : signal === 'url'
          ? 'signal_url'
          : 'signal_code';
  return t(key);
}

function line(which: TimeLine['which'], f: FormattedTime, d: TimeDetail): TimeLine {
  const absolute = t(which === 'published' ? 'published' : 'updated', f.when);
  const details = [f.readerLocal ? t('timeYours', f.readerLocal) : t('timeNoZone'), t('timeFrom', signalWords(d.signal))];
  if (d.note) details.push(d.note);
  return { which, text: f.relative ? `${absolute} · ${f.relative}` : absolute, absolute, details };
}

export function formatTimeLines(a: Analysis, ctx: Ctx): TimeLine[] {
  const o = { now: ctx.now, locale: ctx.locale, readerTimeZone: ctx.timeZone };
  const { published, modified } = a.times;
  const out: TimeLine[] = [];
  if (published) out.push(line('published', formatPublished(published, o), published));
  if (modified && showUpdated(published, modified)) out.push(line('updated', formatUpdated(modified, o), modified));
  return out;
}

/** The same lines as one string, for "Copy". */
export function timesText(a: Analysis, ctx: Ctx): string {
  return formatTimeLines(a, ctx)
    .map((t) => t.absolute)
    .join(' · ');
}
