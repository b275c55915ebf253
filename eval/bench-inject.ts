/**
 * npm run bench:inject — what one scripting.executeScript costs the reader's page, and how much of
 * it is Chrome's own (issue #13: the page's main thread blocked ≤ 30 ms median). Debian's Chromium
 * with a copy of dist/chrome (`npm run build` first) whose manifest grants 127.0.0.1 (so the
 * extension's service worker may inject without a click) and which holds a no-op script; each
 * Readability corpus page served on 127.0.0.1 (read where the corpus lies), one fresh tab per page
 * and variant (a document's isolated world is set up once: a second call would find it made), the
 * variants interleaved page by page, their order rotating. Per variant:
 *
 * - blocked: the page's main thread blocked (eval/lib/page-blocked.ts, the measure of bench:popup)
 *   from the call to its answer in the service worker, plus TAIL_MS;
 * - cpu: the page renderer's main-thread CPU time over the same window (CDP Performance.getMetrics,
 *   thread ticks), and within it the time in script and in compiling; the probe's own timer chain
 *   is in every variant, `none` (no call, a window of NONE_MS) shows it;
 * - call: the call's round trip as the service worker sees it.
 *
 * The variants: `none`; `func noop` and `files noop` (an empty call, in the isolated world, as ours:
 * Chrome's floor); `func noop MAIN` (the page's own world: what setting up the isolated world costs);
 * `func outerHTML` (the browser's serializer alone), `… returned` (and its string handed back),
 * `func text walk` (copyCheck's walk over the text nodes, src/dom/preflight.ts); `files extract` (our script installed, not run);
 * `files extract+read` (our read as the popup makes it: extract.js + read-now.js, one call);
 * `… not immediate` (the same with injectImmediately: false); `extract, then func read` (two calls).
 *
 * Options: --limit N, --only SUBSTRING[,SUBSTRING…] (pages naming any), --variants a,b (by index or name),
 * --json FILE, --against DIR (another build's content script as one more variant, `files
 * extract+read (against)`, and the two reads paired by page: an A/B of the page's cost on the same
 * tabs' load).
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { installHint, missingBrowsers } from '../tools/browsers/browsers';
import { CHROME_DIST, launchChromium } from '../tools/browsers/chromium';
import { startServer } from '../tools/browsers/server';
import { corpusPath } from './lib/corpus';
import { blockedSpans, cpuDelta, cpuMetrics, enableCpuMetrics, median, p95, PROBE, READ_PROBE, unionLength, type CpuMetrics, type Probe } from './lib/page-blocked';

const { values: opts } = parseArgs({
  options: { dist: { type: 'string' }, limit: { type: 'string' }, only: { type: 'string' }, variants: { type: 'string' }, json: { type: 'string' }, against: { type: 'string' } },
});

const SETTLE_MS = 300;
const TAIL_MS = 30;
const NONE_MS = 60;

interface Variant {
  name: string;
  /** The executeScript calls, in turn (none: no call). */
  calls: Array<Record<string, unknown>>;
}

const READ = { type: 'extract' };
const VARIANTS: Variant[] = [
  { name: 'none', calls: [] },
  { name: 'func noop', calls: [{ func: 'noop', injectImmediately: true }] },
  { name: 'files noop', calls: [{ files: ['/content-scripts/bench-noop.js'], injectImmediately: true }] },
  { name: 'func noop MAIN', calls: [{ func: 'noop', world: 'MAIN', injectImmediately: true }] },
  { name: 'func outerHTML', calls: [{ func: 'outerHTML', injectImmediately: true }] },
  { name: 'func outerHTML returned', calls: [{ func: 'outerHTMLReturned', injectImmediately: true }] },
  { name: 'func text walk', calls: [{ func: 'textWalk', injectImmediately: true }] },
  { name: 'files extract', calls: [{ files: ['/content-scripts/extract.js'], injectImmediately: true }] },
  { name: 'files extract+read', calls: [{ files: ['/content-scripts/extract.js', '/content-scripts/read-now.js'], injectImmediately: true }] },
  { name: '… not immediate', calls: [{ files: ['/content-scripts/extract.js', '/content-scripts/read-now.js'] }] },
  { name: 'extract, then func read', calls: [{ files: ['/content-scripts/extract.js'], injectImmediately: true }, { func: 'read', args: [READ], injectImmediately: true }] },
];

if (missingBrowsers().includes('chromium')) {
  console.error(installHint(['chromium']));
  process.exit(1);
}
const source = resolve(opts.dist ?? CHROME_DIST);
if (!existsSync(join(source, 'manifest.json'))) {
  console.error(`${source}/manifest.json is missing: run \`npm run build\` first.`);
  process.exit(1);
}
const CORPUS = corpusPath('readability');
let pages = readdirSync(CORPUS)
  .filter((d) => statSync(join(CORPUS, d)).isDirectory() && existsSync(join(CORPUS, d, 'source.html')))
  .sort();
if (opts.only) pages = pages.filter((p) => opts.only!.split(',').some((o) => p.includes(o)));
if (opts.limit) pages = pages.slice(0, Number(opts.limit));
const AGAINST = 'files extract+read (against)';
if (opts.against) VARIANTS.push({ name: AGAINST, calls: [{ files: ['/content-scripts/extract-against.js', '/content-scripts/read-now.js'], injectImmediately: true }] });
const chosen = opts.variants ? opts.variants.split(',').map((v) => VARIANTS[Number(v)] ?? VARIANTS.find((x) => x.name === v)!).filter(Boolean) : VARIANTS;

// The copy: the shipped build, 127.0.0.1 granted, and a script that does nothing.
const dist = mkdtempSync(join(tmpdir(), 'nutshell-inject-'));
cpSync(source, dist, { recursive: true });
const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { host_permissions?: string[] };
manifest.host_permissions = ['http://127.0.0.1/*'];
writeFileSync(join(dist, 'manifest.json'), JSON.stringify(manifest));
writeFileSync(join(dist, 'content-scripts/bench-noop.js'), '0;\n');
if (opts.against) cpSync(join(resolve(opts.against), 'content-scripts/extract.js'), join(dist, 'content-scripts/extract-against.js'));

interface Sample {
  page: string;
  variant: string;
  blocked: number;
  cpu: CpuMetrics;
  call: number;
  ok: boolean;
}

const server = await startServer(0, { mounts: [['/corpus/', CORPUS]] });
const s = await launchChromium({ dist, args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });

/** In the service worker: the calls, in turn; the wall-clock window and whether the last answered a value. */
async function inject(url: string, calls: Variant['calls']): Promise<{ t0: number; t1: number; ok: boolean }> {
  // A string: tsx's transform would name the functions with a helper the worker does not have.
  return s.worker.evaluate(`(async () => {
    const { url, calls } = ${JSON.stringify({ url, calls })};
    const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
    if (!tab) throw new Error('no tab at ' + url);
    const fns = {
      noop: () => 0,
      outerHTML: () => document.documentElement.outerHTML.length,
      outerHTMLReturned: () => document.documentElement.outerHTML,
      // copyCheck's walk over the text nodes (src/dom/preflight.ts), through the prototype's getter.
      textWalk: () => {
        const length = Object.getOwnPropertyDescriptor(CharacterData.prototype, 'length').get;
        const walker = document.createTreeWalker(document.documentElement, 4);
        let chars = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) chars += length.call(node);
        return chars;
      },
      read: (r) => globalThis.__nutshell.run(r),
    };
    const t0 = Date.now();
    let last = [];
    for (const { func, ...rest } of calls) {
      last = await chrome.scripting.executeScript({ target: { tabId: tab.id }, ...rest, ...(func ? { func: fns[func] } : {}) });
    }
    return { t0, t1: Date.now(), ok: calls.length === 0 || last[0]?.result !== undefined };
  })()`);
}

async function sample(page: string, variant: Variant, n: number): Promise<Sample> {
  const tab = await s.context.newPage();
  try {
    await tab.addInitScript(PROBE);
    const url = `${server.origin}/corpus/${page}/source.html?bench=${n}`;
    await tab.goto(url, { waitUntil: 'load' });
    const cdp = await s.context.newCDPSession(tab);
    await enableCpuMetrics(cdp);
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const before = await cpuMetrics(cdp);
    let window: { t0: number; t1: number; ok: boolean };
    if (variant.calls.length === 0) {
      const t0 = Date.now();
      await new Promise((r) => setTimeout(r, NONE_MS));
      window = { t0, t1: Date.now(), ok: true };
    } else {
      window = await inject(url, variant.calls);
    }
    await new Promise((r) => setTimeout(r, TAIL_MS));
    const after = await cpuMetrics(cdp);
    const probe = (await tab.evaluate(READ_PROBE)) as Probe;
    await cdp.detach().catch(() => undefined);
    return { page, variant: variant.name, blocked: unionLength(blockedSpans(probe), window.t0, window.t1 + TAIL_MS), cpu: cpuDelta(before, after), call: window.t1 - window.t0, ok: window.ok };
  } finally {
    await tab.close().catch(() => undefined);
  }
}

const samples: Sample[] = [];
const failures: string[] = [];
try {
  // Once first, not counted: the browser's first tab and the extension's first injection pay for their caches.
  await sample(pages[0]!, chosen.at(-1)!, -1).catch(() => undefined);
  let n = 0;
  for (const [i, page] of pages.entries()) {
    const order = chosen.map((_, k) => chosen[(k + i) % chosen.length]!);
    for (const variant of order) {
      try {
        samples.push(await sample(page, variant, n++));
      } catch (e) {
        failures.push(`${page} (${variant.name}): ${(e as Error).message}`);
      }
    }
    process.stderr.write(`\r${i + 1}/${pages.length} ${page.padEnd(50)}`);
  }
} finally {
  process.stderr.write('\n');
  await s.close();
  await server.close();
  rmSync(dist, { recursive: true, force: true });
}
if (opts.json) writeFileSync(opts.json, samples.map((x) => JSON.stringify(x)).join('\n') + '\n');

const fmt = (v: number) => v.toFixed(1).padStart(7);
console.log(`\nChromium, ${pages.length} corpus pages, one fresh tab per page and variant; ms, median (p95)`);
console.log(`${'variant'.padEnd(26)} ${'blocked'.padStart(16)} ${'cpu: thread'.padStart(16)} ${'script'.padStart(16)} ${'compile'.padStart(16)} ${'call'.padStart(16)}`);
const noneCpu = median(samples.filter((x) => x.variant === 'none').map((x) => x.cpu.thread));
for (const v of chosen) {
  const mine = samples.filter((x) => x.variant === v.name);
  if (mine.length === 0) continue;
  const col = (xs: number[]) => `${fmt(median(xs))} (${fmt(p95(xs)).trim()})`.padStart(16);
  const bad = mine.filter((x) => !x.ok).length;
  console.log(
    `${v.name.padEnd(26)} ${col(mine.map((x) => x.blocked))} ${col(mine.map((x) => x.cpu.thread))} ${col(mine.map((x) => x.cpu.script))} ${col(mine.map((x) => x.cpu.compile))} ${col(mine.map((x) => x.call))}` +
      (bad ? `   ${bad} without a value` : ''),
  );
}
if (Number.isFinite(noneCpu)) console.log(`(the probe's own timer chain: ${noneCpu.toFixed(1)} ms of thread time in 'none''s ${NONE_MS + TAIL_MS} ms window)`);
if (opts.against && chosen.some((v) => v.name === AGAINST)) {
  const ours = new Map(samples.filter((x) => x.variant === 'files extract+read').map((x) => [x.page, x]));
  const pairs = samples.filter((x) => x.variant === AGAINST && ours.has(x.page)).map((x) => [ours.get(x.page)!, x] as const);
  const row = (label: string, f: (x: Sample) => number) => {
    const d = pairs.map(([a, b]) => f(a) - f(b));
    const m = median(d);
    console.log(`${label.padEnd(26)} ${(m >= 0 ? '+' : '') + m.toFixed(1)} ms   lower on ${d.filter((x) => x < 0).length} of ${d.length}`);
  };
  console.log(`\nthis build's read against ${opts.against}'s, paired by page: median of the differences`);
  row('blocked', (x) => x.blocked);
  row('cpu: thread', (x) => x.cpu.thread);
  row('cpu: script', (x) => x.cpu.script);
  row('call', (x) => x.call);
}
if (failures.length) {
  console.log(`\n${failures.length} failed:`);
  for (const f of failures) console.log(`  ${f}`);
}
