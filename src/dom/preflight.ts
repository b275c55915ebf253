/**
 * Is this live page safe to read on its own main thread? The content script shares the page's
 * thread, and Readability (like any DOM code) trusts what the DOM answers: a page whose form
 * controls clobber the properties it reads (`<form><input name="parentNode">`) or whose article sits
 * under thousands of nested elements sends it into a loop, and a page of 60,000 elements or 5 MB of
 * text keeps the tab busy for seconds. Those pages are read elsewhere (a worker, on a DOM of its
 * own, stopped at a deadline); every other page — nearly all news pages — is read at once, in place.
 *
 * The check itself is bounded by construction: one walk with a TreeWalker (its own method, which no
 * markup can clobber), stopped at the first limit crossed, reading nodes only through the
 * prototypes' getters, so a clobbered property can neither loop it nor fool it.
 */
import { getter } from './proto';

export interface PreflightLimits {
  /** Elements in the document, `<head>` included. */
  elements: number;
  /** Nesting depth below `<html>`. */
  depth: number;
  /** Characters of text outside scripts and styles. */
  text: number;
}

/** Corpus pages (130 of Readability's, 200 of htmldate's): p99 4,062 elements, depth 37, about
 *  500,000 characters; the largest 9,888 elements, depth 37, 1.1 M characters. */
export const PREFLIGHT_LIMITS: Readonly<PreflightLimits> = Object.freeze({ elements: 15_000, depth: 200, text: 1_500_000 });

export type PreflightVerdict =
  | { safe: true }
  | { safe: false; reason: 'clobbered' | 'elements' | 'depth' | 'text'; detail: string };

/** Controls whose `name` or `id` their form exposes as a property of the form, over its own. */
const FORM_NAMED = new Set(['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON', 'FIELDSET', 'OBJECT', 'OUTPUT', 'IMG']);
/** Elements whose `name` (or `id`) the document exposes as a property of the document, over its own. */
const DOC_NAMED = new Set(['IMG', 'FORM', 'EMBED', 'OBJECT', 'IFRAME']);
/** Subtrees whose text is not the page's prose. */
const SKIP_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);


/**
 * The properties the readers (Readability, the collectors) walk and test the tree by. A control
 * named after one of them makes its form answer with the control instead — the loop that froze a
 * tab. Names only compared as strings (`id`, `className`, `title`, `lang`) are left out: a form
 * with `<input name="id">` (4% of corpus pages) reads right in place. A clobbered property that
 * is not listed makes the reader throw, not loop, and the page is then read in the worker.
 */
const ELEMENT_NAMES = new Set(
  ('attributes childElementCount childNodes children cloneNode closest contains firstChild firstElementChild ' +
    'getAttribute getAttributeNode getElementsByTagName hasAttribute hasAttributes hasChildNodes innerHTML ' +
    'lastChild lastElementChild localName matches nextElementSibling nextSibling nodeName nodeType nodeValue ' +
    'outerHTML ownerDocument parentElement parentNode previousElementSibling previousSibling querySelector ' +
    'querySelectorAll remove removeAttribute replaceChild setAttribute tagName textContent').split(' '),
);
const DOCUMENT_NAMES = new Set(
  ('body cloneNode createElement createTextNode createTreeWalker defaultView documentElement ' +
    'getElementsByTagName head querySelector querySelectorAll').split(' '),
);

function shadows(tag: string, name: string): boolean {
  return (FORM_NAMED.has(tag) && ELEMENT_NAMES.has(name)) || (DOC_NAMED.has(tag) && DOCUMENT_NAMES.has(name));
}

export function preflight(doc: Document, limits: PreflightLimits = PREFLIGHT_LIMITS): PreflightVerdict {
  const win = (doc.defaultView ?? globalThis) as typeof globalThis;
  const docProto = win.Document?.prototype ?? Object.getPrototypeOf(doc);
  const root = getter<Element | null>(docProto, 'documentElement')(doc);
  if (!root) return { safe: true };
  const elProto = win.Element?.prototype ?? Object.getPrototypeOf(root);
  const nodeProto = win.Node?.prototype ?? Object.getPrototypeOf(elProto);
  const tagOf = getter<string>(elProto, 'tagName');
  const typeOf = getter<number>(nodeProto, 'nodeType');
  const parentOf = getter<Node | null>(nodeProto, 'parentNode');
  const getAttribute = (elProto as Element).getAttribute;
  // SHOW_ELEMENT | SHOW_TEXT. nextNode alone (linkedom's walker has no other step): the open
  // elements are kept on a stack, so depth and "inside a script" cost nothing more.
  const walker = (docProto as Document).createTreeWalker.call(doc, root, 5);
  const open: Node[] = [root];
  let skipping = 0; // open elements whose text is not prose
  let elements = 1;
  let text = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = parentOf(node);
    while (open.length > 1 && open[open.length - 1] !== parent) {
      const closed = open.pop()!;
      if (SKIP_TEXT.has(String(tagOf(closed)).toUpperCase())) skipping--;
    }
    if (typeOf(node) !== 1) {
      if (skipping > 0) continue;
      text += (node as Text).length; // a text node has no named properties to clobber
      if (text > limits.text) return { safe: false, reason: 'text', detail: `more than ${limits.text} characters of text` };
      continue;
    }
    if (++elements > limits.elements) return { safe: false, reason: 'elements', detail: `more than ${limits.elements} elements` };
    open.push(node);
    if (open.length > limits.depth) return { safe: false, reason: 'depth', detail: `nested more than ${limits.depth} deep` };
    const tag = String(tagOf(node)).toUpperCase();
    if (SKIP_TEXT.has(tag)) skipping++;
    if (FORM_NAMED.has(tag) || DOC_NAMED.has(tag)) {
      for (const attr of ['name', 'id']) {
        const value = getAttribute.call(node, attr);
        if (value && shadows(tag, value)) {
          return { safe: false, reason: 'clobbered', detail: `<${tag.toLowerCase()} ${attr}="${value.slice(0, 40)}">` };
        }
      }
    }
  }
  return { safe: true };
}

/** Every element `shadows` can hold true of: a form's control or a document-named element with a `name` or an `id`. */
// (Pure: a bundle that does not use it, the content script's, leaves it out.)
const NAMED = /* @__PURE__ */ (() => [...new Set([...FORM_NAMED, ...DOC_NAMED])].flatMap((t) => [`${t.toLowerCase()}[name]`, `${t.toLowerCase()}[id]`]).join(','))();

/**
 * The preflight's named-control check alone, in one native selector: the popup's copy has passed
 * `copyCheck` in the tab already (and passes it again, cheaply, in popup/reader.ts), so the walk over
 * every node that `preflight` makes for depth, count and prose would be done twice. The same
 * elements in the same order as `preflight` meets them, the same verdict.
 */
export function namedControls(doc: Document): PreflightVerdict {
  const win = (doc.defaultView ?? globalThis) as typeof globalThis;
  const docProto = (win.Document?.prototype ?? Object.getPrototypeOf(doc)) as Document;
  const found = docProto.querySelectorAll.call(doc, NAMED);
  const item = (win.NodeList?.prototype ?? Object.getPrototypeOf(found)).item as NodeList['item'];
  const count = getter<number>(win.NodeList?.prototype ?? Object.getPrototypeOf(found), 'length')(found);
  for (let i = 0; i < count; i++) {
    const node = item.call(found, i) as Element;
    const elProto = win.Element?.prototype ?? Object.getPrototypeOf(Object.getPrototypeOf(node));
    const tag = String(getter<string>(elProto, 'tagName')(node)).toUpperCase();
    for (const attr of ['name', 'id']) {
      const value = (elProto as Element).getAttribute.call(node, attr);
      if (value && shadows(tag, value)) return { safe: false, reason: 'clobbered', detail: `<${tag.toLowerCase()} ${attr}="${value.slice(0, 40)}">` };
    }
  }
  return { safe: true };
}

/** `:root > * > * …`: an element `depth` levels below `<html>`, the first one past the limit. */
const tooDeep = (depth: number): string => `:root${' > *'.repeat(depth)}`;

/**
 * The part of the preflight the live page itself needs before it is serialized, in native calls
 * only (issue #13, "the brief at once"): the browser's serializer recurses, and a script-built chain
 * of 100,000 nested elements crashes the tab's renderer in `outerHTML` (measured in Chromium), so a
 * page nested past the limit, or with more elements than the limit, is copied by the bounded walk
 * of snapshot.ts instead; so is a page of more prose than the limit, which would only be serialized
 * (megabytes) for the popup to hand it to the worker. The named controls are about reading the
 * page, not copying it: the popup checks them on the copy it reads (popup/reader.ts), so that the
 * tab is not held for a walk in script over every node.
 *
 * The depth is one selector matched by the browser (right to left, each element's ancestors up to
 * the limit: sub-millisecond on corpus pages), the count the length of a native list, the text the
 * sum of the text nodes' lengths (scripts' included: only a page past the limit pays for the walk
 * that tells prose from scripts; `textContent` would build the string, 85–150 ms for 2 MB), all
 * called through the prototypes, which no markup can shadow.
 */
export function copyCheck(doc: Document, limits: PreflightLimits = PREFLIGHT_LIMITS): PreflightVerdict {
  const structure = structureCheck(doc, limits);
  return structure.safe ? textCheck(doc, limits) : structure;
}

/**
 * `copyCheck`'s first half, nesting and element count: what the browser's serializer needs. The
 * content script runs it alone before it serializes, and `textCheck` only when the markup it got is
 * longer than the text limit (content-scripts/read.ts): the text nodes' lengths sum to no more than
 * the markup's (a serializer escapes text, never shortens it), so a copy within the limit has no
 * more prose than that, and the walk over every text node (about a millisecond per 5,000 nodes on
 * the page's thread, with a call into the browser for each) is not made.
 */
export function structureCheck(doc: Document, limits: PreflightLimits = PREFLIGHT_LIMITS): PreflightVerdict {
  const win = (doc.defaultView ?? globalThis) as typeof globalThis;
  const docProto = (win.Document?.prototype ?? Object.getPrototypeOf(doc)) as Document;
  const count = getter<number>(win.NodeList?.prototype ?? {}, 'length');
  const all = docProto.querySelectorAll.call(doc, '*');
  if (count(all) > limits.elements) return { safe: false, reason: 'elements', detail: `more than ${limits.elements} elements` };
  if (docProto.querySelector.call(doc, tooDeep(limits.depth))) return { safe: false, reason: 'depth', detail: `nested more than ${limits.depth} deep` };
  return { safe: true };
}

/** `copyCheck`'s second half: the text within the prose limit. */
export function textCheck(doc: Document, limits: PreflightLimits = PREFLIGHT_LIMITS): PreflightVerdict {
  const win = (doc.defaultView ?? globalThis) as typeof globalThis;
  const docProto = (win.Document?.prototype ?? Object.getPrototypeOf(doc)) as Document;
  // Megabytes of text would be serialized only for the popup to hand them to the worker: the whole
  // text (scripts' too, one native read) within the prose limit is enough; past it, the preflight's
  // walk tells prose from scripts, as it did for every page before.
  const root = getter<Element | null>(docProto, 'documentElement')(doc);
  if (!root) return { safe: true };
  const walker = docProto.createTreeWalker.call(doc, root, 4); // SHOW_TEXT
  const lengthOf = getter<number>(win.CharacterData?.prototype ?? {}, 'length');
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    chars += lengthOf(node);
    if (chars > limits.text) return preflight(doc, limits);
  }
  return { safe: true };
}
