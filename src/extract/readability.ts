import { Readability } from '@mozilla/readability';
import { furnitureNameTester } from '../text/paragraphs';

/** Readability's metadata for a page: plain strings, safe to send between contexts. */
export interface ReadabilityMeta {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  excerpt: string | null;
  lang: string | null;
  dir: string | null;
}

/** What the core keeps of Readability's result: metadata as strings, the article as a live element. */
export interface ReadabilityArticle extends ReadabilityMeta {
  /** Readability's cleaned article element (inside a clone of the page, never the live page). */
  content: Element;
  /** Elements of `content` whose class or id named furniture before Readability ran (see prepare). */
  furniture: WeakSet<Element>;
}

/**
 * The clone made ready for Readability, in one walk, and what it names as furniture:
 * - comments out of the way: Readability wraps a <div>'s runs of text into paragraphs and a comment
 *   node ends a run, so React's `Abigail Williams<!-- --> and <!-- -->Beomsu Jo` came out as five
 *   paragraphs ("Abigail Williams", "and", …). Readability's own test parser drops comments; browsers
 *   and linkedom keep them;
 * - the elements whose class or id names furniture, and the chain of only children each wraps, as
 *   their names are before Readability folds an element that wraps a single one into it (the names
 *   of a "caption" <div> around a <p> are then gone, and a "newsletter-wrapper" takes its wrapper's).
 */
export function prepare(doc: Document): WeakSet<Element> {
  const furniture = new WeakSet<Element>();
  const walker = doc.createTreeWalker(doc, 129 /* NodeFilter.SHOW_ELEMENT | SHOW_COMMENT */);
  const comments: Node[] = [];
  const named = furnitureNameTester();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === 8) {
      comments.push(n);
      continue;
    }
    if (!named(n as Element)) continue;
    // The chain of only children under a named element: Readability may fold it into any of them.
    for (let e: Element | null = n as Element; e; e = e.childElementCount === 1 ? e.firstElementChild : null) furniture.add(e);
  }
  for (const c of comments) c.parentNode?.removeChild(c);
  return furniture;
}

/**
 * Run Readability on a deep clone of `doc`: Readability rewrites the document it is given, and the
 * live page (or the caller's document) must stay untouched. The serializer hands back the element
 * itself so the text layer can walk paragraphs without re-parsing an HTML string.
 */
export function runReadability(doc: Document): ReadabilityArticle | null {
  const clone = doc.cloneNode(true) as Document;
  const furniture = prepare(clone);
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
    furniture,
  };
}
