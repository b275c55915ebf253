/**
 * npm run trace:popup — one toolbar click on a corpus page under a browser-wide Chromium trace, and
 * where the time went: the page's main thread (every task over 2 ms between the click and the
 * brief, with the trace events inside it that took longest) and the popup's main thread, both on
 * the popup's own clock (ms after the popup's navigation start). A diagnosis tool for issue #13's
 * "the brief at once", not a benchmark: one run is noisy, `npm run bench:popup` gives the figures.
 * Options: --dist DIR, --only SUBSTRING (a corpus page; the first otherwise), --min MS (the shortest
 * task listed, 2 by default), --out FILE (the whole trace, for chrome://tracing or Perfetto),
 * --warm N (untraced clicks before the traced one, 1 by default: Chromium produces the code cache of
 * an extension page's scripts on their second load and consumes it from the third on, so a trace
 * after --warm 2 shows the popup as a reader who uses it meets it; after --warm 0, a first run).
 */
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROME_DIST, clickAction, connectPopup, launchChromium } from '../tools/browsers/chromium';
import { startServer } from '../tools/browsers/server';
import { corpusPath } from './lib/corpus';

const { values: opts } = parseArgs({ options: { dist: { type: 'string' }, only: { type: 'string' }, out: { type: 'string' }, min: { type: 'string', default: '2' }, warm: { type: 'string', default: '1' } } });
const dist = resolve(opts.dist ?? CHROME_DIST);
const CORPUS = corpusPath('readability');
const pages = readdirSync(CORPUS).filter((d) => statSync(join(CORPUS, d)).isDirectory() && existsSync(join(CORPUS, d, 'source.html'))).sort();
const page = pages.find((p) => p.includes(opts.only ?? '')) ?? pages[0]!;
const MIN = Number(opts.min);

interface Ev { name: string; cat: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: Record<string, unknown> }

const server = await startServer(0, { mounts: [['/corpus/', CORPUS]] });
const s = await launchChromium({ dist, args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });
try {
  // A first click, not traced: the first popup of a browser pays for its process.
  const WARM = Math.max(0, Number(opts.warm));
  for (let warm = 0; warm <= WARM; warm++) {
    const tab = await s.context.newPage();
    // The untraced clicks on other pages: a second click on one page would show its kept brief first.
    const which = warm === WARM ? page : pages.filter((p) => p !== page)[warm]!;
    await tab.goto(`${server.origin}/corpus/${which}/source.html`, { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 300));
    const events: Ev[] = [];
    const traced = warm === WARM;
    let done: Promise<void> = Promise.resolve();
    if (traced) {
      s.cdp.on('Tracing.dataCollected' as never, ((e: { value: Ev[] }) => events.push(...e.value)) as never);
      done = new Promise((ok) => s.cdp.once('Tracing.tracingComplete' as never, (() => ok()) as never));
      await s.cdp.send('Tracing.start' as never, {
        traceConfig: { includedCategories: ['devtools.timeline', 'v8', 'v8.execute', 'blink', 'loading', 'extensions', 'toplevel', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'cc', 'viz', 'gpu', 'benchmark', 'renderer.scheduler', 'ipc', 'mojom'] },
        transferMode: 'ReportEvents',
      } as never);
    }
    await clickAction(s, tab);
    const popup = await connectPopup(s);
    const t = await popup.evaluate<{ origin: number; marks: Record<string, number>; paints: Record<string, number> }>(`new Promise((resolve) => {
      const has = () => performance.getEntriesByName('nutshell:brief-painted').length > 0;
      const finish = () => setTimeout(() => resolve({ origin: performance.timeOrigin, paints: Object.fromEntries(performance.getEntriesByType('paint').map((e) => [e.name, e.startTime])), marks: Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])) }), 200);
      if (has()) return finish();
      const o = new PerformanceObserver(() => { if (has()) { o.disconnect(); finish(); } });
      o.observe({ entryTypes: ['mark'] });
      setTimeout(finish, 10000);
    })`);
    popup.close();
    if (traced) {
      await s.cdp.send('Tracing.end' as never);
      await done;
      if (opts.out) writeFileSync(opts.out, JSON.stringify({ traceEvents: events }));
      report(events, t);
    }
    await tab.close();
  }
} finally {
  await s.close();
  await server.close();
}

function report(events: Ev[], t: { origin: number; marks: Record<string, number>; paints: Record<string, number> }) {
  const startMark = events.find((e) => e.name === 'nutshell:start');
  if (!startMark) return console.log('no nutshell:start mark in the trace');
  // The trace's clock in µs; the popup's in ms after its navigation start.
  const zero = startMark.ts / 1000 - t.marks['nutshell:start']!;
  const at = (ts: number) => ts / 1000 - zero;
  const timeline = Object.entries({ ...t.paints, ...t.marks }).sort((a, b) => a[1] - b[1]);
  console.log(`page ${page}; the popup's timeline (ms after its navigation start):`);
  console.log('  ' + timeline.map(([k, v]) => `${k.replace('nutshell:', '')} ${v.toFixed(1)}`).join(', '));
  const from = Math.min(...timeline.map(([, v]) => v)) - 5;
  const to = Math.max(...timeline.map(([, v]) => v)) + 5;
  const threads = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, String(e.args?.name));
  // The popup's renderer holds our marks; the page's, the content script's injection.
  const popupPid = startMark.pid;
  const pagePid = events.find((e) => e.name === 'ScriptInjection::InjectJs' && e.pid !== popupPid)?.pid;
  for (const [pid, label] of [[popupPid, 'popup'], [pagePid, 'page']] as const) {
    if (pid === undefined) continue;
    const main = [...threads].find(([k, n]) => k.startsWith(`${pid}:`) && n === 'CrRendererMain')?.[0];
    const tid = main ? Number(main.split(':')[1]) : startMark.tid;
    const mine = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined && at(e.ts) >= from && at(e.ts) <= to).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
    console.log(`\n${label} (renderer ${pid}), tasks of ${MIN} ms or more, with the events inside that took longest:`);
    let end = -Infinity;
    for (const task of mine) {
      if (task.ts < end) continue;
      end = task.ts + task.dur!;
      if (task.dur! / 1000 < MIN) continue;
      const inner = new Map<string, number>();
      for (const e of mine) if (e !== task && e.ts >= task.ts && e.ts + e.dur! <= end && e.dur! >= 300) inner.set(e.name, (inner.get(e.name) ?? 0) + e.dur! / 1000);
      const top = [...inner].sort((a, b) => b[1] - a[1]).slice(0, 8);
      console.log(`  @${at(task.ts).toFixed(1)} ${(task.dur! / 1000).toFixed(1)} ms ${task.name}: ${top.map(([n, d]) => `${n} ${d.toFixed(1)}`).join('; ')}`);
    }
  }
}
