/**
 * npm run bench:popup — the time to the brief as a reader meets it. Debian's Chromium with the built
 * extension (dist/chrome, `npm run build` first), each Readability corpus page served on 127.0.0.1
 * (read where the corpus lies, never copied), a real toolbar click (CDP Extensions.triggerAction),
 * and per page:
 *
 * - popup start → first paint: the popup document's navigation start to its first contentful paint
 *   (Paint Timing, the popup's own timeline);
 * - first paint → brief: to the paint of the brief (or of the state that takes its place): its
 *   headline's Element Timing entry (`elementtiming="brief"`), presented on the same clock as the
 *   first contentful paint; the mark `nutshell:brief-painted` (the task after that frame, popup/marks.ts)
 *   when a headline paints nothing;
 * - popup start → brief;
 * - page blocked: how long the page's main thread could not run anything between the click and the
 *   brief (eval/lib/page-blocked.ts: a probe the benchmark puts in the page's main world keeps a
 *   0 ms timer chain going and observes long tasks; the blocked time is the union of the long tasks
 *   and of the gaps between two timer ticks, within that window). A page that
 *   is not being read shows about 0 ms on a quiet machine; on a busy one the timers are late anyway,
 *   so the same measure over the 200 ms before the click, scaled to the window, is printed too, and
 *   the blocked time beyond it;
 * - CPU time, which a loaded machine does not inflate (a timer gap also counts time the page's
 *   thread was runnable but not running): the page's main thread from the click to just after the
 *   brief (CDP Performance.getMetrics, thread ticks; and the part in script; the page's own work
 *   over the window is in it too, so compare builds paired), and the popup's main
 *   thread up to the brief (its ThreadTime since the last popup's end in that browser: the
 *   extension's pages share one process, which its service worker keeps);
 * - the steps, from the popup's marks: inject (the content script put into the tab), read (the page
 *   copied there and the copy back in the popup; in earlier builds, read in the page and its facts
 *   back), extract (the copy read into facts in the popup), interpret (facts to Analysis), render
 *   (to the brief painted; printed again in two: to the popup's `nutshell:brief` mark, its own render,
 *   and from there to the paint), and `setup` (popup start → inject). From the one-call read on
 *   (extension/page.ts), `inject` holds the copy's arrival too and `read` is ~0: compare their sum.
 *   The page's blocked time is also split at the popup's marks (before the popup starts, start →
 *   inject, inject → injected, injected → brief).
 *
 * Prints the median and p95 over the pages, and each goal's ratio (figure / goal; ≤ 1 meets it).
 * Options: --dist DIR (more than one: A/B, pages interleaved, the order alternating), --rounds N
 * (each page N times; its median counts), --only SUBSTRING, --limit N, --json FILE (every sample),
 * --sleeping-worker (the extension's service worker is stopped before each click, as the browser
 * stops it after 30 s idle; otherwise the DevTools connection keeps it running between clicks).
 * Timings on a shared machine are noisy: compare builds with --dist, never two separate runs.
 */
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { installHint, missingBrowsers } from '../tools/browsers/browsers';
import { CHROME_DIST, clickAction, connectPopup, launchChromium, targets, type ChromiumSession } from '../tools/browsers/chromium';
import { startServer } from '../tools/browsers/server';
import { corpusPath } from './lib/corpus';
import { blockedSpans, cpuDelta, cpuMetrics, enableCpuMetrics, median, p95, PROBE, READ_PROBE, unionLength, type CpuMetrics, type Probe } from './lib/page-blocked';

const { values: opts } = parseArgs({
  options: {
    dist: { type: 'string', multiple: true },
    rounds: { type: 'string', default: '1' },
    only: { type: 'string' },
    limit: { type: 'string' },
    json: { type: 'string' },
    'sleeping-worker': { type: 'boolean', default: false },
  },
});

const SETTLE_MS = 300;
/** The stretch before the click whose timer gaps tell how much the machine alone blocks the page. */
const IDLE_MS = 200;
const BRIEF_TIMEOUT_MS = 15_000;

const GOALS = {
  paintToBrief: { median: 40, p95: 120 },
  startToBrief: { median: 150 },
  blocked: { median: 30, max: 100 },
} as const;

if (missingBrowsers().includes('chromium')) {
  console.error(installHint(['chromium']));
  process.exit(1);
}
const dists = (opts.dist?.length ? opts.dist : [CHROME_DIST]).map((d) => resolve(d));
for (const d of dists) {
  if (!existsSync(join(d, 'manifest.json'))) {
    console.error(`${d}/manifest.json is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
}
const CORPUS = corpusPath('readability');
if (!existsSync(CORPUS)) {
  console.error(`No corpus at ${CORPUS}: set NUTSHELL_CORPUS.`);
  process.exit(1);
}
let pages = readdirSync(CORPUS)
  .filter((d) => statSync(join(CORPUS, d)).isDirectory() && existsSync(join(CORPUS, d, 'source.html')))
  .sort();
if (opts.only) pages = pages.filter((p) => p.includes(opts.only!));
if (opts.limit) pages = pages.slice(0, Number(opts.limit));
const rounds = Math.max(1, Number(opts.rounds));

/** In the popup: its timeline once the brief has been painted (and the first paint reported). */
const POPUP_TIMELINE = `new Promise((resolve) => {
  const element = [];
  new PerformanceObserver((list) => element.push(...list.getEntries().filter((e) => e.identifier === 'brief').map((e) => e.renderTime || e.loadTime))).observe({ type: 'element', buffered: true });
  const has = () => performance.getEntriesByName('nutshell:brief-painted').length > 0 && performance.getEntriesByName('first-contentful-paint').length > 0;
  const finish = () => setTimeout(() => resolve({
    element: element[0] ?? null,
    origin: performance.timeOrigin,
    paints: Object.fromEntries(performance.getEntriesByType('paint').map((e) => [e.name, e.startTime])),
    marks: Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('nutshell:')).reverse().map((m) => [m.name.slice(9), m.startTime])),
    state: document.querySelector('[data-testid="state"]')?.getAttribute('data-state') ?? (document.querySelector('[data-testid="brief"]') ? 'ready' : null),
    height: document.documentElement.scrollHeight,
  }), 100); // the element's entry follows its frame's presentation
  if (has()) return finish();
  const observer = new PerformanceObserver(() => { if (has()) { observer.disconnect(); finish(); } });
  observer.observe({ entryTypes: ['mark', 'paint'] });
  setTimeout(finish, ${BRIEF_TIMEOUT_MS});
})`;

interface Timeline {
  element: number | null;
  origin: number;
  paints: Record<string, number>;
  marks: Record<string, number>;
  state: string | null;
  /** The popup document's height once the brief is painted (Chrome sizes the popup to it, up to 600 px). */
  height: number;
}

interface Sample {
  page: string;
  dist: string;
  state: string | null;
  height: number;
  /** Whether the brief's paint is its Element Timing entry (else the mark after its frame). */
  presented: boolean;
  startToPaint: number;
  paintToBrief: number;
  startToBrief: number;
  clickToStart: number;
  blocked: number;
  /** The same measure over the page's idle moments just before the click, scaled to the window's
   *  length: what a loaded machine alone takes from the page's timers. */
  idle: number;
  steps: Record<string, number>;
  /** CPU time (thread ticks, CDP Performance.getMetrics) of the page's main thread from the click
   *  to just after the brief (~100 ms after it, when the popup's timeline is read): what a loaded
   *  machine does not inflate, unlike `blocked`; and the part of it in script. It holds the page's
   *  own work over that window too (its timers, the probe's), which is the same for two builds on
   *  average: compare it paired; `npm run bench:inject` isolates what one call costs the page. */
  pageCpu: number;
  pageScript: number;
  /** CPU time of the popup's main thread up to just after the brief (see lastPopupThread). */
  popupCpu?: number;
  /** The page's blocked time split by where the popup was then (its marks, on the same wall clock):
   *  before the popup started, popup start → inject, inject → injected (the content script put in
   *  and, from the one-call read on, the copy taken), after it (the popup reading and painting). */
  blockedBy?: Record<string, number>;
}

/** Each step from one mark to the next; `from` lists fallbacks for builds without a mark. */
const STEPS: Array<[name: string, from: string[], to: string]> = [
  ['setup', ['start'], 'inject'],
  ['inject', ['inject'], 'injected'],
  ['read', ['injected'], 'read'],
  ['extract', ['read'], 'extracted'],
  // `extract` in two: waiting for the reader's chunk after the copy is in, then reading the copy.
  ['extract: chunk', ['read'], 'reader'],
  ['extract: reading', ['reader'], 'extracted'],
  ['interpret', ['extracted', 'read'], 'interpreted'],
  ['render', ['interpreted'], 'brief-painted'],
  // `render` in two: the popup's own work up to the brief's layout effect (Preact's render of the
  // state, after the flow hands it over), then style, layout, paint and the frame's presentation.
  ['render: preact', ['interpreted'], 'brief'],
  ['render: paint', ['brief'], 'brief-painted'],
];

/** Per browser, the popup main thread's ThreadTime at the last popup's end. */
const lastPopupThread = new Map<ChromiumSession, number>();

async function sample(s: ChromiumSession, origin: string, page: string, dist: string): Promise<Sample> {
  const tab = await s.context.newPage();
  try {
    await tab.addInitScript(PROBE);
    await tab.goto(`${origin}/corpus/${page}/source.html`, { waitUntil: 'load' });
    const tabCdp = await s.context.newCDPSession(tab);
    await enableCpuMetrics(tabCdp);
    if (opts['sleeping-worker']) {
      for (const target of await targets(s)) {
        if (target.type === 'service_worker' && target.url.startsWith(`chrome-extension://${s.extensionId}/`)) {
          await s.cdp.send('Target.closeTarget', { targetId: target.targetId } as never).catch(() => undefined);
        }
      }
    }
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const pageBefore = await cpuMetrics(tabCdp);
    const clicked = Date.now();
    await clickAction(s, tab);
    const popup = await connectPopup(s);
    let t: Timeline;
    let popupCpu: CpuMetrics | undefined;
    try {
      await enableCpuMetrics(popup);
      t = await popup.evaluate<Timeline>(POPUP_TIMELINE);
      popupCpu = await cpuMetrics(popup).catch(() => undefined);
    } finally {
      popup.close();
    }
    const pageCpu = cpuDelta(pageBefore, await cpuMetrics(tabCdp));
    await tabCdp.detach().catch(() => undefined);
    const probe = (await tab.evaluate(READ_PROBE)) as Probe;
    // The popup's main thread's CPU time: ThreadTime counts from its thread's start, and the
    // extension's pages share one process, kept by its service worker: since the last popup's end
    // when the thread is the same one (nothing else of the extension runs on it in between), else
    // all of it (a new process: its start is the popup's cost too).
    const last = lastPopupThread.get(s);
    const popupThread = popupCpu === undefined ? undefined : last !== undefined && popupCpu.thread >= last ? popupCpu.thread - last : popupCpu.thread;
    if (popupCpu) lastPopupThread.set(s, popupCpu.thread);
    for (const target of await targets(s)) {
      if (target.url.startsWith(`chrome-extension://${s.extensionId}/popup/`)) await s.cdp.send('Target.closeTarget', { targetId: target.targetId } as never).catch(() => undefined);
    }
    const paint = t.paints['first-contentful-paint'] ?? t.paints['first-paint'];
    const brief = t.element ?? t.marks['brief-painted'];
    if (paint === undefined || brief === undefined) throw new Error(`no ${paint === undefined ? 'first paint' : 'brief'} in the popup (state ${t.state})`);
    const windowEnd = t.origin + brief;
    const spans = blockedSpans(probe);
    const steps: Record<string, number> = {};
    for (const [name, from, to] of STEPS) {
      // `render` ends where the brief was painted (its presented frame, when the popup has that entry).
      const a = from.map((m) => t.marks[m]).find((v) => v !== undefined);
      const b = to === 'brief-painted' ? brief : t.marks[to];
      if (a !== undefined && b !== undefined) steps[name] = b - a;
    }
    const at = (m: string | undefined) => (m === undefined ? undefined : t.origin + t.marks[m]!);
    const cuts: Array<[string, number | undefined]> = [
      ['before popup', t.origin],
      ['start → inject', at('inject')],
      ['inject → injected', at('injected')],
      ['injected → brief', windowEnd],
    ];
    const blockedBy: Record<string, number> = {};
    let from = clicked;
    for (const [name, to] of cuts) {
      if (to === undefined) continue;
      blockedBy[name] = unionLength(spans, from, to);
      from = to;
    }
    return {
      blockedBy,
      page,
      dist,
      state: t.state,
      height: t.height,
      presented: t.element !== null,
      startToPaint: paint,
      paintToBrief: brief - paint,
      startToBrief: brief,
      clickToStart: t.origin - clicked,
      blocked: unionLength(spans, clicked, windowEnd),
      idle: (unionLength(spans, clicked - IDLE_MS, clicked) / IDLE_MS) * Math.max(0, windowEnd - clicked),
      steps,
      pageCpu: pageCpu.thread,
      pageScript: pageCpu.script,
      ...(popupThread !== undefined ? { popupCpu: popupThread } : {}),
    };
  } finally {
    await tab.close().catch(() => undefined);
  }
}

const server = await startServer(0, { mounts: [['/corpus/', CORPUS]] });
// Every host but the test server stays unresolved: a corpus page's images and scripts on other sites
// fail at once instead of reaching the network.
const sessions = [];
for (const dist of dists) sessions.push({ dist, s: await launchChromium({ dist, args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] }) });

const samples: Sample[] = [];
const failures: string[] = [];
try {
  // One click each first, not counted: the first popup of a browser pays for its process and caches.
  for (const { dist, s } of sessions) await sample(s, server.origin, pages[0]!, dist).catch(() => undefined);
  let n = 0;
  for (let round = 0; round < rounds; round++) {
    for (const page of pages) {
      // Interleaved: each page on every build in turn, the order alternating.
      const order = n++ % 2 === 0 ? sessions : [...sessions].reverse();
      for (const { dist, s } of order) {
        try {
          samples.push(await sample(s, server.origin, page, dist));
        } catch (e) {
          failures.push(`${page} (${dist}): ${(e as Error).message}`);
        }
      }
      process.stderr.write(`\r${round + 1}/${rounds} ${page.padEnd(50)}`);
    }
  }
} finally {
  process.stderr.write('\n');
  for (const { s } of sessions) await s.close();
  await server.close();
}
if (opts.json) writeFileSync(opts.json, samples.map((x) => JSON.stringify(x)).join('\n') + '\n');

/** Per page, the median of its rounds. */
function perPage(dist: string, get: (x: Sample) => number | undefined): number[] {
  const by = new Map<string, number[]>();
  for (const x of samples) {
    const v = x.dist === dist ? get(x) : undefined;
    if (v !== undefined) by.set(x.page, [...(by.get(x.page) ?? []), v]);
  }
  return [...by.values()].map(median);
}

const fmt = (v: number) => v.toFixed(1).padStart(8);
const ratio = (v: number, goal: number) => `${(v / goal).toFixed(2)}× of ${goal}`;
for (const { dist } of sessions) {
  const mine = samples.filter((x) => x.dist === dist);
  const states = new Map<string, number>();
  for (const x of mine) states.set(x.state ?? 'none', (states.get(x.state ?? 'none') ?? 0) + 1);
  const unpresented = mine.filter((x) => !x.presented).length;
  console.log(`\n${dist}: ${new Set(mine.map((x) => x.page)).size} pages × ${rounds} round(s)${opts['sleeping-worker'] ? ', service worker stopped before each click' : ''}; final states: ${[...states].map(([k, v]) => `${k} ${v}`).join(', ')}` + (unpresented ? `; ${unpresented} brief(s) timed by the mark after their frame` : ''));
  console.log(`${'ms'.padEnd(38)} ${'median'.padStart(8)} ${'p95'.padStart(8)} ${'max'.padStart(8)}   goal`);
  const rows: Array<[string, number[], string]> = [
    ['popup start → first paint', perPage(dist, (x) => x.startToPaint), ''],
    ['first paint → brief painted', perPage(dist, (x) => x.paintToBrief), 'paintToBrief'],
    ['popup start → brief painted', perPage(dist, (x) => x.startToBrief), 'startToBrief'],
    ['page blocked, click → brief', perPage(dist, (x) => x.blocked), 'blocked'],
    ['  … beyond its idle rate', perPage(dist, (x) => Math.max(0, x.blocked - x.idle)), 'blocked'],
    ['page CPU (main thread), click → brief', perPage(dist, (x) => x.pageCpu), ''],
    ['  … of it in script', perPage(dist, (x) => x.pageScript), ''],
    ['popup CPU (main thread), to brief', perPage(dist, (x) => x.popupCpu), ''],
    ['(click → popup start)', perPage(dist, (x) => x.clickToStart), ''],
    ...STEPS.map(([name]) => [`step: ${name}`, perPage(dist, (x) => x.steps[name]), ''] as [string, number[], string]),
    ...['before popup', 'start → inject', 'inject → injected', 'injected → brief'].map((name) => [`page blocked: ${name}`, perPage(dist, (x) => x.blockedBy?.[name]), ''] as [string, number[], string]),
  ];
  for (const [label, xs, goal] of rows) {
    if (xs.length === 0) continue;
    const [m, p, mx] = [median(xs), p95(xs), Math.max(...xs)];
    let note = '';
    if (goal === 'paintToBrief') note = `median ${ratio(m, GOALS.paintToBrief.median)}, p95 ${ratio(p, GOALS.paintToBrief.p95)}`;
    if (goal === 'startToBrief') note = `median ${ratio(m, GOALS.startToBrief.median)}`;
    if (goal === 'blocked') note = `median ${ratio(m, GOALS.blocked.median)}, max ${ratio(mx, GOALS.blocked.max)}`;
    console.log(`${label.padEnd(38)} ${fmt(m)} ${fmt(p)} ${fmt(mx)}   ${note}`);
  }
  const heights = mine.map((x) => x.height).sort((a, b) => a - b);
  const q = (f: number) => heights[Math.min(heights.length - 1, Math.floor(f * heights.length))]!;
  console.log(`popup height at the brief (px): 10th percentile ${q(0.1)}, median ${q(0.5)}, 90th ${q(0.9)}; ${heights.filter((h) => h >= 600).length} of ${heights.length} at Chrome's 600 px or more`);
  const worst = [...mine].sort((a, b) => b.blocked - a.blocked).slice(0, 3);
  console.log(`most blocked: ${worst.map((x) => `${x.page} ${x.blocked.toFixed(0)} ms`).join(', ')}`);
}
if (sessions.length > 1) {
  // Paired by page, which takes out most of the pages' own spread: each build against the first.
  const [first, ...rest] = sessions.map((x) => x.dist);
  const metrics: Array<[string, (x: Sample) => number | undefined]> = [
    ['popup start → first paint', (x) => x.startToPaint],
    ['first paint → brief painted', (x) => x.paintToBrief],
    ['popup start → brief painted', (x) => x.startToBrief],
    ['page blocked, click → brief', (x) => x.blocked],
    ['page CPU, click → brief', (x) => x.pageCpu],
    ['popup CPU, to brief', (x) => x.popupCpu],
    ...STEPS.map(([name]) => [`step: ${name}`, (x: Sample) => x.steps[name]] as [string, (x: Sample) => number | undefined]),
  ];
  for (const other of rest) {
    console.log(`\n${other} against ${first}, paired by page: median of the differences (ms), pages where it is faster`);
    for (const [label, get] of metrics) {
      const a = new Map<string, number[]>();
      const b = new Map<string, number[]>();
      for (const x of samples) {
        const v = get(x);
        if (v === undefined) continue;
        const into = x.dist === first ? a : x.dist === other ? b : null;
        into?.set(x.page, [...(into.get(x.page) ?? []), v]);
      }
      const diffs = [...b].filter(([page]) => a.has(page)).map(([page, vs]) => median(vs) - median(a.get(page)!));
      if (diffs.length === 0) continue;
      const faster = diffs.filter((d) => d < 0).length;
      console.log(`${label.padEnd(34)} ${(median(diffs) >= 0 ? '+' : '') + median(diffs).toFixed(1)}`.padEnd(46) + `faster on ${faster} of ${diffs.length}`);
    }
  }
}
if (failures.length) {
  console.log(`\n${failures.length} failed:`);
  for (const f of failures) console.log(`  ${f}`);
}
