/**
 * The article facts the page half collects (src/text/collect.ts, src/text/dom/blocks.ts) and the
 * thinking half reads (src/text/clean.ts, src/metadata/interpret.ts): Readability's metadata and the
 * article's text blocks, as plain data.
 */

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

export interface Block {
  text: string;
  /** Upper-case tag of the block element (P, LI, H2, BLOCKQUOTE, DIV…). */
  tag: string;
  /** Share of the text inside <a> elements, 0..1. */
  linkDensity: number;
}
