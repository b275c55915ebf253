import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../cli/dom';
import { runReadability } from '../../../src/text/collect';
import { extractMetadata } from '../../../tools/core/halves';

const NOW = new Date('2025-04-28T12:00:00Z');

function load(name: string, url = `https://example.com/news/${name}`) {
  const doc = parseDocument(readFileSync(new URL(`../../fixtures/metadata/${name}.html`, import.meta.url), 'utf8'));
  return extractMetadata(doc, { url, now: NOW, readability: runReadability(doc) });
}

describe('page fixtures', () => {
  it('seed page: visible "Created … IST" in India, desk byline, agency credit, decoys ignored', () => {
    const m = load('seed-devdiscourse', 'https://www.devdiscourse.com/article/politics/3364123-north-korea-admits');
    expect(m.times.published).toMatchObject({ iso: '2025-04-28T09:57:00+05:30', zone: 'IST', timeZone: 'Asia/Kolkata', signal: 'text:Created' });
    expect(m.times.modified?.iso).toBe('2025-04-28T09:57:00+05:30');
    expect(m.authors).toEqual(['Devdiscourse News Desk']);
    expect(m.credit).toContain('With inputs from agencies');
    expect(m.source).toMatchObject({ siteName: 'Devdiscourse', domain: 'devdiscourse.com' });
  });

  it('JSON-LD @graph with @id references; a malformed block does not hide it', () => {
    const m = load('jsonld-graph-ids');
    expect(m.times.published).toMatchObject({ iso: '2024-11-05T08:30:00+00:00', signal: 'json-ld:datePublished' });
    expect(m.times.modified?.iso).toBe('2024-11-05T10:15:00+00:00');
    expect(m.authors).toEqual(['Jane Doe', 'John Roe']);
    expect(m.source.publisher).toBe('Example Times Ltd');
  });

  it('JSON-LD mainEntity with a type array beats the WebPage', () => {
    const m = load('jsonld-mainentity-typearray');
    expect(m.times.published?.iso).toBe('2024-09-12T06:00:00-05:00');
    expect(m.times.modified?.iso).toBe('2024-09-12T14:45:00-05:00');
    expect(m.authors).toEqual(['Weather Desk']);
  });

  it('article:* meta tags, meta author, application-name', () => {
    const m = load('meta-only');
    expect(m.times.published).toMatchObject({ iso: '2023-06-07T20:54:26+00:00', precision: 'second', hasOffset: true });
    expect(m.times.modified?.iso).toBe('2023-06-08T09:00:00+00:00');
    expect(m.authors).toEqual(['Alex Heath']);
    expect(m.source.siteName).toBe('Market Wire');
  });

  it('parsely-pub-date ranks above sailthru.date', () => {
    const m = load('meta-parsely-sailthru');
    expect(m.times.published?.signal).toBe('meta:parsely-pub-date');
    expect(m.authors).toEqual(['Jane Doe']);
  });

  it('citation_publication_date with slashes, DC.creator', () => {
    const m = load('meta-dc-citation');
    expect(m.times.published).toMatchObject({ iso: '2014-12-15', precision: 'day' });
    expect(m.authors).toEqual(['Ada Lovelace']);
  });

  it('drops a modified time earlier than published', () => {
    const m = load('modified-before-published');
    expect(m.times.published?.iso).toBe('2024-05-02T10:00:00+02:00');
    expect(m.times.modified).toBeNull();
  });

  it('drops a time far in the future', () => {
    expect(load('far-future').times.published).toMatchObject({ iso: '2025-04-01', signal: 'meta:date' });
  });

  it('microdata itemprop and <time datetime>, French byline prefix', () => {
    const m = load('microdata');
    expect(m.times.published).toMatchObject({ iso: '2015-04-30T07:19:58+02:00', signal: 'itemprop:datePublished' });
    expect(m.times.modified?.iso).toBe('2015-04-30T07:38:17+02:00');
    expect(m.authors).toEqual(['Sébastien Farcis']);
    expect(m.source.siteName).toBe('Le Quotidien');
  });

  it('ignores <time> in related lists and comments, and dates in the story', () => {
    const m = load('time-element-related-decoy');
    expect(m.times.published?.iso).toBe('2025-03-04T16:20:00-05:00');
    expect(m.authors).toEqual(['Maria Lopez']);
  });

  it('German "Stand" is an update; two authors joined by "und"; story and footer dates ignored', () => {
    const m = load('german-stand');
    expect(m.times.modified).toMatchObject({ iso: '2024-03-14T18:05:00', hasOffset: false, signal: 'text:Stand' });
    // Only an update time on the page: it is the best evidence of the day, kept as a weak published.
    expect(m.times.published?.iso).toBe('2024-03-14T18:05:00');
    expect(m.authors).toEqual(['Anna Schmidt', 'Peter Müller']);
  });

  it('a German page on a .de domain: the zone-less clock is local (CEST by Intl)', () => {
    const m = load('german-local-zone', 'https://www.zeitung-beispiel.de/politik/wahl');
    expect(m.times.published).toMatchObject({ iso: '2023-10-08T19:30:00+02:00', timeZone: 'Europe/Berlin' });
  });

  it('French labels: publié / mis à jour with 09h57', () => {
    const m = load('french-text');
    expect(m.times.published?.iso).toBe('2024-06-12T09:57:00');
    expect(m.times.modified?.iso).toBe('2024-06-12T18:05:00');
  });

  it('Spanish update with CET', () => {
    expect(load('spanish-text').times.modified?.iso).toBe('2024-01-05T14:20:00+01:00');
  });

  it('Japanese 午後 clock', () => {
    expect(load('japanese-text').times.published?.iso).toBe('2024-09-01T15:20:00');
  });

  it('Korean 입력 / 수정 with KST', () => {
    const m = load('korean-text');
    expect(m.times.published?.iso).toBe('2025-04-28T09:57:00+09:00');
    expect(m.times.modified?.iso).toBe('2025-04-28T11:02:00+09:00');
  });

  it('Chinese page: CST is China Standard Time', () => {
    expect(load('chinese-text').times.published).toMatchObject({ iso: '2017-03-10T08:42:00+08:00', timeZone: 'Asia/Shanghai' });
  });

  it('Russian МСК', () => {
    expect(load('russian-text').times.published?.iso).toBe('2024-03-03T18:30:00+03:00');
  });

  it('relative time from now', () => {
    expect(load('relative-time').times.published?.iso).toBe('2025-04-28T10:00:00+00:00');
  });

  it('says when numeric day/month order is undecidable', () => {
    expect(load('ambiguous-order').times.published).toMatchObject({ iso: '2024-04-05', note: 'day/month order' });
  });

  it('decides day/month order from another date on the page', () => {
    const m = load('order-from-other-dates');
    expect(m.times.published?.iso).toBe('2024-04-05');
    expect(m.times.published?.note).toBeUndefined();
  });

  it('URL date is a day-level fallback; title suffix and favicon', () => {
    const m = load('url-fallback', 'https://blog.example.org/2019/03/07/only-the-url-knows/');
    expect(m.times.published).toMatchObject({ iso: '2019-03-07', signal: 'url', precision: 'day' });
    expect(m.source.siteName).toBe('The Blog');
    expect(m.source.faviconUrl).toBe('https://blog.example.org/static/icon.png');
  });

  it('byline with an agency: two people, agency and reporting lines as credit', () => {
    const m = load('byline-agency');
    expect(m.authors).toEqual(['Jane Doe', 'John Roe']);
    expect(m.credit).toContain('Reuters');
    expect(m.credit).toContain('Additional reporting by Max Mustermann');
  });

  it('IST on an Irish page is Irish Standard Time (summer, +01:00)', () => {
    const m = load('ireland-ist', 'https://www.example.ie/news/dublin-traffic');
    expect(m.times.modified).toMatchObject({ iso: '2024-07-01T08:15:00+01:00', timeZone: 'Europe/Dublin' });
  });

  it('a weekday glued between the name and the date is not part of the name', () => {
    const m = load('byline-weekday');
    expect(m.authors).toEqual(['Joe Wee']);
    expect(m.times.published?.iso).toBe('2016-02-29T23:10:00+00:00');
  });

  it('dates in an infobox or a reference list are not the publication', () => {
    expect(load('infobox-founded').times.published).toBeNull();
  });

  it('a labelled date in a table of facts still counts; the unlabelled one does not', () => {
    expect(load('table-labelled').times.published?.iso).toBe('2024-03-03');
  });

  it('a layout table around the headline is not a table of facts', () => {
    expect(load('layout-table').times.published?.iso).toBe('2024-03-03');
  });
});
