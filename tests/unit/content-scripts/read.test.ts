/**
 * What the content script hands the popup (content-scripts/read.ts): a page that can be copied at
 * once as it is, and a page nested too deep or too big for a quick copy as a bounded snapshot that
 * cuts its values. Whether a copy is safe to read is the popup's check (popup/reader.ts).
 */
import { describe, expect, it, vi } from 'vitest';
import { parseDocument } from '../../../cli/dom';
import { MAX_COPY_CHARS, readPage } from '../../../content-scripts/read';
import { PREFLIGHT_LIMITS } from '../../../src/dom/preflight';

const story = Array.from({ length: 12 }, (_, i) => `<p>Paragraph ${i + 1} of the story, with enough words in it to be read as prose.</p>`).join('');
const URL = 'https://news.example/story';

describe('readPage', () => {
  it('hands a safe page over as the browser serializes it', () => {
    const doc = parseDocument(`<!DOCTYPE html><html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>${story}</article></body></html>`);
    const r = readPage(doc, URL, false);
    expect(r).toMatchObject({ kind: 'page', url: URL });
    expect(r.kind === 'page' && r.html).toContain('Paragraph 12 of the story');
  });

  it('hands a page over without its scripts’ and style sheets’ text, its JSON-LD kept', () => {
    const ld = '{"@type":"NewsArticle","headline":"Harbour reopens","datePublished":"2025-06-01T08:00:00Z"}';
    const state = `window.__APP__ = ${JSON.stringify(Array.from({ length: 300 }, (_, i) => ({ id: i, slug: `story-${i}` })))};`;
    const doc = parseDocument(`<!DOCTYPE html><html><head><title>Harbour reopens</title><style>p { margin: 0 }</style><script type="application/ld+json">${ld}</script><script>${state}</script></head><body><article><h1>Harbour reopens</h1>${story}<script>track("read")</script></article></body></html>`);
    const r = readPage(doc, URL, false);
    if (r.kind !== 'page') throw new Error(r.kind);
    expect(r.html).toContain(`<script type="application/ld+json">${ld}</script>`);
    expect(r.html).toContain('<style></style><script type="application/ld+json">');
    expect(r.html).not.toContain('__APP__');
    expect(r.html).not.toContain('track(');
    expect(r.html).toContain('Paragraph 12 of the story');
    expect(r.html.length).toBeLessThan(doc.documentElement.outerHTML.length - state.length);
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

  it('hands a page nested past the limit over as a snapshot, without serializing it', () => {
    // The browser's serializer recurses: a deep enough chain crashes the tab's renderer in outerHTML.
    const doc = parseDocument(`<html><body>${'<div>'.repeat(PREFLIGHT_LIMITS.depth)}<article>${story}</article>${'</div>'.repeat(PREFLIGHT_LIMITS.depth)}</body></html>`);
    const outer = vi.spyOn(Object.getPrototypeOf(doc.documentElement) as Element, 'outerHTML', 'get');
    const r = readPage(doc, URL, false);
    expect(r).toMatchObject({ kind: 'snapshot', reason: `nested more than ${PREFLIGHT_LIMITS.depth} deep` });
    expect(r.kind === 'snapshot' && r.html).toContain('Paragraph 12 of the story');
    expect(outer).not.toHaveBeenCalled();
  });

  it('hands a page of more elements than the limit over as a snapshot', () => {
    const doc = parseDocument(`<html><body><article>${story}${'<span>x</span>'.repeat(PREFLIGHT_LIMITS.elements)}</article></body></html>`);
    expect(readPage(doc, URL, false)).toMatchObject({ kind: 'snapshot', reason: `more than ${PREFLIGHT_LIMITS.elements} elements` });
  });

  it('hands a page of more prose than the limit over as a snapshot, and a page whose scripts make it long as it is', () => {
    const prose = 'word '.repeat(Math.ceil(PREFLIGHT_LIMITS.text / 5) + 10);
    const long = parseDocument(`<html><body><article>${story}<p>${prose}</p></article></body></html>`);
    expect(readPage(long, URL, false)).toMatchObject({ kind: 'snapshot', reason: `more than ${PREFLIGHT_LIMITS.text} characters of text` });
    const scripted = parseDocument(`<html><head><script type="application/json">${JSON.stringify({ prose })}</script></head><body><article>${story}</article></body></html>`);
    expect(readPage(scripted, URL, false)).toMatchObject({ kind: 'page' });
  });

  it('walks the text nodes only when the markup is longer than the text limit, which bounds their length', () => {
    const doc = parseDocument(`<!DOCTYPE html><html><head><title>Harbour reopens</title></head><body><article>${story}</article></body></html>`);
    // The prototype the checks call through (src/dom/preflight.ts), which no markup can shadow.
    const proto = ((doc.defaultView as (typeof globalThis & Window) | null)?.Document?.prototype ?? Object.getPrototypeOf(doc)) as Document;
    const walk = vi.spyOn(proto, 'createTreeWalker');
    expect(readPage(doc, URL, false)).toMatchObject({ kind: 'page' });
    expect(walk).not.toHaveBeenCalled();
    const attribute = 'x'.repeat(PREFLIGHT_LIMITS.text);
    const long = parseDocument(`<!DOCTYPE html><html><head><meta name="description" content="${attribute}"></head><body><article>${story}</article></body></html>`);
    expect(readPage(long, URL, false)).toMatchObject({ kind: 'page' });
    expect(walk).toHaveBeenCalledTimes(1);
    walk.mockRestore();
  });

  it('hands a page with controls named after DOM properties over as it is: the popup checks the copy before reading it', () => {
    const doc = parseDocument(`<html><body><form><input name="parentNode"></form><article>${story}</article></body></html>`);
    const r = readPage(doc, URL, false);
    expect(r).toMatchObject({ kind: 'page' });
    expect(r.kind === 'page' && r.html).toContain('<input name="parentNode">');
  });

  it('is not fooled by markup named after what it checks by', () => {
    const doc = parseDocument(`<html><body><img name="querySelector"><img name="getElementsByTagName"><form name="length"></form>${'<div>'.repeat(PREFLIGHT_LIMITS.depth)}<p>deep</p>${'</div>'.repeat(PREFLIGHT_LIMITS.depth)}</body></html>`);
    expect(readPage(doc, URL, false)).toMatchObject({ kind: 'snapshot', reason: `nested more than ${PREFLIGHT_LIMITS.depth} deep` });
  });
});
