/**
 * Injected on demand (scripting.executeScript, files) into the active tab's isolated world. It only
 * installs `globalThis.__nutshell`; the popup then calls `run()` with a second executeScript. It
 * never changes the page: analysis runs Readability on a clone, and the highlight is a Web
 * Animation that leaves no attribute or node behind. Injecting it twice keeps the first install.
 */
import { analyzeDocument } from '../src/analyze';
import { PROTOCOL_VERSION, serializeError, type NutshellPageApi, type PageRequest, type PageResult } from '../src/protocol';
import { highlightPassage } from './highlight';

declare global {
  // eslint-disable-next-line no-var
  var __nutshell: NutshellPageApi | undefined;
}

function run(request: PageRequest): PageResult {
  try {
    if (request.type === 'highlight') return { kind: 'highlighted', found: highlightPassage(document, request.text) };
    if (document.readyState === 'loading') return { kind: 'loading' };
    const now = request.now ? new Date(request.now) : new Date();
    const analysis = analyzeDocument(document, {
      url: location.href,
      now,
      settings: { summarySentences: request.sentences as 3 | 5 | 7 },
      ...(request.selection ? { selection: request.selection } : {}),
    });
    return { kind: 'analysis', analysis };
  } catch (e) {
    return { kind: 'error', error: serializeError(e) };
  }
}

if (globalThis.__nutshell?.version !== PROTOCOL_VERSION) {
  globalThis.__nutshell = { version: PROTOCOL_VERSION, run };
}
