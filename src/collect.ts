/**
 * The page side of the core: DOM in, PageFacts out, and the copies of a page to read it on (a
 * serialization for the popup, a bounded snapshot for the worker). The content script carries the
 * copies, the popup and the worker the reading; none of them may import an interpretation module
 * (dates, zones, languages, summary); eval/bench.ts prints the size of the built script.
 */
import { collectAiFacts } from './ai/collect';
import { runReadability } from './text/collect';
import { FACTS_VERSION, type PageFacts } from './facts/index';
import { collectMetaFacts } from './metadata/collect';
import { articleBlocks } from './text/dom/blocks';

export { copyCheck, namedControls, preflight, PREFLIGHT_LIMITS, structureCheck, textCheck, type PreflightVerdict } from './dom/preflight';
export { serialize, withoutScriptText } from './dom/serialize';
export { frameCopies, FRAME_COPY_LIMITS, type FrameCopy } from './dom/frames';
export { snapshot, SNAPSHOT_LIMITS, type Snapshot } from './dom/snapshot';

/** Characters kept of each of Readability's metadata values (a page can make its title 1 MB). */
const MAX_META_VALUE = 2_000;

export function extractPage(doc: Document, opts: { url: string }): PageFacts {
  // Readability runs on a clone: the collectors below read the page as it is (captions Readability
  // drops included).
  const article = runReadability(doc);
  // Credit lines ("With inputs from agencies") are looked for in the article Readability chose.
  const meta = collectMetaFacts(doc, article?.content ?? null);
  // The metadata walk has read the JSON-LD already; the AI collector needs no page-wide query for it.
  const ai = collectAiFacts(doc, { url: opts.url, ld: meta.ld });
  // Readability's metadata comes from the page's own values, as long as the page makes them.
  const clip = (s: string | null): string | null => (s === null ? null : s.slice(0, MAX_META_VALUE));
  const readability = article
    ? {
        title: clip(article.title),
        byline: clip(article.byline),
        siteName: clip(article.siteName),
        publishedTime: clip(article.publishedTime),
        excerpt: clip(article.excerpt),
        lang: clip(article.lang),
        dir: clip(article.dir),
      }
    : null;
  return { version: FACTS_VERSION, url: opts.url, readability, blocks: article ? articleBlocks(article.content, article.furniture) : null, meta, ai };
}
