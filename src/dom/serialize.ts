/**
 * The page as the browser itself serializes it, for reading it on a copy instead of on the page's
 * own main thread (issue #13): `outerHTML` is the browser's native serializer, a few milliseconds
 * where Readability and the collectors take tens to hundreds. The popup parses it again
 * (popup/reader.ts) and reads that copy. Only for a page the preflight found safe (preflight.ts):
 * any other is copied by the bounded walk of snapshot.ts. Read through the prototypes' getters, so
 * markup that clobbers `documentElement`, `head` or `compatMode` cannot fool it.
 */

import { getter } from './proto';

/**
 * The document's HTML, with a doctype when it is in standards mode: parsed again, it is built the
 * same way (quirks mode parses a `<table>` inside a `<p>` differently). `<noscript>` elements of the
 * head are left out (with the head's whitespace and comments, when it has one). On a page with
 * scripting on they hold only text; but the popup's parser has scripting off and builds their
 * content as elements, so a tracking `<img>` in one would leave the head and open the body, where the
 * page has none. (A `<noscript>` of the body is made text again by the popup, popup/reader.ts.)
 */
export function serialize(doc: Document): string {
  const win = (doc.defaultView ?? globalThis) as typeof globalThis;
  const docProto = win.Document?.prototype ?? Object.getPrototypeOf(doc);
  const root = getter<Element | null>(docProto, 'documentElement')(doc);
  if (!root) return '';
  const elProto = win.Element?.prototype ?? Object.getPrototypeOf(root);
  const outer = getter<string>(elProto, 'outerHTML');
  let html = outer(root);
  const head = getter<HTMLHeadElement | null>(docProto, 'head')(doc);
  if (head) {
    const children = Array.from(getter<HTMLCollection>(elProto, 'children')(head));
    const tagOf = getter<string>(elProto, 'tagName');
    const noscript = (el: Element): boolean => String(tagOf(el)).toUpperCase() === 'NOSCRIPT';
    if (children.some(noscript)) {
      const whole = outer(head);
      const at = html.indexOf(whole);
      const inner = getter<string>(elProto, 'innerHTML')(head);
      if (at >= 0 && whole.endsWith(`${inner}</head>`)) {
        const open = whole.slice(0, whole.length - inner.length - '</head>'.length);
        const kept = children.filter((el) => !noscript(el)).map(outer).join('');
        html = `${html.slice(0, at)}${open}${kept}</head>${html.slice(at + whole.length)}`;
      }
    }
  }
  return getter<string>(docProto, 'compatMode')(doc) === 'BackCompat' ? html : `<!DOCTYPE html>${html}`;
}
