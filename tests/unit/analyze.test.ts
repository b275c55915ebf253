import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/dom';
import { analyzeDocument } from '../../src/analyze';

const ROOT = resolve(import.meta.dirname, '../..');
const sampleHtml = readFileSync(resolve(ROOT, 'sample/index.html'), 'utf8');
const now = new Date('2025-05-14T16:00:00Z');
const url = 'https://www.bharatledger.example/india/kerala-buoys';

describe('analyzeDocument on the bundled sample article', () => {
  const a = analyzeDocument(parseDocument(sampleHtml), { url, now });

  it('returns plain JSON that survives a round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });

  it('finds title, source, time and a 3-sentence summary', () => {
    expect(a.notArticle).toBeNull();
    expect(a.title).toBe('Kerala Fishing Villages Test Early-Warning Buoys Ahead of Monsoon');
    expect(a.source.siteName).toBe('The Bharat Ledger');
    expect(a.source.domain).toBe('bharatledger.example');
    expect(a.published).toBe('2025-05-14T16:05:00+05:30');
    expect(a.modified).toBe('2025-05-14T18:42:00+05:30');
    expect(a.summary).toHaveLength(3);
    expect(a.summaryParagraphs).toHaveLength(3);
    expect(a.wordCount).toBeGreaterThan(250);
    expect(a.readingTimeMinutes).toBeGreaterThanOrEqual(1);
  });

  it('ties every summary sentence to the paragraph of `text` it came from', () => {
    const paragraphs = a.text.split('\n\n');
    a.summary.forEach((s, i) => expect(paragraphs[a.summaryParagraphs[i]!]).toContain(s));
  });

  it('keeps captions, the AI disclaimer, the dateline and the agency line out of text and summary', () => {
    for (const furniture of [/AI-generated/, /Updated: 14-05-2025/, /With inputs from agencies/, /TRENDING/, /Subscribe/]) {
      expect(a.text).not.toMatch(furniture);
      expect(a.summary.join(' ')).not.toMatch(furniture);
    }
  });

  it('flags the AI-generated lead image with the caption as evidence', () => {
    expect(a.ai.pageFlag).toBe(true);
    const flagged = a.ai.images.filter((i) => i.aiGenerated);
    expect(flagged).toHaveLength(1);
    expect(flagged[0]!.src).toBe('https://www.bharatledger.example/india/lead.png');
    expect(flagged[0]!.evidence).toMatch(/^This image is AI-generated/);
  });

  it('follows the summary length setting', () => {
    for (const n of [5, 7] as const) {
      expect(analyzeDocument(parseDocument(sampleHtml), { url, now, settings: { summarySentences: n } }).summary).toHaveLength(n);
    }
  });
});

describe('analyzeDocument: class and id names of furniture, through Readability', () => {
  const para = (i: number): string =>
    `<p>Paragraph ${i} of the story: the harbour authority said the new sea wall, begun in ${2000 + i}, will protect four hundred homes from winter storms once the last section is finished.</p>`;
  const paras = Array.from({ length: 12 }, (_, i) => para(i + 1));
  const story = paras.join('');
  const page = (body: string): string =>
    `<!doctype html><html><head><title>Sea wall to protect 400 homes</title></head><body><article><h1>Sea wall to protect 400 homes</h1>${body}</article></body></html>`;
  const run = (body: string) => analyzeDocument(parseDocument(page(body)), { url: 'https://news.example/sea-wall', now });

  it('drops a small box whose class names it (Readability keeps classes for this)', () => {
    const a = run(`${paras.slice(0, 6).join('')}<p class="image-credits">Waves break over the old harbour wall at dawn, seen from the lighthouse.</p><div class="promo-box"><p>Winter offer: half price on all print editions until Sunday.</p><p>Order by phone or at the front desk.</p></div>${paras.slice(6).join('')}`);
    expect(a.text).toContain('Paragraph 12 of the story');
    expect(a.text).not.toMatch(/Waves break|Winter offer|front desk/);
  });

  it('makes no summary bullet of a heading in the article', () => {
    const a = run(`<h2>Why the harbour needs a wall at all</h2>${story}`);
    expect(a.text.split('\n\n')[0]).toBe('Why the harbour needs a wall at all');
    expect(a.summary).toHaveLength(3);
    expect(a.summary.join(' ')).not.toContain('Why the harbour needs');
  });

  it('drops a named <div> of bare text, which Readability turns into an unnamed paragraph', () => {
    const a = run(`${paras.slice(0, 6).join('')}<div class="media-caption">Waves break over the old harbour wall at dawn, seen from the lighthouse.</div><div class="noprint">From Harbourpedia, the free encyclopedia</div>${paras.slice(6).join('')}`);
    expect(a.text.split('\n\n')).toHaveLength(12);
    expect(a.text).not.toMatch(/Waves break|free encyclopedia/);
  });

  it('starts the summary at the story, past an infobox of links longer than the candidates it reads', () => {
    // Forty-five linked names and figures before the first sentence, as a Wikipedia infobox sets them.
    const infobox = Array.from({ length: 45 }, (_, i) => `<li><a href="/wiki/${i}">Harbour district ${i + 1}</a></li>`).join('');
    const a = run(`<ul class="infobox">${infobox}</ul>${story}`);
    expect(a.summary).toHaveLength(3);
    expect(a.summary[0]).toContain('Paragraph 1 of the story');
    expect(a.summary.join(' ')).not.toContain('Harbour district');
  });

  it('keeps a whole story whose wrapper carries a share widget’s id', () => {
    const a = run(`<div class="text-wrapper" id="gigya-share-btns-2_gig_containerParent">${story}</div>`);
    expect(a.notArticle).toBeNull();
    expect(a.text.split('\n\n')).toHaveLength(12);
  });
});

describe('analyzeDocument contracts', () => {
  it('never changes the document it reads', () => {
    const doc = parseDocument(sampleHtml);
    const before = doc.documentElement.outerHTML;
    analyzeDocument(doc, { url, now });
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('gives the same answer twice (deterministic)', () => {
    const one = analyzeDocument(parseDocument(sampleHtml), { url, now });
    const two = analyzeDocument(parseDocument(sampleHtml), { url, now });
    expect(two).toEqual(one);
  });

  it('returns a notArticle reason, not an exception, for a page without an article', () => {
    const doc = parseDocument('<html><head><title>Search</title></head><body><form><input name=q></form><a href="/">Home</a></body></html>');
    const a = analyzeDocument(doc, { url: 'https://example.com/search', now });
    expect(a.notArticle?.reason).toMatch(/no-content|too-short/);
    expect(a.notArticle?.message).toMatch(/article/);
    expect(a.summary).toEqual([]);
    expect(a.title).toBe('Search');
  });

  it('summarizes a selection instead of the article, keeping the page metadata', () => {
    const selection = 'The council approved the budget on Monday. It includes new money for buses. Critics said it was too small. The vote was 7 to 2.';
    const a = analyzeDocument(parseDocument(sampleHtml), { url, now, selection, settings: { summarySentences: 3 } });
    expect(a.source.siteName).toBe('The Bharat Ledger');
    expect(a.summary).toHaveLength(3);
    expect(a.summary.every((s) => selection.includes(s))).toBe(true);
  });

  it('treats hostile markup as text: scripts and handlers never reach the output as markup', () => {
    const hostile = sampleHtml
      .replace('<h1>Kerala', '<h1><img src=x onerror="alert(1)">Kerala')
      .replace('<p>The pilot covers', '<p><script>alert(2)</script>The pilot covers');
    const a = analyzeDocument(parseDocument(hostile), { url, now });
    expect(JSON.stringify(a)).not.toMatch(/onerror|<script/);
    expect(a.text).not.toMatch(/alert\(/);
  });

  it('analyzes a huge page (about 1.5 MB, 250,000 words) without failing', () => {
    const para = '<p>' + 'The committee met again today to discuss the harbour plan and its costs. '.repeat(40) + '</p>';
    const huge = `<html><head><title>Long report</title></head><body><article><h1>Long report</h1>${para.repeat(500)}</article></body></html>`;
    expect(huge.length).toBeGreaterThan(1_400_000);
    const a = analyzeDocument(parseDocument(huge), { url: 'https://example.com/long', now, settings: { summarySentences: 3 } });
    expect(a.notArticle).toBeNull();
    expect(a.wordCount).toBeGreaterThan(250_000);
    expect(a.summary.length).toBeGreaterThan(0);
  });
});
