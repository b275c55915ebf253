/**
 * Where a time was read, in plain words (issue #14): the popup's tooltip says "from the page's
 * structured data" or "from the line 'Updated: …'", not `json-ld:dateModified`. Each kind of signal
 * has a stable `key` the UI may translate; `text` is the English wording, `detail` what fills it in
 * (the meta tag's name, the line's label), as the page wrote it. Pure: no DOM, no browser.
 */

/** The kinds of place a time is read from (src/metadata/dates/index.ts writes the signals). */
export type SignalKey =
  | 'json-ld'
  | 'meta'
  | 'microdata'
  | 'time-element'
  | 'text-label'
  | 'text'
  | 'url'
  | 'unknown';

export interface SignalExplanation {
  key: SignalKey;
  /** The meta tag, microdata property, JSON-LD property or printed label; null when there is none. */
  detail: string | null;
  /** English words for the tooltip: "from the page's meta tags (article:published_time)". */
  text: string;
}

/** Words no longer than this are quoted whole; a longer label (a page's odd text) is cut. */
const MAX_DETAIL = 40;

/** Cut at a code point boundary, never inside a surrogate pair (the result stays valid UTF-16). */
function clip(s: string): string {
  const points = Array.from(s.trim());
  return points.length > MAX_DETAIL ? points.slice(0, MAX_DETAIL).join('') + '…' : points.join('');
}

/** `json-ld:datePublished` → { key: 'json-ld', detail: 'datePublished', text: "from the page's structured data (datePublished)" }. */
export function explainSignal(signal: string): SignalExplanation {
  const at = signal.indexOf(':');
  const head = at < 0 ? signal : signal.slice(0, at);
  const rest = at < 0 ? '' : clip(signal.slice(at + 1));
  const detail = rest || null;
  const withDetail = (words: string): string => (detail ? `${words} (${detail})` : words);
  switch (head) {
    case 'json-ld':
      return { key: 'json-ld', detail, text: withDetail("from the page's structured data") };
    case 'meta':
      return { key: 'meta', detail, text: withDetail("from the page's meta tags") };
    case 'itemprop':
      return { key: 'microdata', detail, text: withDetail("from the page's microdata") };
    case 'time[datetime]':
      return { key: 'time-element', detail: null, text: 'from the <time> element' };
    case 'url':
      return { key: 'url', detail: null, text: "from the date in the page's address" };
    case 'text':
      return detail && detail !== 'date'
        ? { key: 'text-label', detail, text: `from the line '${detail}: …'` }
        : { key: 'text', detail: null, text: 'from a date printed with the story' };
    default:
      return { key: 'unknown', detail: clip(signal) || null, text: 'from the page' };
  }
}
