/**
 * Injected on demand (scripting.executeScript, files) into the active tab's isolated world. It only
 * installs `globalThis.__nutshell`; the popup then calls `run()`, in the same executeScript for a
 * plain read (public/content-scripts/read-now.js, extension/page.ts), else with a second one. It
 * never changes the page, and never reads the article on the page's main thread: Readability and
 * the collectors would hold it for tens to hundreds of milliseconds on a news page (issue #13).
 * The page is handed over as a copy instead, and read elsewhere:
 *
 * - a page of sane nesting and size (checked by two native calls, src/dom/preflight.ts `copyCheck`)
 *   as the browser serializes it, which takes a few milliseconds; the popup parses it again, checks
 *   the copy (the full preflight) and reads it there, or in the worker when the check fails
 *   (popup/reader.ts);
 * - any other page as a bounded copy of our own walk, read in a worker that the popup stops at a
 *   deadline (extension/isolated.ts).
 *
 * Highlighting a bullet's passage and the AI-flagged images' thumbnails and outline work on the
 * live page (highlight.ts, images.ts). Injecting the script twice keeps the first install.
 */
import { PROTOCOL_VERSION, serializeError, type NutshellPageApi, type PageRequest, type PageResult } from '../extension/protocol';
import { highlightPassage } from './highlight';
import { readPage } from './read';
import { showImage, thumbnails } from './images';

declare global {
  // eslint-disable-next-line no-var
  var __nutshell: NutshellPageApi | undefined;
}

function run(request: PageRequest): PageResult {
  try {
    if (request.type === 'highlight') return { kind: 'highlighted', found: highlightPassage(document, request.text) };
    if (request.type === 'thumbnails') return { kind: 'thumbnails', thumbs: thumbnails(document, request.srcs) };
    if (request.type === 'show-image') return { kind: 'highlighted', found: showImage(document, request.src) };
    const loading = document.readyState === 'loading';
    if (loading && !request.asIs) return { kind: 'loading' };
    return readPage(document, location.href, loading);
  } catch (e) {
    return { kind: 'error', error: serializeError(e) };
  }
}

if (globalThis.__nutshell?.version !== PROTOCOL_VERSION) {
  globalThis.__nutshell = { version: PROTOCOL_VERSION, run };
}
