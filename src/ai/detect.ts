/**
 * AI-image disclosures (issue #5), in two halves that may run in different contexts:
 * collect.ts reads the live page (read-only, before Readability) into plain JSON facts;
 * interpret.ts (DOM-free, background) says what they mean. In one process, both at once.
 * See language.ts (what a disclosure says), images.ts (which images count), attach.ts (which
 * images a text could cover), jsonld.ts.
 */
import type { AiReport } from '../analysis';
import { collectAiFacts } from './collect';
import { interpretAi } from './interpret';

export { isAiImageDisclosureText } from './language';
export { collectAiFacts, type AiFacts } from './collect';
export { interpretAi, isAiFacts } from './interpret';

export function detectAiDisclosures(doc: Document, opts: { url: string }): AiReport {
  return interpretAi(collectAiFacts(doc, opts));
}
