/**
 * Where the pipeline's time goes on small pages, for `node --cpu-prof`: runs extractPage and
 * interpretPage (linkedom) over the smallest N Readability corpus pages, ROUNDS times each.
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx eval/profile-pipeline.ts
 * Prints the time spent in each half (ms, total over pages and rounds).
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../cli/dom';
import { extractPage } from '../src/collect';
import { interpretPage } from '../src/interpret';
import { corpusPath } from './lib/corpus';

const CORPUS = corpusPath('readability');
const N = Number(process.env.PROFILE_PAGES ?? 60);
const ROUNDS = Number(process.env.PROFILE_ROUNDS ?? 20);
const now = new Date('2026-01-01T00:00:00Z');
const files = readdirSync(CORPUS)
  .map((d) => join(CORPUS, d, 'source.html'))
  .filter((f) => existsSync(f))
  .sort((a, b) => statSync(a).size - statSync(b).size)
  .slice(0, N);
const docs = files.map((f) => parseDocument(readFileSync(f, 'utf8')));
let te = 0;
let ti = 0;
for (let r = 0; r < ROUNDS; r++) {
  for (const doc of docs) {
    const t0 = performance.now();
    const facts = extractPage(doc, { url: 'https://example.com/page/' });
    const t1 = performance.now();
    interpretPage(facts, { now });
    ti += performance.now() - t1;
    te += t1 - t0;
  }
}
console.log(`${docs.length} pages × ${ROUNDS}: extract ${te.toFixed(0)} ms, interpret ${ti.toFixed(0)} ms`);
