/**
 * PageFacts: the contract between the two halves of the core. The page half (src/collect.ts and the
 * domains' collect.ts) reads the live DOM and returns this plain data; the thinking half
 * (src/interpret.ts) turns it into an Analysis. Everything here survives structured clone and JSON
 * unchanged, and arrives from another context as `unknown` until `isPageFacts` narrows it.
 *
 * Both halves import these types and guards, and nothing else of each other.
 */
import { isRecord } from '../util';
import { isAiFacts, type AiFacts } from './ai';
import { isMetaFacts, type MetaFacts } from './meta';
import type { Block, ReadabilityMeta } from './text';

export type { AiFacts, AiImageFact, AiTextFact, AiTextKind, AttributeFact, BlockFact } from './ai';
export type { MetaFacts, TimeFact } from './meta';
export type { Block, ReadabilityMeta } from './text';
export { isAiFacts } from './ai';
export { isMetaFacts } from './meta';

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

/** Narrow facts that arrived by message: their outline, and each domain's facts in depth. */
export function isPageFacts(v: unknown): v is PageFacts {
  return (
    isRecord(v) &&
    typeof v.url === 'string' &&
    isMetaFacts(v.meta) &&
    isAiFacts(v.ai) &&
    (v.blocks === null || Array.isArray(v.blocks)) &&
    (v.readability === null || isRecord(v.readability))
  );
}
