/**
 * How much the bench's ratio owes to the order of its steps (tsx eval/bench-browser/order.ts;
 * BENCH_ONLY and BENCH_ROUNDS as in run.ts). Garbage one step leaves (a cloned document, the facts)
 * is collected during the step timed next, so run.ts's ratio (Readability, extractPage, then the
 * pipeline, in that order each round, with no collection between) was one of several a build could
 * get. Per page, in one Chromium started with `gc` exposed: the pipeline timed right after
 * Readability and the other way round, extractPage and interpretPage timed apart, each side after a
 * forced collection in both orders (run.ts's way), and each with a forced collection inside its time
 * (eval/bench-browser/page.ts's orders()); prints the medians of the per-page ratios.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchBrowser, benchPages, buildBenchPage, CORPUS, ROUNDS } from './setup';

type Row = Record<'r' | 'p' | 'p2' | 'r2' | 'e' | 'i' | 'rgc' | 'pgc' | 'pgc2' | 'rgc2' | 'rin' | 'pin', number>;
type Run = { readability: number; extract: number; pipeline: number };
const script = await buildBenchPage();
const { browser, page, load } = await benchBrowser();
await load(script);
const rows: Row[] = [];
const runs: Run[] = [];
for (const p of benchPages()) {
  const html = readFileSync(join(CORPUS, p, 'source.html'), 'utf8');
  runs.push(
    await page.evaluate(
      ([h, u, n]) => (globalThis as unknown as { __bench: { run(h: string, u: string, n: number): Run } }).__bench.run(h, u, n),
      [html, `https://example.com/${p}/`, ROUNDS] as [string, string, number],
    ),
  );
  rows.push(
    await page.evaluate(
      ([h, u, n]) => (globalThis as unknown as { __bench: { orders(h: string, u: string, n: number): Row } }).__bench.orders(h, u, n),
      [html, `https://example.com/${p}/`, ROUNDS] as [string, string, number],
    ),
  );
}
await browser.close();
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const total = (k: keyof Row) => rows.reduce((a, r) => a + r[k], 0).toFixed(0);
console.log(`Chromium, ${rows.length} pages, median of ${ROUNDS} runs per page; totals (ms): ${(['r', 'p', 'p2', 'r2', 'e', 'i', 'rgc', 'pgc', 'pgc2', 'rgc2', 'rin', 'pin'] as const).map((k) => `${k} ${total(k)}`).join(', ')}`);
console.log('median of per-page ratios to Readability alone:');
console.log('  no collection between steps:');
console.log(`    pipeline timed right after Readability     ${med(rows.map((r) => r.p / r.r)).toFixed(3)}×`);
console.log(`    Readability timed right after the pipeline ${med(rows.map((r) => r.p2 / r.r2)).toFixed(3)}×`);
console.log(`    extractPage + interpretPage timed apart    ${med(rows.map((r) => (r.e + r.i) / r.r)).toFixed(3)}×  (extractPage ${med(rows.map((r) => r.e / r.r)).toFixed(3)}×)`);
console.log('  each side after a forced collection (run.ts since #13\'s perf10):');
console.log(`    run.ts (Readability, extract, pipeline)    ${med(runs.map((r) => r.pipeline / r.readability)).toFixed(3)}×`);
console.log(`    Readability first                          ${med(rows.map((r) => r.pgc / r.rgc)).toFixed(3)}×`);
console.log(`    the pipeline first                         ${med(rows.map((r) => r.pgc2 / r.rgc2)).toFixed(3)}×`);
console.log(`  each side with a forced collection in its time ${med(rows.map((r) => r.pin / r.rin)).toFixed(3)}×`);
