/**
 * Runs in a corpus page for `npm run eval:copy`, in an isolated world as the content script does:
 * the page read where it is (what the extension did until #13) and read from its copy (what it
 * does now: preflight, serialize in the page; parse and read in the popup, popup/reader.ts).
 */
import { extractPage, frameCopies, preflight, serialize } from '../../src/collect';
import { withoutScriptText } from '../../src/dom/serialize';
import { interpretPage } from '../../src/interpret';
import { readCopy } from '../../popup/reader';

function time<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const v = fn();
  return [v, performance.now() - t];
}

(globalThis as unknown as { __copy: unknown }).__copy = {
  /** The Analysis of the live page, read in place. */
  live(url: string, now: string): string {
    return JSON.stringify(interpretPage(extractPage(document, { url }), { now: new Date(now) }));
  },
  /** The Analysis of its copy, with the time each side took (ms). */
  copy(url: string, now: string) {
    const [verdict, preflightMs] = time(() => preflight(document));
    const [html, serializeMs] = time(() => withoutScriptText(document, serialize(document)));
    const [read, readMs] = time(() => readCopy(html, url, frameCopies(document)));
    const analysis = read.kind === 'facts' ? JSON.stringify(interpretPage(read.facts, { now: new Date(now) })) : null;
    return { safe: verdict.safe, analysis, chars: html.length, preflightMs, serializeMs, readMs };
  },
};
