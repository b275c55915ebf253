/**
 * The one typed protocol between the extension's contexts: the popup and the page.
 *
 * The popup injects content-scripts/extract.js, then calls `globalThis.__nutshell.run(request)` in
 * the page's isolated world through `scripting.executeScript({ func, args })` (for a plain read, in
 * the injecting call itself: read-now.js, extension/page.ts); the return value is a `PageResult`. The page answers a copy of itself, which the popup reads and interprets (the
 * background takes no part).
 *
 * Errors travel as data (`kind: 'error'`), never as a rejected promise a caller might miss.
 * Everything arriving from another context is `unknown` until a guard here narrows it.
 */
import type { FrameCopy } from '../src/collect';
import { isRecord } from '../src/index';

export const PROTOCOL_VERSION = 4;

/** `asIs`: read the page even while it is still loading (the popup's wait is over). */
export type PageRequest =
  | { type: 'extract'; asIs?: boolean }
  | { type: 'highlight'; text: string }
  /** Thumbnails (data: URLs) of the page's decoded images with these sources, drawn in the page. */
  | { type: 'thumbnails'; srcs: string[] }
  /** Scroll to the image with this source and outline it briefly. */
  | { type: 'show-image'; src: string };

export type PageResult =
  /** The page as the browser serializes it (src/dom/serialize.ts), to be read by the popup on a copy
   *  of its own (popup/reader.ts). `loading`: taken while the document was still loading (`asIs`).
   *  `frames`: the embedded frames the page may read, serialized beside it (src/dom/frames.ts). */
  | { kind: 'page'; html: string; url: string; loading?: boolean; frames?: FrameCopy[] }
  /** The page is not safe to read as it is (src/dom/preflight.ts): its bounded copy, to be read in a
   *  worker (extension/isolated.ts). `reason` says why, `truncated` that the copy holds its first part. */
  | { kind: 'snapshot'; html: string; url: string; truncated: boolean; reason: string; loading?: boolean }
  /** The document is still parsing (`readyState === 'loading'`): ask again shortly. */
  | { kind: 'loading' }
  | { kind: 'highlighted'; found: boolean }
  | { kind: 'thumbnails'; thumbs: Record<string, string> }
  | { kind: 'error'; error: SerializedError };

export interface SerializedError {
  name: string;
  message: string;
}

export function serializeError(e: unknown): SerializedError {
  if (e instanceof Error) return { name: e.name, message: e.message || String(e) };
  return { name: 'Error', message: typeof e === 'string' ? e : JSON.stringify(e) ?? String(e) };
}


const isError = (v: unknown): boolean => isRecord(v) && typeof v.message === 'string';
/** At most src/dom/frames.ts's FRAME_COPY_LIMITS (8 frames, 2 deep), written out: the popup's
 *  first chunk imports this module, and none of the page half. */
const isFrames = (v: unknown): boolean =>
  Array.isArray(v) &&
  v.length <= 8 &&
  v.every(
    (f) =>
      isRecord(f) &&
      typeof f.html === 'string' &&
      typeof f.url === 'string' &&
      Array.isArray(f.path) &&
      f.path.length >= 1 &&
      f.path.length <= 2 &&
      f.path.every((n) => Number.isInteger(n) && n >= 0),
  );

/**
 * Narrow what came back from the page; anything else is reported as a protocol error. The facts
 * read from a copy are checked in depth (`isPageFacts`) just before they are interpreted
 * (popup/interpret.ts).
 */
export function isPageResult(v: unknown): v is PageResult {
  if (!isRecord(v)) return false;
  switch (v.kind) {
    case 'page':
      return typeof v.html === 'string' && typeof v.url === 'string' && (v.frames === undefined || isFrames(v.frames));
    case 'snapshot':
      return typeof v.html === 'string' && typeof v.url === 'string' && typeof v.truncated === 'boolean' && typeof v.reason === 'string';
    case 'loading':
      return true;
    case 'highlighted':
      return typeof v.found === 'boolean';
    case 'thumbnails':
      return isRecord(v.thumbs) && Object.values(v.thumbs).every((t) => typeof t === 'string');
    case 'error':
      return isError(v.error);
    default:
      return false;
  }
}

/** The global the content script installs in the isolated world (one per frame, idempotent). */
export interface NutshellPageApi {
  version: number;
  run(request: PageRequest): PageResult;
}
