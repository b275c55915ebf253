/**
 * Injected on demand (scripting.executeScript, files) into the active tab's isolated world. It only
 * installs `globalThis.__nutshell`; the popup then calls `run()` with a second executeScript. It
 * carries only the page side of the core (src/collect.ts: Readability and the DOM collectors) and
 * never changes the page: Readability runs on a clone, and the highlight is a Web Animation that
 * leaves no attribute or node behind. Injecting it twice keeps the first install.
 *
 * Nothing unbounded runs here. A page is read in place only when the preflight finds it safe (no
 * clobbered DOM properties, sane nesting and size: every corpus page); any other page, or one whose
 * reading throws, is handed over as a bounded copy and read in a worker that the popup stops at a
 * deadline (extension/isolated.ts).
 */
import { extractPage, preflight, snapshot } from '../src/collect';
import { PROTOCOL_VERSION, serializeError, type NutshellPageApi, type PageRequest, type PageResult } from '../extension/protocol';
import { highlightPassage } from './highlight';
import { showImage, thumbnails } from './images';

declare global {
  // eslint-disable-next-line no-var
  var __nutshell: NutshellPageApi | undefined;
}

function read(loading: boolean): PageResult {
  const url = location.href;
  const verdict = preflight(document);
  let reason = verdict.safe ? '' : verdict.detail;
  if (verdict.safe) {
    try {
      return { kind: 'facts', facts: extractPage(document, { url }), ...(loading ? { loading } : {}) };
    } catch (e) {
      reason = `reading in place failed: ${serializeError(e).message}`;
    }
  }
  const copy = snapshot(document);
  return { kind: 'snapshot', html: copy.html, url, truncated: copy.truncated, reason, ...(loading ? { loading } : {}) };
}

function run(request: PageRequest): PageResult {
  try {
    if (request.type === 'highlight') return { kind: 'highlighted', found: highlightPassage(document, request.text) };
    if (request.type === 'thumbnails') return { kind: 'thumbnails', thumbs: thumbnails(document, request.srcs) };
    if (request.type === 'show-image') return { kind: 'highlighted', found: showImage(document, request.src) };
    const loading = document.readyState === 'loading';
    if (loading && !request.asIs) return { kind: 'loading' };
    return read(loading);
  } catch (e) {
    return { kind: 'error', error: serializeError(e) };
  }
}

if (globalThis.__nutshell?.version !== PROTOCOL_VERSION) {
  globalThis.__nutshell = { version: PROTOCOL_VERSION, run };
}
