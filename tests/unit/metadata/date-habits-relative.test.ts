/**
 * Date habits of the sixth held-out round of the written set (issue #14): a relative time on the
 * page ("vor 3 Std.", "hace 2 horas") whose instant is in a data-* attribute or an AMP
 * <amp-timeago>; a relative time never outranks a machine one; Corriere's "(modifica il …)";
 * Japanese portals' "11/17(火) 15:05配信" with no year.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../cli/dom';
import { extractMetadata } from '../../../tools/core/halves';
import { timesUnderHeadline } from './meta-line';

const read = (lang: string, lines: string, url: string) => timesUnderHeadline(lang, lines, url);

describe('relative times whose instant the page keeps elsewhere', () => {
  it('epoch seconds in data-timestamp behind "vor 3 Std.", the update labelled by its class', () => {
    const t = read(
      'de',
      '<span class="article-date" data-timestamp="1794894000">vor 3 Std.</span> <span class="article-updated" data-timestamp="1794903300">vor 25 Min.</span>',
      'https://www.bergzeitung.example.at/salzburg/seilbahn',
    );
    expect(t.published?.iso).toBe('2026-11-17T06:40:00+01:00');
    expect(t.modified?.iso).toBe('2026-11-17T09:15:00+01:00');
  });

  it('epoch milliseconds in data-publish-date behind "hace 2 horas" (Madrid time in summer)', () => {
    const t = read('es', '<p class="fecha" data-publish-date="1791261600000">hace 2 horas</p>', 'https://www.diariocentro.example.es/madrid/metro');
    expect(t.published?.iso).toBe('2026-10-06T06:40:00+02:00');
  });

  it('a ten-digit id in a data-* attribute that names no time is not a date', () => {
    const t = read('en', '<p class="byline" data-article-id="1794894000">By Jo Reed</p>', 'https://www.example.com/news/story');
    expect(t.published).toBeNull();
  });

  it('AMP’s <amp-timeago>: its datetime, not its relative fallback text; "Actualizado" before the second', () => {
    const t = read(
      'es',
      '<amp-timeago layout="fixed" width="160" height="20" datetime="2026-06-12T07:05:00Z" locale="es">hace 3 horas</amp-timeago> · Actualizado <amp-timeago layout="fixed" width="160" height="20" datetime="2026-06-12T09:20:00Z" locale="es">hace 45 minutos</amp-timeago>',
      'https://www.elnorte.example.es/sociedad/calor',
    );
    expect(t.published?.iso).toBe('2026-06-12T09:05:00+02:00');
    expect(t.modified?.iso).toBe('2026-06-12T11:20:00+02:00');
  });

  it('a relative line does not outrank a second <time datetime> of the page', () => {
    const t = read(
      'en',
      '<p class="ago">2 hours ago</p><p>Filed <time datetime="2026-11-20T14:05:00-05:00">Nov. 20</time></p>',
      'https://www.rivertown.example.com/news/bridge',
    );
    expect(t.published?.iso).toBe('2026-11-20T14:05:00-05:00');
  });

  it('with nothing else on the page, a relative time still stands in (counted back from now)', () => {
    const t = read('en', '<p class="date">2 hours ago</p>', 'https://www.rivertown.example.com/news/ferry');
    expect(t.published?.iso.slice(0, 10)).toBe('2026-11-30');
  });
});

describe('update lines and dates without a year', () => {
  it('Italian "16 aprile 2026 - 21:30 (modifica il 17 aprile 2026 | 07:55)"', () => {
    const t = read('it', '<p class="is-last-update">3 marzo 2026 - 18:40 (modifica il 4 marzo 2026 | 09:05)</p>', 'https://www.cronacadelnord.example.it/milano/metro');
    expect(t.published?.iso).toBe('2026-03-03T18:40:00+01:00');
    expect(t.modified?.iso).toBe('2026-03-04T09:05:00+01:00');
  });

  it('Japanese "11/17(火) 6:40配信", the year from the address’s day', () => {
    const t = read('ja', '<p class="source">北陸ニュース</p><time>11/17(火) 6:40配信</time>', 'https://news.portal.example.jp/articles/20261117-00000012-hokuriku');
    expect(t.published?.iso).toBe('2026-11-17T06:40:00+09:00');
  });

  it('NHK’s "11月17日 6時40分" and a Chinese "发布时间：11月17日 06:40", no year: the most recent past one', () => {
    expect(read('ja', '<p class="date">11月17日 6時40分</p>', 'https://www3.kokonews.example.jp/news/k100123').published?.iso).toBe('2026-11-17T06:40:00+09:00');
    expect(read('zh', '<p class="info">发布时间：11月17日 06:40　来源：本报</p>', 'https://www.chengshi.example.cn/news/a12.html').published?.iso).toBe('2026-11-17T06:40:00+08:00');
  });

  it('a month and day without a clock ("11月7日に開幕") is an event, not the page’s date', () => {
    expect(read('ja', '<p class="lead-date">11月7日に開幕</p>', 'https://www3.kokonews.example.jp/news/k100124').published).toBeNull();
  });

  it('month/day without a weekday is not read as a date ("3/10" is a score or a fraction)', () => {
    const t = read('ja', '<p class="note">打率 3/10</p>', 'https://news.portal.example.jp/sports/baseball');
    expect(t.published).toBeNull();
  });
});

describe('a local clock labelled Z beside the true instant', () => {
  const page = (ld: string, meta: string, url: string) =>
    extractMetadata(
      parseDocument(`<!doctype html><html lang="en"><head><title>Council backs new ferry route</title>
<meta property="article:published_time" content="${meta}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council backs new ferry route","datePublished":"${ld}"}</script>
</head><body><article><h1>Council backs new ferry route</h1><p class="byline">By Kim Lo</p>
<p>${'The council voted on Tuesday night to back a new ferry route across the river, after months of debate. '.repeat(3)}</p></article></body></html>`),
      { url, now: new Date('2026-12-01T00:00:00Z'), readability: null },
    ).times;

  it('JSON-LD "…07:25:06Z" and meta "…21:25:06+00:00" the day before, ten hours apart on an Australian site: the instant, in its zone', () => {
    const t = page('2025-06-14T07:25:06Z', '2025-06-13T21:25:06+00:00', 'https://www.harbourdaily.example.com.au/news/ferry-route');
    expect(t.published?.iso).toBe('2025-06-14T07:25:06+10:00');
  });

  it('two UTC values apart by another span than the zone’s offset are left as the ranking has them', () => {
    const t = page('2025-06-14T07:25:06Z', '2025-06-14T04:25:06+00:00', 'https://www.harbourdaily.example.com.au/news/ferry-route');
    expect(t.published?.iso).toBe('2025-06-14T17:25:06+10:00');
  });
});

describe('a page that shows no date of its own', () => {
  it('only a copyright line and a range of years: no date, not the copyright year', () => {
    const html = `<!doctype html><html lang="en"><head><title>About our river walks</title></head><body><header><a href="/">Riverside Trust</a></header>
<main><h1>About our river walks</h1><p class="meta">Updated regularly · 12 walks</p><p>${'Our volunteers lead walks along the river every weekend, rain or shine, and everyone is welcome to join. '.repeat(3)}</p></main>
<footer><p class="copyright">© 2024 Riverside Trust · Copyright 2009–2024 · Registered charity 1123456</p></footer></body></html>`;
    const t = extractMetadata(parseDocument(html), { url: 'https://www.riversidetrust.example.org/walks', now: new Date('2026-12-01T00:00:00Z'), readability: null }).times;
    expect(t.published).toBeNull();
    expect(t.modified).toBeNull();
  });
});
