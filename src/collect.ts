/**
 * The page side of the core: DOM in, PageFacts out. This is all the content script carries, so it
 * must not import any interpretation module (dates, zones, languages, summary); eval/bench.ts
 * prints the size of the built script.
 */
import { collectAiFacts } from './ai/collect';
import { runReadability } from './text/collect';
import { FACTS_VERSION, type PageFacts } from './facts/index';
import { collectMetaFacts } from './metadata/collect';
import { articleBlocks } from './text/dom/blocks';

export { preflight, type PreflightVerdict } from './dom/preflight';
export { snapshot, type Snapshot } from './dom/snapshot';

export function extractPage(doc: Document, opts: { url: string }): PageFacts {
  // Readability runs on a clone: the collectors below read the page as it is (captions Readability
  // drops included).
  const article = runReadability(doc);
  // Credit lines ("With inputs from agencies") are looked for in the article Readability chose.
  const meta = collectMetaFacts(doc, article?.content ?? null);
  // The metadata walk has read the JSON-LD already; the AI collector needs no page-wide query for it.
  const ai = collectAiFacts(doc, { url: opts.url, ld: meta.ld });
  const readability = article
    ? { title: article.title, byline: article.byline, siteName: article.siteName, publishedTime: article.publishedTime, excerpt: article.excerpt, lang: article.lang, dir: article.dir }
    : null;
  return { version: FACTS_VERSION, url: opts.url, readability, blocks: article ? articleBlocks(article.content, article.furniture) : null, meta, ai };
}
