import { Readability } from '@mozilla/readability';

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
}

/**
 * Comments out of the way: Readability wraps a <div>'s runs of text into paragraphs and a comment
 * node ends a run, so React's `Abigail Williams<!-- --> and <!-- -->Beomsu Jo` came out as five
 * paragraphs ("Abigail Williams", "and", …). Readability's own test parser drops comments; browsers
 * and linkedom keep them.
 */
function removeComments(doc: Document): void {
  const walker = doc.createTreeWalker(doc, 128 /* NodeFilter.SHOW_COMMENT */);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const c of comments) c.parentNode?.removeChild(c);
}

/**
 * Run Readability on a deep clone of `doc`: Readability rewrites the document it is given, and the
 * live page (or the caller's document) must stay untouched. The serializer hands back the element
 * itself so the text layer can walk paragraphs without re-parsing an HTML string.
 */
export function runReadability(doc: Document): ReadabilityArticle | null {
  const clone = doc.cloneNode(true) as Document;
  removeComments(clone);
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
  };
}
