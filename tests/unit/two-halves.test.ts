/**
 * The extension runs the core's halves apart: extractPage on the page's copy (popup/reader.ts) or in
 * a worker (workers/extract.ts), interpretPage in the popup (popup/interpret.ts), with the facts
 * crossing a structured clone from the worker. These tests pin the property that makes that safe:
 * facts are plain data, and the two halves give what analyzeDocument gives.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/dom';
import { analyzeDocument } from '../../src/analyze';
import { extractPage } from '../../src/collect';
import { interpretPage } from '../../src/interpret';
import { caseNames, fixturePath } from '../../tools/fixtures/loader';

const ROOT = resolve(import.meta.dirname, '../..');
const now = new Date('2025-05-14T16:00:00Z');
const pages = [
  resolve(ROOT, 'sample/index.html'),
  resolve(ROOT, 'tests/fixtures/browser/pages/not-article.html'),
  ...caseNames('metadata')
    .slice(0, 12)
    .map((name) => fixturePath('metadata', name)),
];

describe('extractPage → structured clone → interpretPage', () => {
  it.each(pages.map((p) => [p.slice(ROOT.length + 1), p]))('%s: same Analysis as analyzeDocument', (_, file) => {
    const html = readFileSync(file, 'utf8');
    const url = 'https://news.example/story';
    const facts = extractPage(parseDocument(html), { url });
    const wire = structuredClone(JSON.parse(JSON.stringify(facts)));
    expect(wire).toEqual(facts);
    expect(interpretPage(wire, { now })).toEqual(analyzeDocument(parseDocument(html), { url, now }));
  });

  it('interprets without any DOM in reach (as in a service worker)', () => {
    const facts = extractPage(parseDocument(readFileSync(pages[0]!, 'utf8')), { url: 'https://news.example/story' });
    const g = globalThis as Record<string, unknown>;
    expect(g.document).toBeUndefined();
    expect(g.DOMParser).toBeUndefined();
    const a = interpretPage(JSON.parse(JSON.stringify(facts)), { now });
    expect(a.summary.length).toBe(3);
    expect(a.published).toBe('2025-05-14T16:05:00+05:30');
  });
});
