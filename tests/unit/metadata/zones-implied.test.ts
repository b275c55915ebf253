/**
 * Zones the page states away from the time itself, and the day/month order its other dates settle
 * (issue #14): a machine value with a zone word ("2024-03-05 10:07:01.000000 CEST", "… UTC"), a page
 * that names its zone on one line only, and an ambiguous "05/04/2025" read in the order that its
 * metadata, its URL or its zone confirms.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../cli/dom';
import { extractMetadata } from '../../../tools/core/halves';

const read = (html: string, url: string) =>
  extractMetadata(parseDocument(html), { url, now: new Date('2026-12-01T00:00:00Z'), readability: null }).times;

describe('a zone written as a word after a machine value', () => {
  const page = (value: string) =>
    read(
      `<!doctype html><html lang="es"><head><title>Noticia</title><meta itemprop="datePublished" content="${value}"></head><body><h1>Noticia</h1>
<p>El consejero reveló que había superado la enfermedad en marzo, tras semanas de aislamiento en su domicilio.</p></body></html>`,
      'https://www.diario.example.es/andalucia/895957/noticia/',
    );
  it('a named zone (CEST)', () => {
    expect(page('2020-05-06 10:07:01.000000 CEST').published?.iso).toBe('2020-05-06T10:07:01+02:00');
  });
  it('UTC and GMT+3', () => {
    // (The UTC instant, said in the zone of the site's country: .es, Madrid.)
    expect(page('2020-05-06 10:07:01 UTC').published?.iso).toBe('2020-05-06T12:07:01+02:00');
    expect(page('2020-05-06 10:07 GMT+3').published?.iso).toBe('2020-05-06T10:07:00+03:00');
  });
});

describe('one page, one zone', () => {
  it('a zone-less publication clock takes the zone the update line names (US, summer time)', () => {
    const t = read(
      `<!doctype html><html lang="en"><head><title>Storm hits the coast</title></head><body><article><h1>Storm hits the coast</h1>
<div class="byline">By Jane Roe</div><div class="timestamp">Published July 5, 2024 at 1:10 AM · Updated 3:33 AM ET, July 5, 2024</div>
<p>The storm made landfall overnight, knocking out power to tens of thousands of homes along the coast.</p></article></body></html>`,
      'https://www.channel.example.com/weather/storm-hits-the-coast',
    );
    expect(t.published?.iso).toBe('2024-07-05T01:10:00-04:00');
    expect(t.published?.timeZone).toBe('America/New_York');
    expect(t.modified?.iso).toBe('2024-07-05T03:33:00-04:00');
  });
});

describe('day/month order of an ambiguous numeric date', () => {
  const page = (line: string, url: string, head = '') =>
    read(
      `<!doctype html><html lang="en"><head><title>Council approves budget</title>${head}</head><body><h1>Council approves budget</h1>
<p class="date">${line}</p><p>The council voted seven to two in favour of the plan after a debate that went on past midnight.</p></body></html>`,
      url,
    );
  it('the URL’s day settles it, with no note', () => {
    const t = page('05/04/2025', 'https://www.gazette.example.com/2025/04/05/council-approves-budget/').published;
    expect(t?.iso).toBe('2025-04-05');
    expect(t?.note).toBeUndefined();
    expect(page('05/04/2025', 'https://www.gazette.example.com/2025/05/04/council-approves-budget/').published?.iso).toBe('2025-05-04');
  });
  it('a US zone on the line settles it month first', () => {
    expect(page('05/04/2025 10:30 AM ET', 'https://www.gazette.example.com/news/council').published?.iso).toBe('2025-05-04T10:30:00-04:00');
  });
  it('an Australian zone settles it day first', () => {
    expect(page('05/06/2025 10:30 AEST', 'https://www.gazette.example.com/news/council').published?.iso).toBe('2025-06-05T10:30:00+10:00');
  });
  it('undecided, it says so', () => {
    expect(page('05/04/2025', 'https://www.gazette.example.com/news/council').published?.note).toBe('day/month order');
  });
});
