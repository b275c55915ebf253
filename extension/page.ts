/**
 * The popup's side of the protocol: inject the content script into a tab and call it. Every
 * outcome, including the browser refusing the injection, comes back as a `PageOutcome`.
 */
import { browser } from './browser';
import { isPageResult, serializeError, type PageRequest, type PageResult, type SerializedError } from './protocol';
import { restrictedFromError, restrictedKind, type RestrictedKind } from './restricted';

export type PageOutcome =
  | PageResult
  | { kind: 'restricted'; restricted: RestrictedKind }
  | { kind: 'injection-refused'; error: SerializedError };

// Absolute: Firefox resolves a relative path against the calling page (popup/), Chrome against the root.
export const SCRIPT = '/content-scripts/extract.js';
/**
 * Injected after SCRIPT in the same call for a plain read (`{ type: 'extract' }`): its completion
 * value is the page's copy, so inject and read are one round trip to the tab instead of two
 * (issue #13, "the brief at once"). A browser that hands back no value for it is asked again.
 */
export const READ_NOW = '/content-scripts/read-now.js';

/** Runs in the page's isolated world; must be self-contained (it is serialized by the browser). */
function callPage(request: PageRequest): unknown {
  const api = (globalThis as { __nutshell?: { run(r: PageRequest): unknown } }).__nutshell;
  if (!api) return { kind: 'error', error: { name: 'Error', message: 'The Nutshell script did not load in this page.' } };
  return api.run(request);
}

/**
 * `onInjected` is called once the script is in the page, before it is called (the popup's marks).
 * `started`: for a plain read, the same one call already made (public/popup-start.js, before the
 * popup's modules loaded), whose results are taken instead of calling again.
 */
export async function callTab(tabId: number, url: string | undefined, request: PageRequest, onInjected?: () => void, started?: Promise<unknown>): Promise<PageOutcome> {
  const known = restrictedKind(url);
  if (known) return { kind: 'restricted', restricted: known };
  try {
    // injectImmediately: do not wait for the page to finish loading; the script itself answers
    // `loading` while the document is still parsing, and the popup says so.
    const readNow = request.type === 'extract' && !request.asIs;
    const call = readNow && started ? started : browser.scripting.executeScript({ target: { tabId }, files: readNow ? [SCRIPT, READ_NOW] : [SCRIPT], injectImmediately: true });
    const results: unknown = await call;
    if (!Array.isArray(results)) throw new Error('The browser answered the injection with no results.');
    // No frame took the script: Firefox answers `[]` or `[null]` for its privileged pages
    // (about:*, the PDF viewer) instead of rejecting.
    if (results.length === 0 || results[0] == null) return { kind: 'restricted', restricted: 'browser-page' };
    const [loaded] = results;
    // Firefox reports some failures in the result rather than by rejecting.
    const failed: unknown = (loaded as { error?: unknown } | undefined)?.error;
    if (failed) throw failed instanceof Error ? failed : new Error(String(failed));
    onInjected?.();
    const value: unknown = (loaded as { result?: unknown }).result;
    if (readNow && isPageResult(value)) return value;
  } catch (e) {
    const error = serializeError(e);
    const restricted = restrictedFromError(error.message);
    return restricted ? { kind: 'restricted', restricted } : { kind: 'injection-refused', error };
  }
  try {
    const [first] = await browser.scripting.executeScript({ target: { tabId }, func: callPage, args: [request], injectImmediately: true });
    const value: unknown = first?.result;
    if (isPageResult(value)) return value;
    return { kind: 'error', error: { name: 'ProtocolError', message: 'The page returned no usable result.' } };
  } catch (e) {
    return { kind: 'error', error: serializeError(e) };
  }
}
