/** Runs inside Chromium for `npm run bench:browser`: the same code as the extension, timed on a real DOM. */
import { Readability } from '@mozilla/readability';
import { extractPage } from '../../src/extract';
import { interpretPage } from '../../src/interpret';

function time(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** One page, `rounds` interleaved runs of each side; medians in ms. */
function run(html: string, url: string, rounds: number): { readability: number; extract: number; pipeline: number } {
  // DOMParser gives an inert document: the page's own scripts never run.
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const now = new Date('2026-01-01T00:00:00Z');
  const r: number[] = [];
  const e: number[] = [];
  const p: number[] = [];
  for (let i = 0; i < rounds + 1; i++) {
    const tr = time(() => new Readability(doc.cloneNode(true) as Document).parse());
    const te = time(() => extractPage(doc, { url }));
    const tp = time(() => interpretPage(extractPage(doc, { url }), { now }));
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

(globalThis as { __bench?: unknown }).__bench = { run };
