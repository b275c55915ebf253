/**
 * Each domain's two halves run in one process, for tests, evaluations and benchmarks only: the
 * product runs the page half (src/collect.ts) in the page and the thinking half (src/interpret.ts)
 * elsewhere, and never needs these shortcuts.
 */
import type { AiReport } from '../../src/analysis';
import { collectAiFacts } from '../../src/ai/collect';
import { interpretAi } from '../../src/ai/interpret';
import type { ReadabilityMeta } from '../../src/facts/index';
import { collectMetaFacts } from '../../src/metadata/collect';
import { interpretMeta, type MetadataOptions, type PageMetadata } from '../../src/metadata/interpret';
import { openingText } from '../../src/metadata/title';
import { cleanBlocks, type CleanOptions } from '../../src/text/clean';
import type { ReadabilityArticle } from '../../src/text/collect';
import { articleBlocks } from '../../src/text/dom/blocks';

/** AI-image disclosures of a page: its facts collected and interpreted. */
export function detectAiDisclosures(doc: Document, opts: { url: string }): AiReport {
  return interpretAi(collectAiFacts(doc, opts));
}

/** A page's metadata. Readability's article element, when given, is where credit lines are looked
 *  for, and its opening decides a title that names only the site. */
export function extractMetadata(
  doc: Document,
  opts: Omit<MetadataOptions, 'readability'> & { readability: ReadabilityMeta | ReadabilityArticle | null },
): PageMetadata {
  const r = opts.readability && 'content' in opts.readability ? opts.readability : null;
  const article = r?.content ?? null;
  return interpretMeta(collectMetaFacts(doc, article), { ...opts, opening: openingText(r && articleBlocks(r.content, r.furniture)) });
}

/** The cleaned story paragraphs of Readability's article element. */
export function cleanArticle(root: Element, opts: CleanOptions = {}): string[] {
  return cleanBlocks(articleBlocks(root), opts).map((b) => b.text);
}
