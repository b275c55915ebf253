/**
 * Two builds of the bench page side by side, for a speed change on a loaded machine: the same
 * measure as `npm run bench:browser` (eval/bench-browser/page.ts's run), but both builds in one
 * Chromium page, interleaved page by page and round by round, so both see the same load.
 *
 *   npm run bench:browser                       # builds dist/bench/page.js of this tree
 *   cp dist/bench/page.js /tmp/before.js        # keep it, change the code, then:
 *   BENCH_AGAINST=/tmp/before.js tsx eval/bench-browser/ab.ts
 *
 * Prints, for each build, the median over pages of pipeline/Readability and extract/Readability.
 * BENCH_ONLY and BENCH_ROUNDS as in run.ts; BENCH_REPEAT=n runs each page n times per build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM } from '../../tools/browsers/browsers';
import { benchBrowser, benchPages, buildBenchPage, CORPUS, ROUNDS } from './setup';

const REPEAT = Number(process.env.BENCH_REPEAT ?? 1);
const against = process.env.BENCH_AGAINST;
if (!against || !existsSync(against)) {
  console.error('BENCH_AGAINST=<a bench page.js built before the change> is required');
  process.exit(2);
}

const script = await buildBenchPage();

type Times = { readability: number; extract: number; pipeline: number };
const { browser, page, load } = await benchBrowser();
await load(readFileSync(against, 'utf8'));
await page.evaluate(() => {
  const g = globalThis as { __bench?: unknown; __benchA?: unknown };
  g.__benchA = g.__bench;
});
await load(script);

const pages = benchPages();
const rows: Record<'A' | 'B', Times[]> = { A: [], B: [] };
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
let flip = false;
for (const p of pages) {
  const html = readFileSync(join(CORPUS, p, 'source.html'), 'utf8');
  const got: Record<'A' | 'B', Times[]> = { A: [], B: [] };
  for (let r = 0; r < REPEAT; r++) {
    for (const which of (flip = !flip) ? (['A', 'B'] as const) : (['B', 'A'] as const)) {
      got[which].push(
        await page.evaluate(
          ([h, u, n, w]) => (globalThis as unknown as Record<string, { run(h: string, u: string, n: number): Times }>)[w === 'A' ? '__benchA' : '__bench']!.run(h, u, n),
          [html, `https://example.com/${p}/`, ROUNDS, which] as [string, string, number, string],
        ),
      );
    }
  }
  for (const w of ['A', 'B'] as const) {
    const t = got[w];
    rows[w].push({ readability: med(t.map((x) => x.readability)), extract: med(t.map((x) => x.extract)), pipeline: med(t.map((x) => x.pipeline)) });
  }
  if (process.env.BENCH_ONLY) {
    const f = (t: Times) => `R ${t.readability.toFixed(2)} E ${t.extract.toFixed(2)} P ${t.pipeline.toFixed(2)} (${(t.pipeline / t.readability).toFixed(2)}×)`;
    console.log(p.padEnd(40), 'before', f(rows.A.at(-1)!), '  after', f(rows.B.at(-1)!));
  }
}
await browser.close();
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
console.log(`Chromium, ${pages.length} pages, median of ${ROUNDS} runs per page, builds interleaved`);
for (const [w, label] of [['A', 'before'], ['B', 'after']] as const) {
  const rs = rows[w];
  console.log(
    `${label.padEnd(7)} median of per-page ratios: extract ${med(rs.map((r) => r.extract / r.readability)).toFixed(3)}×, pipeline ${med(rs.map((r) => r.pipeline / r.readability)).toFixed(3)}×` +
      `   totals (ms): readability ${sum(rs.map((r) => r.readability)).toFixed(0)}, extract ${sum(rs.map((r) => r.extract)).toFixed(0)}, pipeline ${sum(rs.map((r) => r.pipeline)).toFixed(0)}`,
  );
}
const paired = (k: keyof Times) => med(rows.A.map((a, i) => rows.B[i]![k] / a[k]));
console.log(`after/before, median over pages: readability ${paired('readability').toFixed(3)}, extract ${paired('extract').toFixed(3)}, pipeline ${paired('pipeline').toFixed(3)}`);
