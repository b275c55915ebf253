/**
 * PageFacts: what the page side collects from the live DOM, as plain data. The content script
 * returns it; the background turns it into an Analysis (src/interpret.ts). Only DOM work happens in
 * the page, so the script injected into every page stays small and the page's main thread is
 * busy only as long as it must be. Everything here survives structured clone and JSON unchanged.
 */
import type { AiFacts } from './ai/collect';
import type { ReadabilityMeta } from './extract/readability';
import type { MetaFacts } from './metadata/collect';
import type { Block } from './text/paragraphs';

export const FACTS_VERSION = 1;

export interface PageFacts {
  version: typeof FACTS_VERSION;
  url: string;
  /** Readability's metadata (null when it found no article). */
  readability: ReadabilityMeta | null;
  /** The article's text blocks in order, with tag and link density (null: no article). */
  blocks: Block[] | null;
  meta: MetaFacts;
  ai: AiFacts;
}
