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

/** An opening tag of a script or a style sheet (not a `<script-loader>`), or a comment. */
const RAW_OPEN = /<(?:script|style)(?=[\s/>])|<!--/g;

/**
 * The serialized page without the text of its scripts and style sheets (JSON-LD kept): no reader
 * of the copy reads them (Readability drops both, the collectors skip both and read only JSON-LD),
 * and on a news page they are often most of the markup (the corpus's largest copies: 30–80%),
 * which the tab would hand over and the popup parse for nothing. The elements stay, empty.
 *
 * Exact or nothing: each `<script>` and `<style>` found in `html` (comments passed over) is matched
 * to the page's own in document order (`querySelectorAll`, native), and its text is cut only when
 * the serialized text between its tags is as long as the element's text; should the count or any
 * length differ (a `<script>` spelled inside a `<noscript>`'s text, a template's content), `html`
 * is handed back as it was. Bounded: one scan of the string, one native list, a few calls per
 * element. Script and style elements have no named properties: read directly. `html`: `serialize(doc)`.
 */
export function withoutScriptText(doc: Document, html: string): string {
  const els = (Object.getPrototypeOf(doc) as Document).querySelectorAll.call(doc, 'script, style');
  const parts: string[] = [];
  let kept = 0; // html before `kept` is in `parts`
  let i = 0; // the next element of `els`
  RAW_OPEN.lastIndex = 0;
  for (let m = RAW_OPEN.exec(html); m; m = RAW_OPEN.exec(html)) {
    let at = RAW_OPEN.lastIndex;
    if (m[0] === '<!--') {
      at = html.indexOf('-->', at);
      if (at < 0) return html;
      RAW_OPEN.lastIndex = at + 3;
      continue;
    }
    const el = els[i++];
    const name = m[0].slice(1);
    if (el?.localName !== name) return html;
    // The opening tag's end: attribute values are serialized in double quotes, `"` escaped.
    for (let quoted = false; html[at] !== '>' || quoted; at++) {
      if (at >= html.length) return html;
      if (html[at] === '"') quoted = !quoted;
    }
    let end = ++at;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== 3) return html;
      end += (c as Text).length;
    }
    if (!html.startsWith(`</${name}>`, end)) return html;
    if (end > at && !/ld\+json/i.test(el.getAttribute('type') ?? '')) {
      parts.push(html.slice(kept, at));
      kept = end;
    }
    RAW_OPEN.lastIndex = end;
  }
  if (i !== els.length) return html;
  parts.push(html.slice(kept));
  return parts.join('');
}
