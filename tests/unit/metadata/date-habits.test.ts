/**
 * Date habits of the third held-out round of the written set (issue #14): digits of any script
 * (Bengali, Devanagari) with month names Intl knows for the page's language (Czech, Turkish, Hindi);
 * verb-framed lines whose participle follows the date ("wurde am … gepostet", "is op … gepubliceerd");
 * an update said as a clock alone after the publication's date ("· Update 10.03 uur", "Mis à jour à
 * 13 h 05"); North American zones in words ("4:15 p.m. Pacific Time"); a <time> element without a
 * datetime, read in the site's country's zone.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../cli/dom';
import { extractMetadata } from '../../../tools/core/halves';
import { timesUnderHeadline } from './meta-line';

const read = (lang: string, lines: string, url: string) => timesUnderHeadline(lang, lines, url);

describe('digits of any script, months in the page’s language', () => {
  it('Bengali digits and month, labels প্রকাশ / আপডেট, Dhaka time from the .bd domain', () => {
    const t = read('bn', '<p>প্রকাশ: ১২ নভেম্বর ২০২৫, ১০:৩০ | আপডেট: ১২ নভেম্বর ২০২৫, ১৪:১৫</p>', 'https://www.khobor.example.com.bd/desh/news-1');
    expect(t.published?.iso).toBe('2025-11-12T10:30:00+06:00');
    expect(t.modified?.iso).toBe('2025-11-12T14:15:00+06:00');
  });

  it('Devanagari digits with a 12-hour clock and IST (Hindi)', () => {
    const t = read('hi', '<p>प्रकाशित: १५ अगस्त २०२५, ०७:२० PM IST</p><p>अपडेटेड: १५ अगस्त २०२५, ०९:४० PM IST</p>', 'https://www.samachar.example.in/desh/metro');
    expect(t.published?.iso).toBe('2025-08-15T19:20:00+05:30');
    expect(t.modified?.iso).toBe('2025-08-15T21:40:00+05:30');
  });

  it('Hindi’s two-letter May (मई) is a month too', () => {
    const t = read('hi', '<p>प्रकाशित: ३ मई २०२५, १०:०५ IST</p>', 'https://www.samachar.example.in/desh/garmi');
    expect(t.published?.iso).toBe('2025-05-03T10:05:00+05:30');
  });

  it('a month in the genitive Intl writes for Czech ("14. března 2025"), and Turkish "7 Nisan 2025"', () => {
    expect(read('cs', '<p>Publikováno 14. března 2025 09:12</p>', 'https://www.zpravy.example.cz/domov/most').published?.iso).toBe('2025-03-14T09:12:00+01:00');
    expect(read('tr', '<p>Yayınlanma: 7 Nisan 2025 14:32</p>', 'https://www.haber.example.com.tr/gundem/kopru').published?.iso).toBe('2025-04-07T14:32:00+03:00');
  });

  it('a word that only begins like a month ("Martılar", seagulls) is not read as one', () => {
    expect(read('tr', '<p>Yazan: Ali Can · 3 Martılar Sokağı</p>', 'https://www.haber.example.com.tr/gundem/sokak').published).toBeNull();
  });
});

describe('verb-framed lines: the participle after the date says which date it is', () => {
  it('German "wurde am … um … Uhr von X gepostet und zuletzt am … aktualisiert"', () => {
    const t = read(
      'de',
      '<p>Dieser Beitrag wurde am 14. März 2025 um 07:45 Uhr von <a href="/autor/jw">Jonas Weidner</a> gepostet und zuletzt am 14. März 2025 um 11:20 Uhr aktualisiert.</p>',
      'https://www.stadtblog.example.de/radbruecke',
    );
    expect(t.published?.iso).toBe('2025-03-14T07:45:00+01:00');
    expect(t.modified?.iso).toBe('2025-03-14T11:20:00+01:00');
    expect(t.modified?.signal).toBe('text:aktualisiert');
  });

  it('Dutch "is op … gepubliceerd en op … bijgewerkt"', () => {
    const t = read('nl', '<p>Dit artikel is op 10 maart 2025 om 08:15 gepubliceerd en op 11 maart 2025 om 09:30 bijgewerkt.</p>', 'https://www.krant.example.nl/binnenland/dijken');
    expect(t.published?.iso).toBe('2025-03-10T08:15:00+01:00');
    expect(t.modified?.iso).toBe('2025-03-11T09:30:00+01:00');
  });

  it('a label before its date still wins: "Veröffentlicht am … | Aktualisiert am …"', () => {
    const t = read('de', '<p>Veröffentlicht am 14.03.2025 um 07:45 Uhr | Aktualisiert am 15.03.2025 um 10:00 Uhr</p>', 'https://www.zeitung.example.de/lokal/artikel');
    expect(t.published?.iso).toBe('2025-03-14T07:45:00+01:00');
    expect(t.modified?.iso).toBe('2025-03-15T10:00:00+01:00');
  });
});

describe('an update said as a clock alone, after the publication’s date', () => {
  it('Dutch "10 maart 2025, 08.15 uur · Update 10.03 uur"', () => {
    const t = read('nl', '<p>10 maart 2025, 08.15 uur · Update 10.03 uur</p>', 'https://www.krant.example.nl/binnenland/dijken');
    expect(t.published?.iso).toBe('2025-03-10T08:15:00+01:00');
    expect(t.modified?.iso).toBe('2025-03-10T10:03:00+01:00');
  });

  it('Quebec "Publié à 5 h 30 le 9 mai 2025 | Mis à jour à 8 h 12", in Toronto’s zone', () => {
    const t = read('fr-CA', '<p>Publié à 5 h 30 le 9 mai 2025 | Mis à jour à 8 h 12</p>', 'https://www.journal.example.ca/actualites/rem');
    expect(t.published?.iso).toBe('2025-05-09T05:30:00-04:00');
    expect(t.modified?.iso).toBe('2025-05-09T08:12:00-04:00');
  });

  it('the zone the publication names holds for the update’s clock (English, EDT)', () => {
    const t = read('en', '<p>Published May 5, 2025 9:10 a.m. EDT | Updated 11:40 a.m.</p>', 'https://www.courier.example.com/news/story');
    expect(t.modified?.iso).toBe('2025-05-05T11:40:00-04:00');
  });

  it('not a clock earlier than the publication’s (it would be the next day: unknown)', () => {
    const t = read('nl', '<p>10 maart 2025, 23.15 uur · Update 00.40 uur</p>', 'https://www.krant.example.nl/binnenland/nacht');
    expect(t.published?.iso).toBe('2025-03-10T23:15:00+01:00');
    expect(t.modified).toBeNull();
  });
});

describe('North American zones in words', () => {
  it('"Published 4:15 p.m. Pacific Time Oct. 2, 2025", summer time', () => {
    const t = read('en', '<p>Published 4:15 p.m. Pacific Time Oct. 2, 2025</p><p>Updated 9:05 p.m. Pacific Time Oct. 2, 2025</p>', 'https://www.slope.example.com/california/fire');
    expect(t.published?.iso).toBe('2025-10-02T16:15:00-07:00');
    expect(t.published?.timeZone).toBe('America/Los_Angeles');
    expect(t.modified?.iso).toBe('2025-10-02T21:05:00-07:00');
  });

  it('"Jan. 14, 2025 at 9:05 a.m. Central Time", "Eastern Standard Time"', () => {
    expect(read('en', '<p>Posted Jan. 14, 2025 at 9:05 a.m. Central Time</p>', 'https://www.prairie.example.com/news/a').published?.iso).toBe('2025-01-14T09:05:00-06:00');
    expect(read('en', '<p>Posted Jan. 14, 2025 at 9:05 a.m. Eastern Standard Time</p>', 'https://www.harbor.example.com/news/b').published?.iso).toBe('2025-01-14T09:05:00-05:00');
  });
});

describe('a <time> element without a datetime is shown text', () => {
  it('takes the zone of the site’s country (French on .ch: Zurich)', () => {
    const t = read('fr', '<p><time>14 janvier 2026, 07:05</time></p>', 'https://www.lematin.example.ch/suisse/article');
    expect(t.published?.iso).toBe('2026-01-14T07:05:00+01:00');
    expect(t.published?.note).toBe('zone assumed');
  });
});

const bare = (lang: string, head: string, body: string, url: string) =>
  extractMetadata(
    parseDocument(`<!doctype html><html lang="${lang}"><head><title>Headline</title>${head}</head><body><article><h1>Headline</h1>${body}
<p>${'The story goes on for a while, as stories do, with enough words to be an article. '.repeat(3)}</p></article></body></html>`),
    { url, now: new Date('2026-12-01T00:00:00Z'), readability: null },
  ).times;

describe('days in addresses', () => {
  it('a day-first date in the page’s address (/22-07-2025/)', () => {
    const t = bare('es-MX', '', '', 'https://www.diario.example.mx/nacional/22-07-2025/tren-interurbano');
    expect(t.published?.iso).toBe('2025-07-22');
    expect(t.published?.signal).toBe('url');
  });

  it('the share image’s address, for a page that says nothing else ("…/20201122_1430-cover.jpg", "…/2022/01/26/…")', () => {
    expect(bare('pt-BR', '<meta property="og:image" content="https://img.example.com.br/covers/20201122_1430-cover.jpg">', '', 'https://www.noticias.example.com.br/cidade/ponte').published?.iso).toBe('2020-11-22');
    expect(bare('de', '<meta property="og:image" content="https://cdn.example.de/bilder/2022/01/26/forum.jpg">', '', 'https://www.amt.example.de/presse/forum').published?.signal).toBe('meta:og:image');
  });

  it('not a month alone, nor a picture size, nor over a date the page shows', () => {
    expect(bare('en', '<meta property="og:image" content="https://blog.example.com/wp-content/uploads/2020/03/photo-2048x1536.jpg">', '', 'https://blog.example.com/post').published).toBeNull();
    const shown = bare('en-GB', '<meta property="og:image" content="https://cdn.example.co.uk/2019/05/02/hero.jpg">', '<p class="date">14 May 2019</p>', 'https://www.paper.example.co.uk/news/story');
    expect(shown.published?.iso).toBe('2019-05-14');
  });
});

describe('a page that shows only its update', () => {
  it('is dated by the update it shows, not by a publication day in its data it never shows', () => {
    const t = bare(
      'en',
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2019-10-15T16:59:59.000Z","dateModified":"2020-03-12T14:42:17.000Z"}</script>',
      '<div class="byline">Jane Roe <span>Updated Mar 12, 2020 @ 10:42 am</span></div>',
      'https://www.lifestyle.example.com/beauty/skin-care',
    );
    expect(t.published?.iso.slice(0, 10)).toBe('2020-03-12');
    expect(t.modified?.iso.slice(0, 10)).toBe('2020-03-12');
  });

  it('but a page that shows its publication day too keeps it', () => {
    const t = bare(
      'en',
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2019-10-15T16:59:59.000Z","dateModified":"2020-03-12T14:42:17.000Z"}</script>',
      '<div class="byline">Jane Roe <span>Published Oct 15, 2019</span> <span>Updated Mar 12, 2020 @ 10:42 am</span></div>',
      'https://www.lifestyle.example.com/beauty/skin-care',
    );
    expect(t.published?.iso.slice(0, 10)).toBe('2019-10-15');
  });
});

describe('an American clock with no zone, on a page of no country', () => {
  const story = (lead: string) =>
    `<div class="byline">By Jane Roe</div><p class="date">October 2, 2025, 4:15 PM</p><p>${lead} A brush fire in the hills forced about 4,000 residents from their homes on Thursday afternoon as gusty winds pushed the flames toward the edge of town, officials said.</p>`;
  it('is read in the zone of the story’s dateline ("OJAI, Calif. —", "DENVER (AP) —", "Seattle, Wash. —")', () => {
    expect(bare('en', '', story('OJAI, Calif. —'), 'https://www.wire.example.com/news/fire').published?.iso).toBe('2025-10-02T16:15:00-07:00');
    expect(bare('en', '', story('DENVER (AP) —'), 'https://www.wire.example.com/news/fire').published?.timeZone).toBe('America/Denver');
    expect(bare('en', '', story('Seattle, Wash. —'), 'https://www.wire.example.com/news/fire').published?.timeZone).toBe('America/Los_Angeles');
  });
  it('and in Eastern time otherwise (WASHINGTON —, no dateline)', () => {
    expect(bare('en', '', story('WASHINGTON —'), 'https://www.wire.example.com/news/fire').published?.iso).toBe('2025-10-02T16:15:00-04:00');
    expect(bare('en', '', story(''), 'https://www.wire.example.com/news/fire').published?.timeZone).toBe('America/New_York');
  });
});
