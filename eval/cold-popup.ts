/**
 * npm run bench:cold — how much of the popup's reading is a first run (issue #13, "the brief at
 * once"). The popup reads the page's copy (popup/reader.ts) and interprets its facts
 * (popup/interpret.ts) once per popup, in a fresh V8 isolate: its code comes from Chromium's code
 * cache (an extension page's scripts are cached from their third load: `npm run trace:popup`
 * shows `consumedCacheSize`), but every function runs for the first time, uncompiled by the
 * optimizing tiers and with empty inline caches. Per corpus page, after a real toolbar click and
 * the brief: the popup's own marks (that first run: reader → extracted, extracted → interpreted),
 * then the same popup asks the tab for its copy again and reads and interprets it twice more. The
 * first run against the second is the cold cost; the second against the third is what is left.
 * Options: --dist DIR, --limit N, --only SUBSTRING. Prints medians over the pages.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROME_DIST, clickAction, connectPopup, launchChromium, targets } from '../tools/browsers/chromium';
import { startServer } from '../tools/browsers/server';
import { corpusPath } from './lib/corpus';

const { values: opts } = parseArgs({ options: { dist: { type: 'string' }, limit: { type: 'string', default: '30' }, only: { type: 'string' } } });
const dist = resolve(opts.dist ?? CHROME_DIST);
const CORPUS = corpusPath('readability');
let pages = readdirSync(CORPUS).filter((d) => statSync(join(CORPUS, d)).isDirectory() && existsSync(join(CORPUS, d, 'source.html'))).sort();
if (opts.only) pages = pages.filter((p) => p.includes(opts.only!));
pages = pages.slice(0, Number(opts.limit));

/** In the popup once its brief is painted: its marks, then two more reads of a fresh copy of the tab. */
const AGAIN = `new Promise((resolve) => {
  const done = () => performance.getEntriesByName('nutshell:brief-painted').length > 0;
  const go = async () => {
    const at = (m) => performance.getEntriesByName('nutshell:' + m)[0]?.startTime;
    const first = { extract: at('extracted') - at('reader'), interpret: at('interpreted') - at('extracted') };
    const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
    const [{ result }] = await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['/content-scripts/extract.js', '/content-scripts/read-now.js'] });
    if (!result || result.kind !== 'page') return resolve({ first, again: [], kind: result?.kind });
    // One chunk holds both (read.js, vite.config.ts): its modules' namespaces, found by their names.
    const parts = Object.values(await import('/read.js'));
    const reader = parts.find((m) => typeof m?.readCopy === 'function');
    const thinker = parts.find((m) => typeof m?.interpret === 'function');
    const again = [];
    for (let i = 0; i < 2; i++) {
      const t0 = performance.now();
      const read = reader.readCopy(result.html, result.url, result.frames);
      const t1 = performance.now();
      if (read.kind === 'facts') thinker.interpret(read.facts, { summarySentences: 5 });
      again.push({ extract: t1 - t0, interpret: performance.now() - t1 });
    }
    resolve({ first, again, kind: 'page' });
  };
  if (done()) return void go();
  const o = new PerformanceObserver(() => { if (done()) { o.disconnect(); void go(); } });
  o.observe({ entryTypes: ['mark'] });
  setTimeout(() => resolve(null), 15000);
})`;

interface Run { extract: number; interpret: number }
const rows: Array<{ page: string; first: Run; again: Run[] }> = [];
const server = await startServer(0, { mounts: [['/corpus/', CORPUS]] });
const s = await launchChromium({ dist, args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });
try {
  // Three clicks first: Chromium consumes an extension page's code cache from the third load on.
  for (const [i, page] of [...pages.slice(0, 3), ...pages].entries()) {
    const tab = await s.context.newPage();
    try {
      await tab.goto(`${server.origin}/corpus/${page}/source.html`, { waitUntil: 'load' });
      await new Promise((r) => setTimeout(r, 300));
      await clickAction(s, tab);
      const popup = await connectPopup(s);
      const got = await popup.evaluate<{ first: Run; again: Run[]; kind: string } | null>(AGAIN).finally(() => popup.close());
      if (i >= 3 && got?.again.length === 2) rows.push({ page, first: got.first, again: got.again });
      for (const t of await targets(s)) if (t.url.startsWith(`chrome-extension://${s.extensionId}/popup/`)) await s.cdp.send('Target.closeTarget', { targetId: t.targetId } as never).catch(() => undefined);
    } catch (e) {
      console.error(`${page}: ${(e as Error).message}`);
    } finally {
      await tab.close().catch(() => undefined);
    }
    process.stderr.write(`\r${page.padEnd(50)}`);
  }
} finally {
  process.stderr.write('\n');
  await s.close();
  await server.close();
}
const counted = rows;
const median = (xs: number[]) => {
  const v = [...xs].sort((a, b) => a - b);
  return v.length % 2 ? v[v.length >> 1]! : (v[v.length / 2 - 1]! + v[v.length / 2]!) / 2;
};
console.log(`${counted.length} pages read in the popup (${dist}); medians in ms`);
console.log(`${''.padEnd(12)} ${'1st (cold)'.padStart(11)} ${'2nd'.padStart(8)} ${'3rd'.padStart(8)}   1st/2nd (per page, median)`);
for (const k of ['extract', 'interpret'] as const) {
  const [a, b, c] = [counted.map((r) => r.first[k]), counted.map((r) => r.again[0]![k]), counted.map((r) => r.again[1]![k])];
  const ratio = median(counted.map((r) => r.first[k] / Math.max(0.1, r.again[0]![k])));
  console.log(`${k.padEnd(12)} ${median(a).toFixed(1).padStart(11)} ${median(b).toFixed(1).padStart(8)} ${median(c).toFixed(1).padStart(8)}   ${ratio.toFixed(2)}×`);
}
