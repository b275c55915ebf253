/**
 * Where the pipeline's time goes in Chromium (a CPU profile of Readability alone and of the whole
 * pipeline, each run in turn on the Readability corpus pages, as run.ts times them): self and total
 * time by function, as a share of the profile; `readabilityAlone` and `wholePipeline` are the two
 * sides, so a stage's share over `readabilityAlone`'s is its part of the ratio run.ts prints.
 *   tsx eval/bench-browser/profile.ts            # BENCH_ONLY, BENCH_ROUNDS as in run.ts
 * PROFILE_OUT=file.cpuprofile keeps the raw profile (open it in Chromium's DevTools).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchBrowser, benchPages, buildBenchPage, CORPUS, ROUNDS } from './setup';

const script = await buildBenchPage({ minify: false });
const { browser, page, load } = await benchBrowser();
await load(script);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
for (const p of benchPages()) {
  const html = readFileSync(join(CORPUS, p, 'source.html'), 'utf8');
  await page.evaluate(
    ([h, u, n]) => (globalThis as unknown as { __bench: { profileRun(h: string, u: string, n: number): unknown } }).__bench.profileRun(h, u, n),
    [html, `https://example.com/${p}/`, ROUNDS] as [string, string, number],
  );
}
const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }>; samples: number[] } };
await browser.close();
if (process.env.PROFILE_OUT) writeFileSync(process.env.PROFILE_OUT, JSON.stringify(profile));

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const key = (id: number): string => {
  const { functionName, lineNumber } = byId.get(id)!.callFrame;
  return `${functionName || '(anonymous)'}:${lineNumber + 1}`;
};
const self = new Map<string, number>();
const total = new Map<string, number>();
let all = 0;
for (const s of profile.samples) {
  if (key(s).startsWith('(idle)') || key(s).startsWith('(program)')) continue;
  all++;
  self.set(key(s), (self.get(key(s)) ?? 0) + 1);
  const seen = new Set<string>();
  for (let x: number | undefined = s; x !== undefined; x = parent.get(x)) {
    const k = key(x);
    if (!seen.has(k)) total.set(k, (total.get(k) ?? 0) + 1), seen.add(k);
  }
}
const top = (m: Map<string, number>, n: number): string =>
  [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${((100 * v) / all).toFixed(1).padStart(6)}%  ${k}`).join('\n');
console.log(`${all} samples (line numbers are dist/bench/page.js's)\nSELF\n${top(self, 40)}\nTOTAL\n${top(total, 70)}`);
