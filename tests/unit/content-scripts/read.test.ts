/**
 * What the content script hands the popup (content-scripts/read.ts): a safe page as it is, and a
 * page whose copy would be too big to read quickly as a bounded snapshot that cuts its values.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../cli/dom';
import { MAX_COPY_CHARS, readPage } from '../../../content-scripts/read';

const story = Array.from({ length: 12 }, (_, i) => `<p>Paragraph ${i + 1} of the story, with enough words in it to be read as prose.</p>`).join('');
const URL = 'https://news.example/story';

describe('readPage', () => {
  it('hands a safe page over as the browser serializes it', () => {
    const doc = parseDocument(`<!DOCTYPE html><html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>${story}</article></body></html>`);
    const r = readPage(doc, URL, false);
    expect(r).toMatchObject({ kind: 'page', url: URL });
    expect(r.kind === 'page' && r.html).toContain('Paragraph 12 of the story');
  });

  it('hands a page whose markup is too big for a quick copy over as a snapshot with cut values, and says why', () => {
    const huge = 'Breaking '.repeat(Math.ceil(MAX_COPY_CHARS / 9 / 2) + 1000);
    const doc = parseDocument(`<!DOCTYPE html><html><head><title>Harbour reopens</title><meta name="description" content="${huge}"><meta property="og:title" content="${huge}"></head><body><article>${story}</article></body></html>`);
    const r = readPage(doc, URL, true);
    if (r.kind !== 'snapshot') throw new Error(r.kind);
    expect(r.reason).toMatch(/^its markup is \d+\.\d M characters long$/);
    expect(r.html.length).toBeLessThan(100_000);
    expect(r.html).toContain('Paragraph 12 of the story');
    expect(r.loading).toBe(true);
  });

  it("hands a page the preflight finds unsafe over as a snapshot, with the preflight's reason", () => {
    const doc = parseDocument(`<html><body><form><input name="parentNode"></form><article>${story}</article></body></html>`);
    expect(readPage(doc, URL, false)).toMatchObject({ kind: 'snapshot', reason: '<input name="parentNode">' });
  });
});
