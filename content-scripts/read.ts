/**
 * What the content script hands the popup for a page: the page as the browser serializes it when
 * the preflight finds it safe and its markup is of a sane size, else a bounded snapshot, with the
 * reason (content-scripts/extract.ts, ARCHITECTURE.md "No page can hang the tab").
 */
import type { PageResult } from '../extension/protocol';
import { frameCopies, preflight, serialize, snapshot } from '../src/collect';

/**
 * The largest copy handed over as it is, in characters. The corpus pages' copies are 107,000
 * characters at the median and 1.63 M at most (`npm run eval:copy`); a page whose markup is bigger
 * still (megabyte values in its attributes or scripts) would cost the popup seconds to parse and
 * read, so it is handed over as a bounded snapshot instead, which cuts every value.
 */
export const MAX_COPY_CHARS = 3_000_000;

export function readPage(document: Document, url: string, loading: boolean): PageResult {
  const verdict = preflight(document);
  let reason = verdict.safe ? '' : verdict.detail;
  if (verdict.safe) {
    const html = serialize(document);
    if (html.length <= MAX_COPY_CHARS) {
      // The embedded frames the page may read (its own origin's, srcdoc), beside it (issue #15).
      const frames = frameCopies(document);
      return { kind: 'page', html, url, ...(loading ? { loading } : {}), ...(frames.length ? { frames } : {}) };
    }
    reason = `its markup is ${(html.length / 1e6).toFixed(1)} M characters long`;
  }
  const copy = snapshot(document);
  return { kind: 'snapshot', html: copy.html, url, truncated: copy.truncated, reason, ...(loading ? { loading } : {}) };
}

