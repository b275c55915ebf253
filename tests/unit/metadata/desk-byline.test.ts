import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../cli/dom';
import { deskOf } from '../../../src/metadata/authors';
import { extractMetadata } from '../../../tools/core/halves';
import { runReadability } from '../../../src/text/collect';

const page = (lang: string, line: string) => `<!doctype html><html lang="${lang}"><head><title>Harbour plan approved</title></head><body>
<article><h1>Harbour plan approved</h1><p class="meta-line">${line}</p>
<p>${'The city council approved the harbour plan on Tuesday after a long debate about its cost and its effect on fishing. '.repeat(4)}</p>
<p>${'Officials said work would begin next spring and take three years, with most of the money coming from the state. '.repeat(4)}</p></article></body></html>`;

function authorsOf(html: string): string[] {
  const doc = parseDocument(html);
  return extractMetadata(doc, { url: 'https://news.example/a', now: new Date('2025-06-01T00:00:00Z'), readability: runReadability(doc) }).authors;
}

describe('a desk that signs the dateline', () => {
  it.each([
    ['en-IN', 'Ledger News Desk | Updated: 14-05-2025 18:42 IST | Created: 14-05-2025 16:05 IST', 'Ledger News Desk'],
    ['it', 'Redazione Esteri | Aggiornato: 14/05/2025 18:42', 'Redazione Esteri'],
    ['de', 'Redaktion Politik · Aktualisiert am 14.05.2025, 18:42 Uhr', 'Redaktion Politik'],
  ])('%s: "%s" is written by %s', (lang, line, desk) => {
    expect(authorsOf(page(lang, line))).toEqual([desk]);
  });

  it('is not confused with a section name or a line without a date', () => {
    expect(authorsOf(page('en', 'World News | Updated: 14-05-2025 18:42 IST'))).toEqual([]);
    expect(deskOf('News Desk | Share this story')).toBeNull();
    expect(deskOf('Desk 12 | 14-05-2025')).toBeNull();
  });
});

describe('contribution lines', () => {
  it('are credit, not authors', () => {
    const html = page('en', 'By Erin Cunningham | Updated: 18-03-2015 10:00').replace('</article>', '<p>Heba Habib contributed to this report.</p></article>');
    const doc = parseDocument(html);
    const m = extractMetadata(doc, { url: 'https://news.example/a', now: new Date('2025-06-01T00:00:00Z'), readability: runReadability(doc) });
    expect(m.credit).toBe('Heba Habib contributed to this report.');
    expect(m.authors).not.toContain('Heba Habib');
  });
});
