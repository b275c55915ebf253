/**
 * Injected on demand (scripting.executeScript, files) into the active tab's isolated world. It only
 * installs `globalThis.__nutshell`; the popup then calls `run()` with a second executeScript. It
 * carries only the page side of the core (src/extract.ts: Readability and the DOM collectors) and
 * never changes the page: Readability runs on a clone, and the highlight is a Web Animation that
 * leaves no attribute or node behind. Injecting it twice keeps the first install.
 */
import { extractPage } from '../src/index';
import { PROTOCOL_VERSION, serializeError, type NutshellPageApi, type PageRequest, type PageResult } from '../extension/protocol';
import { highlightPassage } from './highlight';

declare global {
  // eslint-disable-next-line no-var
  var __nutshell: NutshellPageApi | undefined;
}

function run(request: PageRequest): PageResult {
  try {
    if (request.type === 'highlight') return { kind: 'highlighted', found: highlightPassage(document, request.text) };
    if (document.readyState === 'loading') return { kind: 'loading' };
    return { kind: 'facts', facts: extractPage(document, { url: location.href }) };
  } catch (e) {
    return { kind: 'error', error: serializeError(e) };
  }
}

if (globalThis.__nutshell?.version !== PROTOCOL_VERSION) {
  globalThis.__nutshell = { version: PROTOCOL_VERSION, run };
}
