/**
 * npm run eval:highlight — can a bullet be found again on the page it came from?
 *
 * Activating a bullet in the popup scrolls the page to its passage (content-scripts/highlight.ts).
 * The bullet was made from Readability's clone and the cleaner's text, so the content script finds
 * the passage by text. For every page of the Readability corpus (../shared/corpus/readability, or
 * $NUTSHELL_CORPUS), the page is analysed, parsed again as the untouched page, and each summary
 * bullet of a 7-sentence summary (the longest setting) is looked for there. Printed: bullets found of all, the time per search (linkedom, which is
 * slower than a browser's DOM), and every bullet not found.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from '../cli/dom';
import { findPassage } from '../content-scripts/highlight';
import { analyzeDocument } from '../src/analyze';
import { DEFAULT_SETTINGS } from '../src/settings';
import { corpusPath } from './lib/corpus';

const corpus = corpusPath('readability');
if (!existsSync(corpus)) {
  console.error(`corpus not found at ${corpus} (set NUTSHELL_CORPUS)`);
  process.exit(1);
}
let total = 0;
let found = 0;
const times: number[] = [];
const misses: string[] = [];
for (const page of readdirSync(corpus).sort()) {
  const file = path.join(corpus, page, 'source.html');
  if (!existsSync(file)) continue;
  const html = readFileSync(file, 'utf8');
  // The longest summary the settings offer: the most bullets to find.
  const analysis = analyzeDocument(parseDocument(html), {
    url: 'http://fakehost/test/page.html',
    now: new Date('2026-01-01T00:00:00Z'),
    settings: { ...DEFAULT_SETTINGS, summarySentences: 7 },
  });
  const live = parseDocument(html);
  for (const bullet of analysis.summary) {
    total++;
    const t = performance.now();
    const el = findPassage(live, bullet);
    times.push(performance.now() - t);
    if (el) found++;
    else misses.push(`${page}: ${bullet.slice(0, 100)}`);
  }
}
times.sort((a, b) => a - b);
const mean = times.reduce((a, b) => a + b, 0) / (times.length || 1);
console.log(`bullets found on their page: ${found} of ${total} (${((100 * found) / (total || 1)).toFixed(1)}%)`);
console.log(`search time (linkedom): mean ${mean.toFixed(1)} ms, median ${(times[times.length >> 1] ?? 0).toFixed(1)} ms, max ${(times.at(-1) ?? 0).toFixed(1)} ms`);
for (const m of misses) console.log(`  not found: ${m}`);
