import { Readability } from '@mozilla/readability';
import type { ReadabilityMeta } from '../facts/text';
import { furnitureNameTester } from './dom/blocks';


/** What the core keeps of Readability's result: metadata as strings, the article as a live element. */
export interface ReadabilityArticle extends ReadabilityMeta {
  /** Readability's cleaned article element (inside a clone of the page, never the live page). */
  content: Element;
  /** Whether an element of `content` is named as furniture: by its class or id now, or by the names
   *  it had before Readability folded it (see prepare). */
  furniture: (el: Element) => boolean;
}

/**
 * The clone made ready for Readability, and what it names as furniture:
 * - comments out of the way: Readability wraps a <div>'s runs of text into paragraphs and a comment
 *   node ends a run, so React's `Abigail Williams<!-- --> and <!-- -->Beomsu Jo` came out as five
 *   paragraphs ("Abigail Williams", "and", …). Readability's own test parser drops comments; browsers
 *   and linkedom keep them;
 * - the <div>s and <section>s whose class or id names furniture, and the chain of only children each
 *   wraps, as named before Readability folds them: a <div> that holds a single <p> gives way to the
 *   <p> (an "image-caption" <div> leaves a bare <p>), a <div> of text gives way to a new <p> of it
 *   (wrapped here, see wrapText), and a <div> or <section> that holds a single one passes its names
 *   down over the child's (a "newsletter-wrapper" takes its wrapper's). Other elements keep their
 *   names, and articleBlocks reads them there.
 */
function prepare(doc: Document, named: (el: Element) => boolean): WeakSet<Element> {
  const furniture = new WeakSet<Element>();
  const comments: Node[] = [];
  // One walk for both, names read only on the two tags Readability folds. On the corpus this costs
  // about 2.5% of Readability's time in Chromium and 1.5% in linkedom (a walk reading every
  // element's names: 3.7% and 3%; getElementsByTagName for the two tags: 1.7% and 3%).
  const walker = doc.createTreeWalker(doc, 129 /* NodeFilter.SHOW_ELEMENT | SHOW_COMMENT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === 8) {
      comments.push(n);
      continue;
    }
    const el = n as Element;
    if ((el.localName !== 'div' && el.localName !== 'section') || !named(el)) continue;
    if (el.localName === 'div') wrapText(doc, el);
    for (let e: Element | null = el; e; e = e.childElementCount === 1 ? e.firstElementChild : null) furniture.add(e);
  }
  for (const c of comments) c.parentNode?.removeChild(c);
  return furniture;
}

/** Inline elements, as Readability counts them when it wraps a <div>'s text into paragraphs. */
const INLINE = new Set(['a', 'abbr', 'b', 'bdo', 'br', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'img', 'kbd', 'mark', 'q', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr']);

/** A named <div> of text only ("<div class="image-caption">The bridge at dusk.</div>"): Readability
 *  would wrap the text into a new <p> and put that in the <div>'s place, with no name. Wrapping it
 *  here gives the <p> that Readability keeps, and it is in the furniture set. */
function wrapText(doc: Document, div: Element): void {
  if (!div.firstChild) return;
  // Children first: a named wrapper of blocks (a sidebar, the comments) is passed over without
  // building its whole text.
  for (let c = div.firstElementChild; c; c = c.nextElementSibling) if (!INLINE.has(c.localName)) return;
  if (!(div.textContent ?? '').trim()) return;
  const p = doc.createElement('p');
  while (div.firstChild) p.appendChild(div.firstChild);
  div.appendChild(p);
}

/**
 * Run Readability on a deep clone of `doc`: Readability rewrites the document it is given, and the
 * live page (or the caller's document) must stay untouched. The serializer hands back the element
 * itself so the text layer can walk paragraphs without re-parsing an HTML string.
 */
export function runReadability(doc: Document): ReadabilityArticle | null {
  const clone = doc.cloneNode(true) as Document;
  // One tester for the page: the classes seen before Readability are not tested again in its article.
  const named = furnitureNameTester();
  const folded = prepare(clone, named);
  const reader = new Readability<Element>(clone, {
    serializer: (node) => node as Element,
    // Class names tell furniture apart (a caption, a share bar, a newsletter box): paragraphs.ts reads them.
    keepClasses: true,
  });
  const parsed = reader.parse();
  if (!parsed || !parsed.content) return null;
  return {
    title: parsed.title ?? null,
    byline: parsed.byline ?? null,
    siteName: parsed.siteName ?? null,
    publishedTime: parsed.publishedTime ?? null,
    excerpt: parsed.excerpt ?? null,
    lang: parsed.lang ?? null,
    dir: parsed.dir ?? null,
    content: parsed.content,
    furniture: (el) => folded.has(el) || named(el),
  };
}
