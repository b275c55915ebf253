/**
 * A page that lists stories rather than telling one: a news front page, a section page, a blog's
 * index. Readability still picks "an article" there (the block of teasers), and its brief would be
 * three unrelated teaser sentences. Thinking half: it reads the blocks Readability kept and the
 * page's declared type, no DOM.
 *
 * The shape of a listing: many headings that are wholly links (each a story's headline), with little
 * text under each (its teaser), or text that is mostly links. A page that declares itself an article
 * (`og:type` article, a schema.org *Article / BlogPosting / Report) is one, however many related-story
 * headlines Readability kept, unless it also declares itself a collection (a front page typed
 * `og:type` article by a site-wide template, with a CollectionPage).
 */
import type { Block, MetaFacts } from '../facts/index';

/** At least this many linked headlines make a listing's shape. */
const MIN_HEADLINES = 5;
/** …and they are most of the headings (an article's headings are mostly not links). */
const HEADLINE_SHARE = 0.6;
/** …with less text than this per headline, on average (teasers, not sections). */
const MAX_CHARS_PER_HEADLINE = 400;
/** Or: this share of the text in links, over at least MIN_LINK_BLOCKS link blocks. */
const LINK_SHARE = 0.5;
const MIN_LINK_BLOCKS = 10;

const COLLECTION = /^(?:CollectionPage|ItemList|SearchResultsPage)$/;
const ARTICLE = /(?:Article|BlogPosting|Report|LiveBlogPosting)$/;

/** The schema.org types a page's JSON-LD names (`"@type": "NewsArticle"` or a list of them). */
function ldTypes(ld: string[]): string[] {
  const out: string[] = [];
  for (const text of ld) {
    for (const m of text.matchAll(/"@type"\s*:\s*(\[[^\]]*\]|"[^"]*")/g)) {
      for (const t of m[1]!.matchAll(/"([^"]+)"/g)) out.push(t[1]!.replace(/^.*[/:]/, ''));
    }
  }
  return out;
}

export function looksLikeListing(blocks: Block[], meta: Pick<MetaFacts, 'meta' | 'ld'>): boolean {
  if (blocks.length === 0) return false;
  const types = ldTypes(meta.ld);
  const ogType = meta.meta.find(([k]) => k === 'og:type')?.[1]?.trim().toLowerCase() ?? '';
  const collection = types.some((t) => COLLECTION.test(t));
  const article = ogType === 'article' || types.some((t) => ARTICLE.test(t));
  if (article && !collection) return false;

  let chars = 0;
  let linked = 0;
  let headings = 0;
  let headlines = 0;
  let linkBlocks = 0;
  for (const b of blocks) {
    chars += b.text.length;
    linked += b.text.length * b.linkDensity;
    if (b.linkDensity > 0.5) linkBlocks++;
    if (/^H[2-6]$/.test(b.tag)) {
      headings++;
      if (b.linkDensity >= 0.8) headlines++;
    }
  }
  const teasers = headlines >= MIN_HEADLINES && headlines >= HEADLINE_SHARE * headings && chars / headlines < MAX_CHARS_PER_HEADLINE;
  const links = linkBlocks >= MIN_LINK_BLOCKS && linked / chars >= LINK_SHARE;
  return teasers || links;
}
