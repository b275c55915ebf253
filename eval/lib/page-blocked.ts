/**
 * How long a page's main thread could not run anything, measured from inside the page (shared by
 * `npm run bench:popup` and `npm run bench:inject`). A probe put in the page's main world before its
 * own scripts (`addInitScript(PROBE)`) keeps a 0 ms timer chain going (Chrome runs it every ~4 ms) and
 * observes long tasks; the blocked time is the length of the union of the long tasks and of the
 * gaps of more than GAP_MS between two timer ticks, within a window. Chromium reports neither a long
 * task nor a long animation frame for an extension's script run in the page, so the timer gaps carry
 * the measurement.
 *
 * On a loaded machine the timers are late whether or not anything runs in the page, and a gap then
 * counts time the thread was runnable but not running: `cpuMetrics` reads the page renderer's main
 * thread's CPU time instead (CDP Performance.getMetrics in the thread-time domain), which the
 * machine's load does not inflate.
 */
import type { CDPSession } from 'playwright-core';

/** A gap between two ticks of the page's timer chain longer than this is time the page was blocked. */
export const GAP_MS = 12;
/** The timer chain's own period (Chrome clamps nested 0 ms timers to 4 ms). */
export const TICK_MS = 4;

/** In the page's main world, before its own scripts: the timer chain and the long-task observer. */
export const PROBE = `(() => {
  const ticks = [], longtasks = [];
  const now = () => performance.timeOrigin + performance.now();
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longtasks.push([performance.timeOrigin + e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const tick = () => { ticks.push(now()); if (ticks.length < 200000) setTimeout(tick, 0); };
  tick();
  Object.defineProperty(window, '__benchProbe', { value: { ticks, longtasks }, enumerable: false });
})();`;

export interface Probe {
  ticks: number[];
  longtasks: Array<[number, number]>;
}

/** What the probe recorded (call in the page's main world, e.g. `tab.evaluate(READ_PROBE)`). */
export const READ_PROBE = `(() => window.__benchProbe)()`;

/** Length of the union of intervals, clipped to [from, to]. */
export function unionLength(intervals: Array<[number, number]>, from: number, to: number): number {
  const clipped = intervals.map(([a, b]) => [Math.max(a, from), Math.min(b, to)] as [number, number]).filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  let total = 0;
  let end = -Infinity;
  for (const [a, b] of clipped) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total;
}

/** The spans (wall clock, ms) during which the page's thread was blocked: timer gaps and long tasks. */
export function blockedSpans(probe: Probe): Array<[number, number]> {
  const gaps: Array<[number, number]> = [];
  for (let i = 1; i < probe.ticks.length; i++) {
    const [a, b] = [probe.ticks[i - 1]!, probe.ticks[i]!];
    if (b - a > GAP_MS) gaps.push([a + TICK_MS, b]);
  }
  return [...gaps, ...probe.longtasks.map(([start, d]) => [start, start + d] as [number, number])];
}

/** The thread-time metrics of one page target, in ms: its renderer main thread's CPU time
 *  (`ThreadTime`), and, within it, the time spent in tasks, in script and in compiling. */
export interface CpuMetrics {
  thread: number;
  task: number;
  script: number;
  compile: number;
}

/** A CDP session on one target: Playwright's, or tools/browsers/chromium.ts's TargetClient (the popup). */
type Session = CDPSession | { send(method: string, params?: Record<string, unknown>): Promise<unknown> };
const send = (cdp: Session, method: string, params?: Record<string, unknown>): Promise<unknown> =>
  (cdp as { send(m: string, p?: Record<string, unknown>): Promise<unknown> }).send(method, params);

/** Enables the Performance domain in the thread-time domain (once per session, before reading). */
export async function enableCpuMetrics(cdp: Session): Promise<void> {
  await send(cdp, 'Performance.enable', { timeDomain: 'threadTicks' });
}

export async function cpuMetrics(cdp: Session): Promise<CpuMetrics> {
  const { metrics } = (await send(cdp, 'Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  const get = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { thread: get('ThreadTime'), task: get('TaskDuration'), script: get('ScriptDuration'), compile: get('V8CompileDuration') };
}

export const cpuDelta = (a: CpuMetrics, b: CpuMetrics): CpuMetrics => ({ thread: b.thread - a.thread, task: b.task - a.task, script: b.script - a.script, compile: b.compile - a.compile });

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
export const p95 = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(0.95 * xs.length) - 1)]!;
