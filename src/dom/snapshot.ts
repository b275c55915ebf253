/**
 * The page as HTML, for reading it on a DOM of its own (a worker) when it is not safe to read in
 * place (preflight.ts). One native call (the serializer cannot be clobbered: it is read through
 * the prototype), then a cut at a tag boundary when the page is larger than the reader can take in
 * time; the HTML parser on the other side closes what the cut left open.
 */

export interface Snapshot {
  html: string;
  /** The page was longer than `maxChars`: the snapshot holds its first part. */
  truncated: boolean;
}

/** About 1.5 MB: linkedom parses and Readability reads that in well under a second on this machine. */
export const SNAPSHOT_MAX_CHARS = 1_500_000;

export function snapshot(doc: Document, maxChars = SNAPSHOT_MAX_CHARS): Snapshot {
  const win = (doc.defaultView ?? globalThis) as typeof globalThis;
  const docProto = win.Document?.prototype ?? Object.getPrototypeOf(doc);
  const rootGetter = Object.getOwnPropertyDescriptor(docProto, 'documentElement')?.get;
  const root = (rootGetter ? rootGetter.call(doc) : doc.documentElement) as Element | null;
  if (!root) return { html: '', truncated: false };
  const outer = Object.getOwnPropertyDescriptor(win.Element?.prototype ?? Object.getPrototypeOf(root), 'outerHTML')?.get;
  const html = String(outer ? outer.call(root) : root.outerHTML);
  if (html.length <= maxChars) return { html: `<!DOCTYPE html>${html}`, truncated: false };
  const cut = html.lastIndexOf('<', maxChars);
  return { html: `<!DOCTYPE html>${html.slice(0, cut > maxChars / 2 ? cut : maxChars)}`, truncated: true };
}
