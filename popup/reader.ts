/**
 * The page half, run in the popup on a copy of the tab's page (issue #13): the content script
 * hands over the page as the browser serializes it, and Readability and the collectors read a
 * parse of it here, so the reader's tab is never held while its article is read. A chunk of its
 * own (with src/collect.ts), loaded while the page is serialized.
 *
 * The copy is parsed inertly (DOMParser: no script runs, nothing loads) with a `<base>` of the
 * page's URL, as a linked page is (extension/link.ts). A parser has scripting off, so it would
 * build `<noscript>` content as elements, where the live page (scripting on) holds it as text: it
 * is put back as text, and the copy reads as the page does (`npm run eval:copy`).
 *
 * The copy is checked here, before it is read (src/dom/preflight.ts, on the copy rather than in the
 * tab, so that the tab is held only for the browser's own serializer): a copy with controls named
 * after what the readers walk by, nested too deep, or too big to read at once is handed on as a
 * bounded snapshot to the worker (extension/isolated.ts), with the reason; so is one whose reading
 * throws. The tab's own bounded snapshot (content-scripts/read.ts) comes through here first: built
 * within these limits, it is read here unless it fails the same checks (popup/adapters.ts).
 */
import { parseLinkedPage } from '../extension/link';
import { copyCheck, extractPage, namedControls, snapshot, type FrameCopy } from '../src/collect';
import type { PageFacts } from '../src/index';

export type CopyReading =
  | { kind: 'facts'; facts: PageFacts }
  | { kind: 'snapshot'; html: string; truncated: boolean; reason: string };

/** The page's copy as a Document, built as the live page is, its readable frames' documents put
 *  back as their `srcdoc` (where src/ai/collect.ts reads them). */
export function parseCopy(html: string, url: string, frames: readonly FrameCopy[] = []): Document {
  const doc = parseLinkedPage(html, url);
  // Through the prototype: the copy's own markup cannot shadow it.
  const noscripts = Array.from(Document.prototype.getElementsByTagName.call(doc, 'noscript'));
  for (const el of noscripts) el.replaceChildren(doc.createTextNode(el.innerHTML));
  putFrames(doc, frames);
  return doc;
}

const attr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Each frame's document as the `srcdoc` of its `<iframe>` in `doc` (found by its number among
 *  the document's), a frame inside it first put into it the same way; a `<base>` of the frame's
 *  own URL leads it, so that its images resolve as the frame resolves them. */
function putFrames(doc: Document, frames: readonly FrameCopy[]): void {
  if (!frames.length) return;
  const iframes = Array.from(Document.prototype.getElementsByTagName.call(doc, 'iframe'));
  for (const f of frames) {
    const el = f.path.length === 1 ? iframes[f.path[0]!] : undefined;
    if (!el) continue;
    const inner = frames.filter((g) => g.path.length > 1 && g.path[0] === f.path[0]).map((g) => ({ ...g, path: g.path.slice(1) }));
    let html = f.html;
    if (inner.length) {
      const d = new DOMParser().parseFromString(html, 'text/html');
      putFrames(d, inner);
      html = d.documentElement.outerHTML;
    }
    el.setAttribute('srcdoc', `<base href="${attr(f.url)}">${html}`);
  }
}

export function readCopy(html: string, url: string, frames: readonly FrameCopy[] = []): CopyReading {
  const doc = parseCopy(html, url, frames);
  // The tab ran copyCheck before it serialized; run again here (native calls, cheap) it holds the
  // copy as parsed to the same limits, and the named controls are the one check left.
  const checked = copyCheck(doc);
  const verdict = checked.safe ? namedControls(doc) : checked;
  if (!verdict.safe) {
    const copy = snapshot(doc);
    return { kind: 'snapshot', html: copy.html, truncated: copy.truncated, reason: verdict.detail };
  }
  try {
    return { kind: 'facts', facts: extractPage(doc, { url }) };
  } catch (e) {
    const copy = snapshot(doc);
    // A developer's detail (shown under the error), not a UI string.
    const failure = new Error(`reading the page failed: ${e instanceof Error ? e.message : String(e)}`);
    return { kind: 'snapshot', html: copy.html, truncated: copy.truncated, reason: failure.message };
  }
}
