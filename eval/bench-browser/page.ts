/** Runs inside Chromium for `npm run bench:browser`: the same code as the extension, timed on a real DOM. */
import { Readability } from '@mozilla/readability';
import { collectAiFacts } from '../../src/ai/collect';
import { extractPage } from '../../src/collect';
import { runReadability } from '../../src/text/collect';
import { interpretPage } from '../../src/interpret';
import { collectMetaFacts } from '../../src/metadata/collect';
import { articleBlocks } from '../../src/text/dom/blocks';

function time(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** `gc()`, exposed by the bench's Chromium (setup.ts's benchBrowser starts it with
 *  `--js-flags=--expose-gc`); without it the figures depend on the order of the steps (order.ts). */
function collector(): () => void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('the bench page needs gc(): start Chromium with --js-flags=--expose-gc');
  return gc;
}

/**
 * One page, `rounds` interleaved runs of each side; medians in ms. Each step is timed from a
 * collected heap (a forced gc() before it, outside its time), as the popup reads a page: once, in
 * an isolate that has done nothing else. A step then pays for the collections its own allocations
 * cause while it runs, never for the garbage the step timed before it left (ARCHITECTURE.md, "How
 * the pipeline's speed is measured").
 */
function run(html: string, url: string, rounds: number): { readability: number; extract: number; pipeline: number } {
  // DOMParser gives an inert document: the page's own scripts never run.
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const now = new Date('2026-01-01T00:00:00Z');
  const gc = collector();
  const r: number[] = [];
  const e: number[] = [];
  const p: number[] = [];
  for (let i = 0; i < rounds + 1; i++) {
    const tr = (gc(), time(() => new Readability(doc.cloneNode(true) as Document).parse()));
    const te = (gc(), time(() => extractPage(doc, { url })));
    const tp = (gc(), time(() => interpretPage(extractPage(doc, { url }), { now })));
    if (i > 0) {
      // the first round warms up
      r.push(tr);
      e.push(te);
      p.push(tp);
    }
  }
  const med = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1]!;
  return { readability: med(r), extract: med(e), pipeline: med(p) };
}

/** Where the time goes (BENCH_STAGES=1): each stage of the pipeline on its own, medians in ms. */
function stages(html: string, url: string, rounds: number): Record<string, number> {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const now = new Date('2026-01-01T00:00:00Z');
  const t: Record<string, number[]> = {};
  const add = (k: string, ms: number): void => void (t[k] ??= []).push(ms);
  const gc = collector();
  for (let i = 0; i < rounds + 1; i++) {
    let article: ReturnType<typeof runReadability> = null;
    let meta: ReturnType<typeof collectMetaFacts> | null = null;
    const ms = {
      'readability (ours)': (gc(), time(() => (article = runReadability(doc)))),
      'meta.collect': (gc(), time(() => (meta = collectMetaFacts(doc, article?.content ?? null)))),
      'ai.collect': (gc(), time(() => collectAiFacts(doc, { url, ld: meta!.ld }))),
      blocks: (gc(), time(() => article && articleBlocks(article.content, article.furniture))),
    };
    const facts = extractPage(doc, { url });
    const interpret = (gc(), time(() => interpretPage(facts, { now })));
    if (i > 0) {
      for (const [k, v] of Object.entries(ms)) add(k, v);
      add('interpret', interpret);
    }
  }
  const med = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1]!;
  return Object.fromEntries(Object.entries(t).map(([k, v]) => [k, med(v)]));
}

/** For a profile (profile.ts): Readability alone and the whole pipeline, `rounds` times each, each
 *  under a function of its own name, so that their shares of the samples compare as run() times
 *  them. (stages() runs the page's half twice a round, its stages and then extractPage for the
 *  facts interpretPage needs: a profile of it counts Readability twice.) */
function profileRun(html: string, url: string, rounds: number): void {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const now = new Date('2026-01-01T00:00:00Z');
  const gc = collector();
  for (let i = 0; i < rounds; i++) {
    // (Collected before each side, as run() times them: gc()'s own samples fall under profileRun.)
    gc();
    readabilityAlone(doc);
    gc();
    wholePipeline(doc, url, now);
  }
}
function readabilityAlone(doc: Document): void {
  new Readability(doc.cloneNode(true) as Document).parse();
}
function wholePipeline(doc: Document, url: string, now: Date): void {
  interpretPage(extractPage(doc, { url }), { now });
}

/**
 * The same page timed in other orders and ways (order.ts), medians in ms: whatever a step leaves
 * for the garbage collector is paid by the step timed after it, so without a collection between
 * steps a ratio depends on what precedes each side. r, p: Readability alone then the pipeline at
 * once after it; p2, r2: the other way round; e, i: extractPage and then interpretPage of its
 * facts, each timed alone; rgc, pgc: each side after a forced collection, Readability first (run()'s
 * way); pgc2, rgc2: the same, the pipeline first; rin, pin: each side with a forced collection at
 * its end, inside its time.
 */
function orders(html: string, url: string, rounds: number): Record<string, number> {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const now = new Date('2026-01-01T00:00:00Z');
  const t: Record<string, number[]> = {};
  const add = (k: string, ms: number): void => void (t[k] ??= []).push(ms);
  const gc = collector();
  const R = (): unknown => new Readability(doc.cloneNode(true) as Document).parse();
  const P = (): unknown => interpretPage(extractPage(doc, { url }), { now });
  for (let i = 0; i < rounds + 1; i++) {
    let facts: ReturnType<typeof extractPage> | null = null;
    const ms = {
      r: time(R),
      p: time(P),
      p2: time(P),
      r2: time(R),
      e: time(() => (facts = extractPage(doc, { url }))),
      i: time(() => interpretPage(facts!, { now })),
      rgc: (gc(), time(R)),
      pgc: (gc(), time(P)),
      pgc2: (gc(), time(P)),
      rgc2: (gc(), time(R)),
      rin: (gc(), time(() => (R(), gc()))),
      pin: (gc(), time(() => (P(), gc()))),
    };
    if (i > 0) for (const [k, v] of Object.entries(ms)) add(k, v);
  }
  const med = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1]!;
  return Object.fromEntries(Object.entries(t).map(([k, v]) => [k, med(v)]));
}

(globalThis as { __bench?: unknown }).__bench = { run, stages, profileRun, orders };
