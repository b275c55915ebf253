/**
 * npm run bench:browser — the speed goal measured where the product runs: in Debian's Chromium,
 * on each Readability corpus page parsed by the browser's own DOMParser. Per page: Readability
 * alone (`new Readability(doc.cloneNode(true)).parse()`), the page half of the extension
 * (`extractPage`, what the content script does) and the whole pipeline (`extractPage` then
 * `interpretPage`), medians of BENCH_ROUNDS runs; then the median and p95 over pages and ratios.
 * BENCH_STAGES=1 adds each stage's time (per page too, with BENCH_ONLY=page,page naming the pages).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM, installHint, missingBrowsers } from '../../tools/browsers/browsers';
import { benchBrowser, benchPages, buildBenchPage, CORPUS, ROUNDS } from './setup';

if (missingBrowsers().includes('chromium')) {
  console.error(installHint(['chromium']));
  process.exit(1);
}

const script = await buildBenchPage();
const { browser, page, load } = await benchBrowser();
await load(script);

const pages = benchPages();
const rows: Array<{ page: string; readability: number; extract: number; pipeline: number }> = [];
const stageTotals: Record<string, number> = {};
for (const p of pages) {
  const html = readFileSync(join(CORPUS, p, 'source.html'), 'utf8');
  const t = await page.evaluate(
    ([h, u, n]) => (globalThis as unknown as { __bench: { run(h: string, u: string, n: number) : { readability: number; extract: number; pipeline: number } } }).__bench.run(h, u, n),
    [html, `https://example.com/${p}/`, ROUNDS] as [string, string, number],
  );
  rows.push({ page: p, ...t });
  if (process.env.BENCH_STAGES) {
    const st = await page.evaluate(
      ([h, u, n]) => (globalThis as unknown as { __bench: { stages(h: string, u: string, n: number): Record<string, number> } }).__bench.stages(h, u, n),
      [html, `https://example.com/${p}/`, ROUNDS] as [string, string, number],
    );
    for (const [k, v] of Object.entries(st)) stageTotals[k] = (stageTotals[k] ?? 0) + v;
    if (process.env.BENCH_ONLY) console.log(p, Object.entries(st).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', '));
  }
}
await browser.close();

const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(0.95 * xs.length) - 1)]!;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
console.log(`Chromium ${CHROMIUM}: ${rows.length} pages, median of ${ROUNDS} runs per page (ms)`);
console.log(`${'page'.padEnd(44)} ${'readability'.padStart(11)} ${'extract'.padStart(8)} ${'pipeline'.padStart(9)} ${'ratio'.padStart(6)}`);
for (const r of rows) console.log(`${r.page.padEnd(44)} ${r.readability.toFixed(2).padStart(11)} ${r.extract.toFixed(2).padStart(8)} ${r.pipeline.toFixed(2).padStart(9)} ${(r.pipeline / r.readability).toFixed(2).padStart(6)}`);
const R = rows.map((r) => r.readability);
console.log('');
for (const [label, xs] of [['readability', R], ['extract (page)', rows.map((r) => r.extract)], ['pipeline', rows.map((r) => r.pipeline)]] as const) {
  console.log(`${label.padEnd(15)} median ${med(xs).toFixed(2)} ms   p95 ${p95(xs).toFixed(2)} ms   total ${sum(xs).toFixed(0)} ms   ratio to Readability: median ${(med(xs) / med(R)).toFixed(3)}×  p95 ${(p95(xs) / p95(R)).toFixed(3)}×  total ${(sum(xs) / sum(R)).toFixed(3)}×`);
}
if (process.env.BENCH_STAGES) {
  console.log('\nstages (BENCH_STAGES=1), total over the pages, as a share of Readability alone:');
  for (const [k, v] of Object.entries(stageTotals)) console.log(`  ${k.padEnd(20)} ${v.toFixed(0).padStart(6)} ms  ${((100 * v) / sum(R)).toFixed(1).padStart(5)}%`);
}
console.log(`median of per-page ratios: extract ${med(rows.map((r) => r.extract / r.readability)).toFixed(3)}×, pipeline ${med(rows.map((r) => r.pipeline / r.readability)).toFixed(3)}×   (goal ≤ 1.25×)`);
