import { parseHTML } from 'linkedom';

/**
 * The Node DOM for the CLI, benchmarks and tests. linkedom is the fastest DOM that Readability
 * runs on (TOOLCHAIN.md: ~4x faster than jsdom) and gives the same article text as Chromium.
 */
export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
