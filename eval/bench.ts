/**
 * npm run bench — speed and size, measured (never asserted by a timed test).
 *
 * Speed: for every page of the Readability corpus (../shared/corpus/readability, or
 * $NUTSHELL_CORPUS), on one linkedom Document per page:
 *   - readability: `new Readability(doc.cloneNode(true)).parse()` — what any reader mode must do;
 *   - pipeline:    `analyzeDocument(doc, …)` — clone + Readability + metadata + AI scan + cleaning + summary.
 * Each is run ROUNDS times, interleaved, after a warm-up pass, with a garbage collection before
 * every timed run (so one side's garbage is not billed to the other); a page's time is the median
 * of its runs. Printed: per page, then the median and p95 over pages of each, and the ratios.
 *
 * Size: raw and gzip bytes of the built content script and of the popup's JavaScript (its entry
 * plus every chunk it imports), from dist/chrome (run `npm run build` first).
 */
import { Readability } from '@mozilla/readability';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseDocument } from '../cli/dom';
import { analyzeDocument } from '../src/analyze';
import { corpusPath } from './lib/corpus';

const ROOT = resolve(import.meta.dirname, '..');
const CORPUS = corpusPath('readability');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const NOW = new Date('2026-01-01T00:00:00Z');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
function p95(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)]!;
}
/** With `node --expose-gc` (npm run bench), collect garbage first so that one run's garbage is not
 *  billed to the next run, whichever side that is. */
const gc = (globalThis as { gc?: () => void }).gc;

function time(fn: () => unknown): number {
  gc?.();
  const t = performance.now();
  fn();
  return performance.now() - t;
}

function speed(): void {
  if (!existsSync(CORPUS)) {
    console.error(`corpus not found at ${CORPUS} (set NUTSHELL_CORPUS)`);
    process.exit(1);
  }
  const pages = readdirSync(CORPUS)
    .filter((d) => statSync(join(CORPUS, d)).isDirectory() && existsSync(join(CORPUS, d, 'source.html')))
    .sort();
  const docs = pages.map((p) => ({ page: p, doc: parseDocument(readFileSync(join(CORPUS, p, 'source.html'), 'utf8')) }));
  const url = (p: string) => `https://example.com/${p}/`;
  const runReadability = (doc: Document) => new Readability(doc.cloneNode(true) as Document).parse();
  const runPipeline = (doc: Document, p: string) => analyzeDocument(doc, { url: url(p), now: NOW });

  for (const { page, doc } of docs) {
    runReadability(doc);
    runPipeline(doc, page);
  }
  const rows: Array<{ page: string; r: number; a: number }> = [];
  for (const { page, doc } of docs) {
    const r: number[] = [];
    const a: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      // Alternate the order so neither side always runs on a warmer cache.
      if (i % 2) {
        a.push(time(() => runPipeline(doc, page)));
        r.push(time(() => runReadability(doc)));
      } else {
        r.push(time(() => runReadability(doc)));
        a.push(time(() => runPipeline(doc, page)));
      }
    }
    rows.push({ page, r: median(r), a: median(a) });
  }

  console.log(`Speed: ${rows.length} pages from ${CORPUS}, median of ${ROUNDS} runs per page (ms)`);
  console.log(`${'page'.padEnd(44)} ${'readability'.padStart(11)} ${'pipeline'.padStart(9)} ${'ratio'.padStart(6)}`);
  for (const { page, r, a } of rows) console.log(`${page.padEnd(44)} ${r.toFixed(2).padStart(11)} ${a.toFixed(2).padStart(9)} ${(a / r).toFixed(2).padStart(6)}`);
  const R = rows.map((x) => x.r);
  const A = rows.map((x) => x.a);
  const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
  console.log('');
  console.log(`readability  median ${median(R).toFixed(2)} ms   p95 ${p95(R).toFixed(2)} ms   total ${sum(R).toFixed(0)} ms`);
  console.log(`pipeline     median ${median(A).toFixed(2)} ms   p95 ${p95(A).toFixed(2)} ms   total ${sum(A).toFixed(0)} ms`);
  console.log(
    `ratio        median ${(median(A) / median(R)).toFixed(3)}×   p95 ${(p95(A) / p95(R)).toFixed(3)}×   total ${(sum(A) / sum(R)).toFixed(3)}×   median of per-page ratios ${median(rows.map((x) => x.a / x.r)).toFixed(3)}×   (goal ≤ 1.25×)`,
  );
}

/** Every script a page loads at once: its `<script src>` entries and all they import statically. */
function pageClosure(dist: string, html: string): string[] {
  const srcs = [...readFileSync(join(dist, html), 'utf8').matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
  return [...new Set(srcs.flatMap((src) => jsClosure(src.startsWith('/') ? join(dist, src) : resolve(dirname(join(dist, html)), src))))];
}

function jsClosure(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) visit(resolve(dirname(file), m[1]!));
  };
  visit(entry);
  return [...seen];
}

function sizes(): void {
  const dist = resolve(ROOT, 'dist/chrome');
  if (!existsSync(dist)) {
    console.log('\nSize: dist/chrome is missing; run `npm run build` first.');
    return;
  }
  const report = (label: string, files: string[], budget?: number) => {
    const buf = Buffer.concat(files.map((f) => readFileSync(f)));
    const gz = gzipSync(buf, { level: 9 }).length;
    const share = budget ? `budget ${budget} KB gzip (${((100 * gz) / 1024 / budget).toFixed(0)}%)` : 'no budget (runs in the background)';
    console.log(`${label.padEnd(16)} raw ${(buf.length / 1024).toFixed(1).padStart(6)} KB   gzip ${(gz / 1024).toFixed(1).padStart(5)} KB   ${share}   [${files.map((f) => f.slice(dist.length + 1)).join(', ')}]`);
  };
  console.log('\nSize (dist/chrome):');
  report('content script', [join(dist, 'content-scripts/extract.js')], 25);
  report('popup JS', pageClosure(dist, 'popup/index.html'), 15);
  report('options JS', pageClosure(dist, 'options/index.html'), 15);
  report('panel JS', pageClosure(dist, 'panel/index.html'), 15);
  report('history JS', pageClosure(dist, 'history/index.html'));
  report('background', [join(dist, 'background/index.js')]);
}

speed();
sizes();
