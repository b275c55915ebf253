/**
 * What the content script hands the popup for a page: the page as the browser serializes it when
 * it can be copied at once (its nesting and element count within the limits, its markup of a sane
 * size), else a bounded snapshot, with the reason (content-scripts/extract.ts, ARCHITECTURE.md
 * "No page can hang the tab"). Whether the copy is safe to *read* in the popup (named controls that
 * shadow what the readers walk by, megabytes of prose) is checked by the popup on the copy itself
 * (popup/reader.ts): a walk in script over every node held the tab for tens of milliseconds.
 */
import type { PageResult } from '../extension/protocol';
import { frameCopies, PREFLIGHT_LIMITS, serialize, snapshot, SNAPSHOT_LIMITS, structureCheck, textCheck, withoutScriptText } from '../src/collect';

/**
 * The largest copy handed over as it is, in characters. The corpus pages' copies are 107,000
 * characters at the median and 1.63 M at most (`npm run eval:copy`); a page whose markup is bigger
 * still (megabyte values in its attributes or scripts) would cost the popup seconds to parse and
 * read, so it is handed over as a bounded snapshot instead, which cuts every value.
 */
export const MAX_COPY_CHARS = 3_000_000;

export function readPage(document: Document, url: string, loading: boolean): PageResult {
  // copyCheck in two (src/dom/preflight.ts): the text nodes are walked only when the markup is
  // longer than the text limit, which bounds their length (the corpus's copies: 107,000 characters
  // at the median; one of 130 is over 1.5 M).
  let verdict = structureCheck(document);
  let reason = verdict.safe ? '' : verdict.detail;
  if (verdict.safe) {
    const html = serialize(document);
    if (html.length > PREFLIGHT_LIMITS.text) verdict = textCheck(document);
    if (!verdict.safe) {
      reason = verdict.detail;
    } else if (html.length <= MAX_COPY_CHARS) {
      // The embedded frames the page may read (its own origin's, srcdoc), beside it (issue #15).
      const frames = frameCopies(document);
      // Handed over without its scripts' and style sheets' text, which no reader reads (checked on
      // the whole markup above: the text limit's test holds for it, not for the cut copy).
      return { kind: 'page', html: withoutScriptText(document, html), url, ...(loading ? { loading } : {}), ...(frames.length ? { frames } : {}) };
    } else {
      reason = `its markup is ${(html.length / 1e6).toFixed(1)} M characters long`;
    }
  }
  // The frames the page may read go into the bounded copy too, as their `<iframe>`'s srcdoc (issue #15).
  const copy = snapshot(document, SNAPSHOT_LIMITS, frameCopies(document));
  return { kind: 'snapshot', html: copy.html, url, truncated: copy.truncated, reason, ...(loading ? { loading } : {}) };
}
