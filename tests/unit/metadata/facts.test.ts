/**
 * The page/background split (collect.ts / interpretMeta): the facts the content script sends must
 * survive serialization unchanged, and interpretation of those facts, with no DOM anywhere, must
 * give exactly what extractMetadata gives on the live document.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDocument } from '../../../cli/dom';
import { isMetaFacts, type ReadabilityMeta } from '../../../src/facts/index';
import { runReadability } from '../../../src/text/collect';
import { AMBIGUOUS_ZONE, collectMetaFacts } from '../../../src/metadata/collect';
import { interpretMeta } from '../../../src/metadata/interpret';
import { extractMetadata } from '../../../tools/core/halves';
import { ABBR } from '../../../src/metadata/zones';
import { caseNames, expectations, readFixture, type MetadataCase } from '../../../tools/fixtures/loader';

const NOW = new Date('2025-04-28T12:00:00Z');
const names = caseNames('metadata');
const cases = expectations<MetadataCase>('metadata');
const roundTrip = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** Fixture → live-DOM result and round-tripped facts (with Readability's metadata as plain strings). */
function both(name: string, url = `https://example.com/news/${name}.html`) {
  const doc = parseDocument(readFixture('metadata', name));
  const article = runReadability(doc);
  const facts = collectMetaFacts(doc, article?.content ?? null);
  let readability: ReadabilityMeta | null = null;
  if (article) {
    const { content: _, ...meta } = article;
    readability = roundTrip(meta);
  }
  return { facts, readability, expected: extractMetadata(doc, { url, now: NOW, readability: article }) };
}

// Names a service worker does not have: reading any of them during interpretation throws.
const DOM_GLOBALS = ['document', 'window', 'DOMParser', 'Element', 'Node', 'HTMLElement', 'Document', 'NodeFilter', 'XMLSerializer'];
function withoutDom<T>(run: () => T): T {
  for (const g of DOM_GLOBALS) {
    expect(g in globalThis, `${g} is defined in this test environment`).toBe(false);
    Object.defineProperty(globalThis, g, { configurable: true, get: () => { throw new Error(`interpretation touched ${g}`); } });
  }
  try {
    return run();
  } finally {
    for (const g of DOM_GLOBALS) delete (globalThis as Record<string, unknown>)[g];
  }
}

afterEach(() => {
  for (const g of DOM_GLOBALS) expect(g in globalThis).toBe(false);
});

describe('collectMetaFacts → interpretMeta', () => {
  it('has fixtures to check', () => {
    expect(names.length).toBeGreaterThan(20);
  });

  it.each(names)('%s: facts survive JSON unchanged', (name) => {
    const { facts } = both(name);
    expect(roundTrip(facts)).toStrictEqual(facts);
  });

  it.each(names)('%s: interpreting round-tripped facts without a DOM equals extractMetadata', (name) => {
    const url = `https://example.com/news/${name}.html`;
    const { facts, readability, expected } = both(name, url);
    const got = withoutDom(() => interpretMeta(roundTrip(facts), { url, now: NOW, readability }));
    expect(got).toStrictEqual(expected);
  });

  it('keeps the seed page’s zone, desk byline and agency credit through the round trip', () => {
    const { url, expect: want } = cases['seed-devdiscourse']!;
    const { facts, readability } = both('seed-devdiscourse', url);
    const m = withoutDom(() => interpretMeta(roundTrip(facts), { url, now: NOW, readability }));
    expect(m).toMatchObject(want);
    expect(m.credit).toContain('With inputs from agencies');
  });

  it('an Irish page sends its text (IST has several readings), a plain page does not', () => {
    const { url, expect: want } = cases['ireland-ist']!;
    const { facts, readability } = both('ireland-ist', url);
    expect(facts.bodyText).toBeTruthy();
    const m = withoutDom(() => interpretMeta(roundTrip(facts), { url, now: NOW, readability }));
    expect(m).toMatchObject(want);
    expect(both('meta-only').facts.bodyText).toBeUndefined();
  });

  it('isMetaFacts accepts collected facts, round-tripped or cloned, and rejects other shapes', () => {
    for (const name of names) {
      const { facts } = both(name);
      expect(isMetaFacts(roundTrip(facts)), name).toBe(true);
      expect(isMetaFacts(structuredClone(facts)), name).toBe(true);
    }
    const ok = roundTrip(both('byline-agency').facts);
    expect(isMetaFacts({ ...ok, bodyText: 'x' })).toBe(true);
    expect(isMetaFacts({ ...ok, logo: { alt: 'Östkustposten', href: '/' } })).toBe(true);
    expect(isMetaFacts({ ...ok, logo: 'Östkustposten' })).toBe(false);
    for (const bad of [null, 'x', [], {}, { ...ok, meta: [['a']] }, { ...ok, links: { canonical: 'x' } }, { ...ok, times: [{ datetime: 1, text: '', around: '' }] }, { ...ok, dateLines: [{ text: '1', facts: 'yes' }] }, { ...ok, bylines: [null] }, { ...ok, bodyText: 3 }, { ...ok, title: undefined }])
      expect(isMetaFacts(bad), JSON.stringify(bad)?.slice(0, 80)).toBe(false);
  });

  it('interprets facts of a page with nothing on it', () => {
    const facts = collectMetaFacts(parseDocument('<html><body></body></html>'));
    const m = withoutDom(() => interpretMeta(roundTrip(facts), { url: 'https://example.com/', now: NOW, readability: null }));
    expect(m).toMatchObject({ title: '', authors: [], byline: null, credit: null, times: { published: null, modified: null } });
    expect(m.source.siteName).toBe('example.com');
  });
});

describe('the split stays a split', () => {
  const dir = new URL('../../../src/metadata/', import.meta.url);
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));

  it('interpretation code names no DOM API', () => {
    const DOM = /\b(document|window|DOMParser|Element|HTMLElement|Document)\b|\.(querySelector(All)?|getAttribute|hasAttribute|textContent|parentElement|children|closest|contains|localName|[a-z]+ElementSibling|firstElementChild)\b/;
    for (const f of files.filter((f) => f !== 'collect.ts')) {
      const src = readFileSync(new URL(f, dir), 'utf8');
      const code = src.replace(/\/\*[^]*?\*\/|\/\/.*$/gm, '');
      expect(code.match(DOM)?.[0], f).toBeUndefined();
    }
  });

  it('collect knows every zone abbreviation with more than one reading', () => {
    const ambiguous = ABBR.split('|').filter((e) => e.split(':')[1]!.includes(' ')).flatMap((e) => e.split(':')[0]!.split(' '));
    expect(ambiguous.length).toBeGreaterThan(0);
    for (const a of ambiguous) for (const s of [`10:57 ${a}`, `10:57${a}`, `15時20分${a}`]) expect(AMBIGUOUS_ZONE.test(s), s).toBe(true);
    for (const s of ['PLAYLIST', 'ISTANBUL', 'the list']) expect(AMBIGUOUS_ZONE.test(s), s).toBe(false);
    for (const a of ABBR.split(/[|: ]/).filter((a) => /^\p{Lu}+$/u.test(a) && !ambiguous.includes(a))) expect(AMBIGUOUS_ZONE.test(`10:57 ${a},`), a).toBe(false);
  });
});
