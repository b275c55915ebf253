/**
 * The visible "Updated: …" line as the update time (issue #14), in several languages: also on a page
 * whose structured data states the publication instant but no update, and with the label after
 * the date as Japanese pages write it. The metadata's own update, where there is one, wins.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../cli/dom';
import { extractMetadata } from '../../../tools/core/halves';

const read = (lang: string, head: string, line: string, url: string) =>
  extractMetadata(
    parseDocument(`<!doctype html><html lang="${lang}"><head><title>Headline</title>${head}</head><body><main><article>
<h1>Headline of the story</h1><div class="article-meta">${line}</div>
<p>The first paragraph of the story is long enough to be a paragraph of the story, and it goes on for a while longer.</p>
</article></main></body></html>`),
    { url, now: new Date('2026-12-01T00:00:00Z'), readability: null },
  ).times;

const ld = (published: string, modified?: string) =>
  `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Headline of the story",` +
  `"datePublished":"${published}"${modified ? `,"dateModified":"${modified}"` : ''}}</script>`;

describe('the visible update line', () => {
  it('German: "Aktualisiert am …" beside a JSON-LD publication instant', () => {
    const t = read('de', ld('2024-03-05T09:12:00+01:00'), 'Veröffentlicht am 05.03.2024, 09:12 Uhr · Aktualisiert am 05.03.2024, 14:30 Uhr', 'https://www.zeitung.de/politik/haushalt-123.html');
    expect(t.published?.iso).toBe('2024-03-05T09:12:00+01:00');
    expect(t.modified?.iso).toBe('2024-03-05T14:30:00+01:00');
    expect(t.modified?.signal).toBe('text:Aktualisiert');
  });

  it('French: "Mis à jour le … à 18h05"', () => {
    const t = read('fr', ld('2024-03-04T09:12:00+01:00'), 'Publié le 4 mars 2024 à 09h12 · Mis à jour le 4 mars 2024 à 18h05', 'https://www.journal.fr/societe/article/2024/03/04/greve_123.html');
    expect(t.modified?.iso).toBe('2024-03-04T18:05:00+01:00');
  });

  it('French: "Dernière mise à jour : …"', () => {
    const t = read('fr', ld('2024-03-04T09:12:00+01:00'), 'Publié le 4 mars 2024 — Dernière mise à jour : 5 mars 2024 à 07h40', 'https://www.journal.fr/societe/greve_124.html');
    expect(t.modified?.iso).toBe('2024-03-05T07:40:00+01:00');
  });

  it('Japanese: the label after the date ("2024年3月5日 18:05 更新")', () => {
    const t = read('ja', ld('2024-03-05T10:00:00+09:00'), '2024年3月5日 10:00 公開 ／ 2024年3月5日 18:05 更新', 'https://www.shimbun.jp/articles/20240305-1');
    expect(t.published?.iso).toBe('2024-03-05T10:00:00+09:00');
    expect(t.modified?.iso).toBe('2024-03-05T18:05:00+09:00');
  });

  it('Polish: "Opublikowano: …" and "Aktualizacja: …" with no structured data', () => {
    const t = read('pl', '', 'Opublikowano: 12.03.2024 09:15 | Aktualizacja: 12.03.2024 11:40', 'https://www.gazeta.pl/kraj/artykul-123.html');
    expect(t.published?.iso.slice(0, 16)).toBe('2024-03-12T09:15');
    expect(t.published?.signal).toBe('text:Opublikowano');
    expect(t.modified?.iso.slice(0, 16)).toBe('2024-03-12T11:40');
    expect(t.modified?.signal).toBe('text:Aktualizacja');
  });

  it('the metadata’s own update wins over the line', () => {
    const t = read('de', ld('2024-03-05T09:12:00+01:00', '2024-03-05T15:02:00+01:00'), 'Aktualisiert am 05.03.2024, 14:30 Uhr', 'https://www.zeitung.de/politik/haushalt-125.html');
    expect(t.modified?.iso).toBe('2024-03-05T15:02:00+01:00');
  });
});

describe('labels that say which date a line is', () => {
  it('"Datum:" dates a German page that has no other date', () => {
    const t = read('de', '', 'Pressemitteilung · Datum: 26.01.2022', 'https://www.behoerde.de/presse/messenger.html');
    expect(t.published?.iso).toBe('2022-01-26');
    expect(t.published?.signal).toBe('text:Datum');
  });

  it('"Fecha:" dates a Spanish page', () => {
    const t = read('es', '', 'Fecha: 14/03/2024', 'https://www.ayuntamiento.es/noticias/obras');
    expect(t.published?.iso).toBe('2024-03-14');
  });
});
