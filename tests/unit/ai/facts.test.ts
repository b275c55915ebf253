/**
 * The split the extension relies on: collectAiFacts runs in the page, its output crosses to the
 * background as a message (JSON), and interpretAi runs there with no DOM. So the facts must be
 * plain JSON and interpretation of the round-tripped facts must give the same report.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../cli/dom';
import { collectAiFacts } from '../../../src/ai/collect';
import { interpretAi } from '../../../src/ai/interpret';
import { isAiFacts, type AiFacts } from '../../../src/facts/index';
import { detectAiDisclosures } from '../../../tools/core/halves';
import { fixtureUrl, loadExpectations, readPage } from '../../../tools/fixtures/ai-pages';

const names = Object.keys(loadExpectations());
const facts = (name: string): AiFacts => collectAiFacts(parseDocument(readPage(name)), { url: fixtureUrl(name) });

/** Run `fn` with every DOM global trapped: touching one throws. */
function withoutDom<T>(fn: () => T): T {
  const trapped = ['document', 'window', 'Node', 'Element', 'HTMLElement', 'Text', 'NodeFilter', 'DOMParser', 'XMLSerializer'];
  for (const g of trapped) {
    expect(g in globalThis, `${g} is not a global in Node`).toBe(false);
    Object.defineProperty(globalThis, g, { configurable: true, get: () => { throw new Error(`interpretation touched the DOM: ${g}`); } });
  }
  try {
    return fn();
  } finally {
    for (const g of trapped) delete (globalThis as Record<string, unknown>)[g];
  }
}

describe('collectAiFacts → JSON → interpretAi', () => {
  it.each(names)('%s: facts survive a JSON round trip; interpreting them gives the detector\'s report, with no DOM', (name) => {
    const f = facts(name);
    const wire = JSON.parse(JSON.stringify(f)) as AiFacts;
    // toStrictEqual: no undefined fields, Maps, Sets, nodes or class instances that JSON would lose.
    expect(wire).toStrictEqual(f);
    expect(structuredClone(f)).toStrictEqual(f);
    expect(isAiFacts(wire)).toBe(true);
    const report = withoutDom(() => interpretAi(wire));
    expect(report).toStrictEqual(detectAiDisclosures(parseDocument(readPage(name)), { url: fixtureUrl(name) }));
  });

  it('indexes only article images in every scope', () => {
    for (const name of names) {
      const f = facts(name);
      for (const t of f.texts)
        for (const i of 'next' in t ? [...t.own, ...t.next, ...t.prev, ...t.gallery] : t.own) expect(f.images[i]?.furniture, `${name}: ${t.text}`).toBe('');
    }
  });
});

describe('isAiFacts', () => {
  const good = facts('en-gallery');
  it.each([
    ['null', null],
    ['no texts', { ...good, texts: undefined }],
    ['an index that is not an integer', { ...good, texts: [{ kind: 'text', text: 'x', own: ['0'], next: [], prev: [], gallery: [] }] }],
    ['a block without its scopes', { ...good, texts: [{ kind: 'credit', text: 'x', own: [] }] }],
    ['an unknown kind', { ...good, texts: [{ kind: 'script', text: 'x', own: [] }] }],
    ['an image without src', { ...good, images: [{ furniture: '' }] }],
    ['parsed JSON-LD instead of its text', { ...good, jsonLd: [{ '@type': 'ImageObject' }] }],
  ])('rejects %s', (_, v) => expect(isAiFacts(v)).toBe(false));

  it('ignores indices that point at no image', () => {
    const img = { src: 'https://example.test/a.jpg', furniture: '' };
    const alt = (own: number[]): AiFacts => ({ url: 'https://example.test/', images: [img], texts: [{ kind: 'alt', text: 'AI-generated image', own }], jsonLd: [] });
    expect(interpretAi(alt([0])).images[0]).toMatchObject({ aiGenerated: true, evidenceKind: 'alt' });
    expect(interpretAi(alt([7, -1]))).toEqual({ pageFlag: false, textDisclosure: null, images: [{ src: img.src, aiGenerated: false, evidence: '', evidenceKind: null }] });
  });
});

describe('facts of the seed page', () => {
  const f = facts('en-seed-caption');

  it('lists images in page order with furniture marked (the tiny avatar is not an image)', () => {
    expect(f.images).toEqual([
      { src: 'https://example.test/static/logo.png', furniture: 'logo' },
      { src: 'https://example.test/img/lead.jpg', furniture: '' },
      { src: 'https://example.test/thumbs/r1.jpg', furniture: 'aside' },
      { src: 'https://example.test/thumbs/r2.jpg', furniture: 'aside' },
    ]);
  });

  it('hands over the caption with the image it sits under, and leaves related-story text out', () => {
    expect(f.texts).toHaveLength(1);
    expect(f.texts[0]).toMatchObject({ kind: 'text', own: [1], next: [], prev: [1], gallery: [] });
    expect(f.texts[0]!.text).toMatch(/^This image is AI-generated and does not depict/);
  });
});

describe('images a reader sees', () => {
  it('leaves out a <noscript> fallback, which a live page with scripts on reads as text', () => {
    const doc = parseDocument(`<html><body><article><img src="/img/lead.jpg" alt="The harbour"><noscript><img src="/img/lead-full.jpg"></noscript>
      <noscript><img src="https://sb.tracker.example/p?c1=2&amp;c2=199"></noscript><p>The harbour wall was finished on Monday.</p></article></body></html>`);
    expect(collectAiFacts(doc, { url: 'https://news.example/harbour' }).images).toEqual([{ src: 'https://news.example/img/lead.jpg', furniture: '' }]);
  });
});
