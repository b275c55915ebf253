/**
 * The live documents of a page's embedded frames that the page may read (issue #15): a `srcdoc`
 * frame, an `about:blank` frame a script filled, a frame of the page's own origin (an embedded
 * gallery or post). The content script serializes each beside the page (read.ts) and the popup
 * puts it back into its copy as the frame's `srcdoc` (popup/reader.ts), where the AI collector reads
 * it (src/ai/collect.ts). A frame of another origin has no document for us (`contentDocument` is
 * null): it is not read, and the brief names its host.
 *
 * Bounded, so no page can make the copy slow or big: frames at most two deep, at most 8 of them,
 * each checked by the preflight (with smaller limits) and at most 200,000 characters, 500,000 in
 * all (what the collector reads of `srcdoc`s, src/ai/collect.ts), and no new frame once 50 ms have
 * passed.
 * Read through the prototypes' getters, as serialize.ts reads the page.
 */
import { getter } from './proto';
import { preflight } from './preflight';
import { serialize } from './serialize';

export interface FrameCopy {
  /** The frame's place: the number of its `<iframe>` among the page's (document order), then, for a
   *  frame inside it, among that frame's document's. */
  path: number[];
  /** The frame's document as the browser serializes it. */
  html: string;
  /** Its base URL (a `srcdoc` frame's is the page's), against which its images resolve. */
  url: string;
}

/** A frame no reader sees: a tracker's or a sync pixel's (tiny, hidden, or hidden by its style).
 *  The AI collector reads no such frame (src/ai/collect.ts), so none is copied either. */
export const unseenFrame = (el: Element): boolean =>
  ['width', 'height'].some((n) => +(el.getAttribute(n) || 99) < 50) ||
  el.hasAttribute('hidden') ||
  el.getAttribute('aria-hidden') === 'true' ||
  /(?:display\s*:\s*none|visibility\s*:\s*hidden|(?:width|height)\s*:\s*[01]px)/i.test(el.getAttribute('style') ?? '');

/**
 * Whether a frame can hold a document the page may read, told from its markup alone, before its
 * document is asked for: in the reader's tab, asking a frame for its document makes Chromium set up
 * the content script's world in that frame (a context of its own, `LocalWindowProxy::Initialize` in
 * a trace of the page's thread: several milliseconds each, on the page's main thread). So a frame
 * the collector would not read (unseen), a sandboxed one (an opaque origin: no document for us) and
 * one whose address is another origin's are passed over without asking. `origin`: the page's.
 */
function mayHoldDocument(frame: Element, base: string, origin: string): boolean {
  if (unseenFrame(frame)) return false;
  const sandbox = frame.getAttribute('sandbox');
  if (sandbox !== null && !/(?:^|\s)allow-same-origin(?:\s|$)/i.test(sandbox)) return false;
  if (frame.hasAttribute('srcdoc')) return true;
  const src = (frame.getAttribute('src') ?? '').trim();
  if (!src) return true; // about:blank, filled by a script
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    return false; // an address no browser loads: an error page, never the page's document
  }
  if (url.protocol === 'about:' || url.protocol === 'javascript:') return true;
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === origin;
}

export const FRAME_COPY_LIMITS = Object.freeze({ frames: 8, depth: 2, chars: 200_000, total: 500_000, ms: 50 });
const FRAME_PREFLIGHT = Object.freeze({ elements: 5_000, depth: 200, text: 200_000 });

export function frameCopies(doc: Document, now: () => number = () => performance.now()): FrameCopy[] {
  const out: FrameCopy[] = [];
  const start = now();
  let total = 0;
  let origin = 'null';
  try {
    origin = new URL(getter<string>(Object.getPrototypeOf(doc) as object, 'URL')(doc)).origin;
  } catch {
    /* no origin of its own: only frames of no address or srcdoc can be the page's */
  }
  const visit = (d: Document, path: number[]): void => {
    const win = (d.defaultView ?? globalThis) as typeof globalThis;
    const docProto = win.Document?.prototype ?? Object.getPrototypeOf(d);
    const frames = Array.from((docProto as Document).getElementsByTagName.call(d, 'iframe'));
    const contentOf = getter<Document | null>(win.HTMLIFrameElement?.prototype ?? {}, 'contentDocument');
    const base = getter<string>(win.Node?.prototype ?? {}, 'baseURI')(d);
    frames.forEach((frame, i) => {
      if (out.length >= FRAME_COPY_LIMITS.frames || now() - start > FRAME_COPY_LIMITS.ms) return;
      if (!mayHoldDocument(frame, base, origin)) return;
      let inner: Document | null = null;
      try {
        inner = contentOf(frame) ?? null; // null for another origin's frame
      } catch {
        inner = null;
      }
      // (Checked first: no markup of the frame shadows what is read of it below.)
      if (!inner || !preflight(inner, FRAME_PREFLIGHT).safe) return;
      // An empty frame (an ad slot not yet filled) is not worth the copy.
      if (!inner.body?.childElementCount) return;
      const html = serialize(inner);
      if (html.length > FRAME_COPY_LIMITS.chars || total + html.length > FRAME_COPY_LIMITS.total) return;
      total += html.length;
      out.push({ path: [...path, i], html, url: inner.baseURI });
      if (path.length + 1 < FRAME_COPY_LIMITS.depth) visit(inner, [...path, i]);
    });
  };
  visit(doc, []);
  return out;
}
