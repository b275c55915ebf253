/** The popup's time lines, from the core's pure formatter (src/format/time.ts), in the UI's words. */
import type { Analysis, TimeDetail } from '../src/index';
import { explainSignal, formatPublished, formatUpdated, showUpdated, type FormattedTime, type SignalKey } from '../src/index';
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
 * Where a time was read, in plain words, from the core's explanation of the signal
 * (`explainSignal`: `json-ld:datePublished`, `meta:article:published_time`, `text:Updated`, `url`):
 * "the page's structured data", "the line “Updated: …”" (the label as the page wrote it).
 */
const SIGNAL_MESSAGES: Record<Exclude<SignalKey, 'text-label'>, MessageKey> = {
  'json-ld': 'signal_structured',
  microdata: 'signal_structured',
  meta: 'signal_meta',
  'time-element': 'signal_code',
  text: 'signal_text',
  url: 'signal_url',
  unknown: 'signal_code',
};

export function signalWords(signal: string): string {
  const { key, detail } = explainSignal(signal);
  if (key === 'text-label') return detail ? t('signal_line', detail) : t('signal_text');
  return t(SIGNAL_MESSAGES[key]);
}

function line(which: TimeLine['which'], f: FormattedTime, d: TimeDetail): TimeLine {
  const absolute = t(which === 'published' ? 'published' : 'updated', f.when);
  const details = [f.readerLocal ? t('timeYours', f.readerLocal) : t('timeNoZone'), t('timeFrom', signalWords(d.signal))];
  // The core's note is for developers ('day/month order'): the reader gets it in words.
  if (d.note) details.push(t(d.note === 'day/month order' ? 'timeNoteOrder' : 'timeNoteAssumed'));
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
