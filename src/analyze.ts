/**
 * The core's one entry point for a whole page in one process (CLI, tests, benchmarks):
 * `extractPage` (the DOM side, as the content script runs it) then `interpretPage` (the pure side,
 * as the background runs it). Same code, same result as the extension's two halves.
 */
import type { Analysis } from './analysis';
import { extractPage } from './collect';
import { interpretPage, type InterpretOptions } from './interpret';

export interface AnalyzeOptions extends InterpretOptions {
  /** The page's URL (the document's own URL is not trusted: a Node DOM has none). */
  url: string;
}

/** One page in, one Analysis out. Reads `doc` without changing it (Readability runs on a clone). */
export function analyzeDocument(doc: Document, options: AnalyzeOptions): Analysis {
  return interpretPage(extractPage(doc, { url: options.url }), options);
}
