import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../cli/dom';
import { analyzeDocument } from '../../../src/analyze';
import { extractPage } from '../../../src/collect';
import { interpretPage } from '../../../src/interpret';
import type { Block } from '../../../src/facts/index';
import { looksLikeListing } from '../../../src/text/listing';

const now = new Date('2025-06-12T12:00:00Z');
const analyze = (file: string) => analyzeDocument(parseDocument(readFileSync(file, 'utf8')), { url: 'https://news.example/', now });

describe('a page that lists stories is not an article', () => {
  // A news front page (20 headline cards with teasers, og:type website), a section page (a river of
  // 16 headlines, CollectionPage, no og:type) and a blog's index (8 posts with two-line excerpts).
  it.each(['front-page.html', 'section-page.html', 'blog-index.html'])('%s', (name) => {
    const a = analyze(`tests/fixtures/text/pages/${name}`);
    expect(a.notArticle?.reason).toBe('listing');
    expect(a.summary).toEqual([]);
  });

  it('but a selection on it is summarized: the reader chose the text', () => {
    const facts = extractPage(parseDocument(readFileSync('tests/fixtures/text/pages/front-page.html', 'utf8')), { url: 'https://news.example/' });
    const selection = 'The city council passed a spending plan early on Thursday. It ended weeks of wrangling over transit funding. Police overtime was cut.';
    expect(interpretPage(facts, { now }).notArticle?.reason).toBe('listing');
    expect(interpretPage(facts, { now, selection }).notArticle).toBeNull();
  });
});

describe('an article stays an article', () => {
  const LISTINGS = new Set(['front-page.html', 'section-page.html', 'blog-index.html']);
  const pages = ['ai', 'browser', 'metadata', 'text'].flatMap((d) =>
    readdirSync(`tests/fixtures/${d}/pages`)
      .filter((f) => f.endsWith('.html') && !LISTINGS.has(f))
      .map((f) => `tests/fixtures/${d}/pages/${f}`),
  );

  it('there are pages of every kind to check', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  // Articles of every kind, some with related-story lists, galleries and link-heavy bylines.
  it.each(pages)('%s', (file) => {
    expect(analyze(file).notArticle?.reason ?? null).not.toBe('listing');
  });

  const block = (tag: string, text: string, linkDensity: number): Block => ({ tag, text, linkDensity });
  const related = Array.from({ length: 8 }, (_, i) => block('H3', `Related story number ${i} about the same subject`, 1));
  const body = Array.from({ length: 12 }, (_, i) => block('P', `Paragraph ${i} of the story. `.repeat(12), 0.02));

  it('when it declares itself one, however many related headlines Readability kept', () => {
    const teasers = related.flatMap((h) => [h, block('P', 'A one-line teaser.', 0)]);
    expect(looksLikeListing(teasers, { meta: [], ld: [] })).toBe(true);
    expect(looksLikeListing(teasers, { meta: [['og:type', 'article']], ld: [] })).toBe(false);
    expect(looksLikeListing(teasers, { meta: [], ld: ['{"@type": ["NewsArticle"], "headline": "x"}'] })).toBe(false);
    // A site-wide og:type article on a page that says it is a collection is a collection.
    expect(looksLikeListing(teasers, { meta: [['og:type', 'article']], ld: ['{"@type": "CollectionPage"}'] })).toBe(true);
  });

  it('when its linked headings head long sections (a table of contents, anchors)', () => {
    const sections = related.flatMap((h) => [h, ...body.slice(0, 3)]);
    expect(looksLikeListing(sections, { meta: [], ld: [] })).toBe(false);
    expect(looksLikeListing([...body, ...related], { meta: [], ld: [] })).toBe(false);
  });
});
