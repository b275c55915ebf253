/**
 * When the page's dates disagree, the one it shows decides (issue #14): machine sources that
 * disagree, a bare "date" meta tag against the dated line under the headline, a caption's day without
 * a year against the full date; and a page whose only date is a line of its own, found page-wide.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../cli/dom';
import { extractMetadata } from '../../../tools/core/halves';

const read = (html: string, url: string) =>
  extractMetadata(parseDocument(html), { url, now: new Date('2026-12-01T00:00:00Z'), readability: null }).times;

const story = '<p>Der erste Absatz der Geschichte ist lang genug, um ein Absatz zu sein, und er geht noch eine ganze Weile so weiter.</p>';

describe('machine sources that disagree', () => {
  it('the one the shown date and clock agree with wins over a higher-ranked JSON-LD (German magazine)', () => {
    const t = read(
      `<!doctype html><html lang="de-DE"><head><title>Kampagne polarisiert</title>
<meta property="article:published_time" content="2023-11-06T14:25:00+00:00"><meta property="article:modified_time" content="2023-11-06T14:26:51+00:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Kampagne polarisiert","datePublished":"2023-11-03T10:25:56+00:00","dateModified":"2023-11-06T14:26:51+00:00"}</script>
</head><body><article><h1>Kampagne polarisiert</h1><div class="entry-meta">Von Katharina Schmidt · Kategorien: Mode
<time class="updated entry-date" datetime="2023-11-06T15:25:00+01:00">6. November 2023, 15:25 Uhr</time></div>${story}</article></body></html>`,
      'https://magazin.example.de/news/kampagne-polarisiert/',
    );
    expect(t.published?.iso).toBe('2023-11-06T15:25:00+01:00');
    expect(t.published?.signal).toBe('meta:article:published_time');
  });

  // (Issue #14: the date a page presents is THE date its readers cite; labelled days of real pages agree.)
  const goats = (line: string): ReturnType<typeof read> =>
    read(
      `<!doctype html><html lang="en-GB"><head><title>Goats ruled the island</title>
<meta property="article:published_time" content="2020-01-03T09:48:24Z"><meta property="article:modified_time" content="2020-01-06T09:22:36Z">
</head><body><article><h1>Goats ruled the island</h1><div class="date">${line}</div>
<p>It takes four hours to sail to the island, but only two minutes of wandering around before the first lizard appears.</p></article></body></html>`,
      'https://www.magazine.example/environment/goats',
    );

  it('dates the page by its update when that is the only day it shows, unlabelled (English)', () => {
    const t = goats('Monday, 6 January 2020');
    expect(t.published?.iso).toBe('2020-01-06T09:22:36+00:00');
    expect(t.published?.signal).toBe('meta:article:modified_time');
  });

  // (Labelled days of real pages, dates/ corpus: cnn's "Updated 2010 GMT (0410 HKT) March 14, 2021" and
  // hellogiggles' "Updated Mar 12, 2020" are labelled with the update's day; no metadata/ page changes.)
  it('dates the page by its update when the page shows only that, labelled as the update (English)', () => {
    expect(goats('Last updated Monday, 6 January 2020').published?.iso.slice(0, 10)).toBe('2020-01-06');
  });

  it('keeps the metadata’s publication when a <time> of the labelled line shows the day again bare', () => {
    // (metadata/ labels, androidcentral: the structured publication is the one labelled there.)
    expect(goats('Last updated <time datetime="2020-01-06T09:22:36Z">6 January 20</time>').published?.iso.slice(0, 10)).toBe('2020-01-03');
  });

  it('keeps the metadata’s publication when the page shows that day too, beside its update', () => {
    expect(goats('Published 3 January 2020 · Last updated Monday, 6 January 2020').published?.iso.slice(0, 10)).toBe('2020-01-03');
  });
});

describe('weak dates give way to the one shown', () => {
  it('a bare "date" meta tag without a clock, against the dated byline under the headline', () => {
    const t = read(
      `<!doctype html><html lang="de"><head><title>Faire Lieferketten</title><meta name="date" content="2020-02-12"></head><body>
<h1>Faire Lieferketten</h1><div class="news-meta">05.02.2020 - Redaktion: Eberhard Fuhr</div>${story}</body></html>`,
      'https://www.jugendwerk.example.de/aktuell/news/faire-lieferketten/',
    );
    expect(t.published?.iso).toBe('2020-02-05');
  });

  it('a caption’s day without a year, against the full date of the story', () => {
    const t = read(
      `<!doctype html><html lang="de"><head><title>Das Phantom</title></head><body><article><h1>Das Phantom</h1>
<figure><figcaption>Bei einer Rede in Peking, 23. Oktober. Bild: Agentur</figcaption></figure><div class="date">26.10.2023</div>${story}</article></body></html>`,
      'https://wochenzeitung.example/artikel/2023/43/das-phantom',
    );
    expect(t.published?.iso).toBe('2023-10-26');
  });
});

describe('a date line found page-wide', () => {
  const page = (line: string) =>
    read(
      `<!doctype html><html lang="en"><head><title>Word of the day</title></head><body><div id="logo"><a href="/"><img src="/logo.gif" alt="Words"></a></div>
<div class="main"><p><b>maudlin</b></p><p>${line}</p><p>PRONUNCIATION: (MAUD-lin)</p><p>MEANING: adjective: Excessively sentimental, especially from being drunk.</p></div></body></html>`,
      'https://words.example.org/words/maudlin.html',
    );
  it('dates the page when it is nothing but a date', () => {
    expect(page('Apr 7, 2009').published?.iso).toBe('2009-04-07');
  });
  it('does not when it is a sentence with a date', () => {
    expect(page('The word was first used on Apr 7, 1609 in a play').published).toBeNull();
  });
  it('a dated byline ("von Name 31.10.2023")', () => {
    const t = read(
      `<!doctype html><html lang="de-DE"><head><title>Blog</title></head><body><div class="header"><a href="/">Blog</a></div>
<div><span>von Fred Hüning 31.10.2023</span></div><p>Schöne Pferde auf Hinterhöfen, und eine Ausstellung, die am Freitag beginnt und bis Dezember läuft.</p></body></html>`,
      'https://blogs.zeitung.example/fkk/schoene-pferde/',
    );
    expect(t.published?.iso).toBe('2023-10-31');
  });
});
