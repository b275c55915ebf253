/**
 * Kinds of publication dates the labelled corpus showed us missing or wrong (issue #14), each on a
 * small realistic page: Arabic month names (the Egyptian and the Levantine sets, "مساءً"), years
 * written with two digits after a month word, the date of an embedded post inside a quotation, and a
 * decoy's class name ("teaser") on the headline's own box.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../cli/dom';
import { extractMetadata } from '../../../tools/core/halves';

const STORY = `<p>${'Ein langer Absatz, der die Geschichte beginnt und noch eine Weile weitergeht, mit allem, was dazugehört. '.repeat(3)}</p>`;
const read = (lang: string, body: string, url = 'https://news.example.org/story/1234') =>
  extractMetadata(parseDocument(`<!doctype html><html lang="${lang}"><head><title>Page</title></head><body>${body}</body></html>`), {
    url,
    now: new Date('2026-12-01T00:00:00Z'),
    readability: null,
  }).times;

describe('Arabic month names', () => {
  it('Levantine and Egyptian names paired, with an evening clock ("مساءً")', () => {
    const t = read('ar', `<h1>أميركا: 50 ألفا حصيلة الوفيات</h1><div class="meta">تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً</div>${STORY}`);
    expect(t.published?.iso.slice(0, 16)).toBe('2020-04-24T21:22');
  });
  it('an Egyptian name alone, with a morning clock ("ص")', () => {
    const t = read('ar', `<h1>افتتاح المعرض</h1><div class="date">نشر في 3 مارس 2022 10:05 ص</div>${STORY}`);
    expect(t.published?.iso.slice(0, 16)).toBe('2022-03-03T10:05');
  });
  it('a Levantine name in two words ("تشرين الأول" is October, "كانون الثاني" January)', () => {
    expect(read('ar', `<h1>الانتخابات البلدية</h1><div class="date">5 تشرين الأول 2019</div>${STORY}`).published?.iso).toBe('2019-10-05');
    expect(read('ar', `<h1>الانتخابات البلدية</h1><div class="date">12 كانون الثاني 2021</div>${STORY}`).published?.iso).toBe('2021-01-12');
  });
});

describe('two-digit years after a month word', () => {
  it('Italian: "( Pescasseroli, 14 Gennaio 20 )" is 14 January 2020, not this year', () => {
    expect(read('it', `<h1>Orso marsicano: un anno da record</h1><div>( Pescasseroli, 14 Gennaio 20 )</div>${STORY}`).published?.iso).toBe('2020-01-14');
  });
  it('English: "Jan 5, \'21"', () => {
    expect(read('en', `<h1>Council votes on budget</h1><div class="byline">By Jane Roe | Jan 5, '21</div>${STORY}`).published?.iso).toBe('2021-01-05');
  });
  it('a clock or a word after the day is no year ("5 May 20:15", "May 3 12 people")', () => {
    const t = read('en', `<h1>Storm hits coast</h1><div class="date">May 3, 2024</div><div class="meta">Updated 5 May 20:15</div>${STORY}`);
    expect(t.published?.iso).toBe('2024-05-03');
    expect(t.modified?.iso.slice(0, 16)).toBe('2026-05-05T20:15');
  });
});

describe('a quotation dates what it quotes', () => {
  const embed = `<blockquote class="instagram-media"><p>Ein Beitrag geteilt von Vreni (@vreni) am <time datetime="2018-03-12T19:30:12+00:00">Mär 12, 2018 um 12:30 PDT</time></p></blockquote>`;
  it('German: an embedded post’s <time> is not the page’s date', () => {
    expect(read('de', `<h1>Was sich nach dem Urteil ändert</h1>${STORY}${embed}`).published).toBeNull();
  });
  it('the page’s own date still counts beside it', () => {
    const t = read('de', `<h1>Was sich nach dem Urteil ändert</h1><div class="date">29. Januar 2019</div>${STORY}${embed}`);
    expect(t.published?.iso).toBe('2019-01-29');
  });
});

describe('a decoy’s class name on the headline’s own box', () => {
  it('German: the figure "teaser" that holds the <h1> and its date line', () => {
    const t = read(
      'de',
      `<main><section class="news"><figure class="teaser"><img src="a.jpg" alt=""><figcaption>Foto: Sascha Klahn</figcaption>
<div class="info"><span class="date">02.02.2022</span> <span class="category">A-Frauen</span></div><h1>Erneuter Verzicht auf Regionallehrgang</h1></figure>${STORY}</section></main>`,
    );
    expect(t.published?.iso).toBe('2022-02-02');
  });
  it('German: a byline box named "teaser" beside the <h1>', () => {
    const t = read(
      'de',
      `<article><div class="col"><h1>Corona-Pandemie</h1><div class="teaser-small__metadata"><p class="byline__author">VON <a href="/autoren/x">MORITZ GATHMANN</a> am 21. April 2020</p></div>${STORY}</div></article>`,
    );
    expect(t.published?.iso).toBe('2020-04-21');
  });
  it('English: a teaser list away from the headline still dates nothing', () => {
    const t = read(
      'en',
      `<h1>Council votes on budget</h1>${STORY}<div class="teaser-list"><div class="teaser"><h2>Other story</h2><span class="date">March 3, 2021</span></div></div>`,
    );
    expect(t.published).toBeNull();
  });
});

describe('a wiki’s "last edited" line', () => {
  it('English: dates a page that says nothing else, as its update', () => {
    const t = read('en', `<h1>BeginnersGuide/Download</h1>${STORY}<p class="info">BeginnersGuide/Download (last edited 2019-11-10 13:28:18 by MatsWichmann)</p>`);
    expect(t.published?.iso.slice(0, 10)).toBe('2019-11-10');
    // (The label said whole, as the popup quotes it: "from the line 'last edited: …'".)
    expect(t.published?.signal).toBe('text:last edited');
  });
  it('German: "zuletzt bearbeitet am" beside a published date is the update', () => {
    const t = read('de', `<h1>Stammtisch</h1><div class="meta">Erstellt am 2. März 2020, zuletzt bearbeitet am 9. März 2020</div>${STORY}`);
    expect(t.published?.iso).toBe('2020-03-02');
    expect(t.modified?.iso).toBe('2020-03-09');
  });
});

describe('a date shown only in a <time> element', () => {
  it('German: "25.01.2022" shown wins over a day-only meta tag that says 15 January', () => {
    const page = `<!doctype html><html lang="de-CH"><head><title>Schneesport</title><meta property="og:article:published_time" content="2022-01-15"></head><body>
<h1>Schneesport mit Rücksicht auf Wildtiere</h1><span class="label"><time datetime="2022-01-25">25.01.2022</time></span>${STORY}</body></html>`;
    const t = extractMetadata(parseDocument(page), { url: 'https://club.example.ch/de/umwelt/schneesport-35334/', now: new Date('2026-12-01T00:00:00Z'), readability: null }).times;
    expect(t.published?.iso).toBe('2022-01-25');
  });
  it('English: <time> elements of several days are a list of stories, not the page’s date', () => {
    const page = `<!doctype html><html lang="en"><head><title>Scooters</title><meta property="article:published_time" content="2020-02-19T05:00:00-05:00"></head><body>
<h1>Scooters return to the city</h1>${STORY}<ul><li><span class="specs"><time datetime="2019-09-14">September 14, 2019</time></span></li><li><span class="specs"><time datetime="2019-12-03">December 3, 2019</time></span></li></ul></body></html>`;
    const t = extractMetadata(parseDocument(page), { url: 'https://news.example.org/scooters', now: new Date('2026-12-01T00:00:00Z'), readability: null }).times;
    expect(t.published?.iso.slice(0, 10)).toBe('2020-02-19');
  });
});
