/**
 * Bylines and site names of the kinds the written dev set's second held-out round found read wrong
 * (issue #14): an author's card after the story, credit labels that name no writer ("Фото:"), a
 * name alone above the date line, a writer's place or post before a CJK name, a kanji name's reading
 * in brackets, a name that opens with "In" and an accent, a newsroom in meta author, " :: " between
 * headline and site, and a JSON-LD WebSite named apart from its publisher's company.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../cli/dom';
import { extractMetadata } from '../../../tools/core/halves';

const story = `<p>${'The council met on Thursday evening and voted on the plan after a long debate about its cost and its timetable. '.repeat(3)}</p>`;

const page = (lang: string, head: string, body: string, url = 'https://www.news.example.com/city/story') =>
  extractMetadata(parseDocument(`<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`), {
    url,
    now: new Date('2026-12-01T00:00:00Z'),
    readability: null,
  });

const withLine = (lang: string, line: string, url?: string) =>
  page(lang, '<title>Headline</title>', `<main><article><h1>Headline</h1><div class="article-info">${line}</div>${story}</article></main>`, url);

describe('an author’s card after the story', () => {
  it('in an <aside> named for the author, with its heading', () => {
    const m = page(
      'en-GB',
      '<title>Drought order lifted for farms</title>',
      `<div id="main"><div class="article"><h1>Drought order lifted for farms</h1><p class="dateline">Published 2 October 2025, 07:30 BST</p>${story}
<aside class="author-card"><h3>About the author</h3><p class="author-name"><a href="/profile/olivia-van-der-berg">Olivia van der Berg</a></p></aside></div>
<div class="more"><p><a href="/other">Otters return</a> — By Tom Hale, 29 September 2025</p></div></div>`,
    );
    expect(m.authors).toEqual(['Olivia van der Berg']);
  });
  it('its heading is no name ("O autorze")', () => {
    const m = page(
      'pl',
      '<title>Kraków wprowadza strefę czystego transportu</title>',
      `<main><article><h1>Kraków wprowadza strefę czystego transportu</h1><div class="meta"><span class="date">02.12.2025 06:00</span></div>${story}
<div class="author-box"><p>O autorze</p><p class="name">Michał Lewandowski</p><p class="bio">Dziennikarz działu gospodarczego.</p></div></article></main>`,
    );
    expect(m.authors).toEqual(['Michał Lewandowski']);
  });
});

describe('the writer among other credits and fields', () => {
  it('"Текст: X / Фото: Y" names X only', () => {
    expect(withLine('ru', '<p>Текст: Сергей Иванов / Фото: Мария Белова</p>').authors).toEqual(['Сергей Иванов']);
  });
  it('a name alone above the date line', () => {
    expect(withLine('pl', '<p>Agnieszka Kowalczyk-Wróbel<br>14.05.2025, 08:20<br>Aktualizacja: 14.05.2025, 11:02</p>').authors).toEqual(['Agnieszka Kowalczyk-Wróbel']);
  });
  it('but not a section’s name above it, which the page’s address names', () => {
    expect(withLine('pl', '<p>Wiadomości Lokalne<br>14.05.2025, 08:20</p>', 'https://www.gazeta.example.pl/wiadomosci-lokalne/most-na-odrze').authors).toEqual([]);
  });
  it('a name that opens with "In" and an accented letter', () => {
    expect(withLine('pt-PT', '<div class="byline"><span class="autor">Inês de Almeida Lopes</span> | Publicado a 7 mar 2026, 09:10</div>').authors).toEqual(['Inês de Almeida Lopes']);
  });
});

describe('CJK bylines', () => {
  it('the post and its place before a Japanese name', () => {
    expect(withLine('ja', '<div class="byline">ワシントン特派員・佐藤健太</div>').authors).toEqual(['佐藤健太']);
  });
  it('the place and "=" before a Korean name', () => {
    expect(withLine('ko', '<div class="byline">워싱턴=김지훈 특파원 jhkim@hanbit.example.kr</div>').authors).toEqual(['김지훈']);
  });
  it('the reading in brackets after a kanji name', () => {
    expect(withLine('ja', '<p class="writer">執筆者</p><p class="writer-name">山田花子（やまだ・はなこ）</p>').authors).toEqual(['山田花子']);
  });
});

describe('the site as the author, the site’s name', () => {
  it('a newsroom in meta author gives way to the byline', () => {
    const m = page(
      'es-MX',
      '<title>Metro cerrará la Línea 7 - El Heraldo del Valle</title><meta property="og:site_name" content="El Heraldo del Valle"><meta name="author" content="Redacción El Heraldo">',
      `<main><h1>Metro cerrará la Línea 7</h1><div class="creditos">Texto: María José Fernández de la Vega / Fotos: Daniel Ruiz</div>${story}</main>`,
    );
    expect(m.authors).toEqual(['María José Fernández de la Vega']);
  });
  it('" :: " joins the headline and the site', () => {
    const m = page('de', '<title>Bahnstreik legt Pendelverkehr lahm :: Rheinische Tagespost</title>', `<main><h1>Bahnstreik legt Pendelverkehr lahm</h1>${story}</main>`, 'https://www.rheinische-tagespost.example.de/wirtschaft/bahnstreik');
    expect(m.source.siteName).toBe('Rheinische Tagespost');
    expect(m.title).toBe('Bahnstreik legt Pendelverkehr lahm');
  });
  it('a JSON-LD WebSite’s name, not its publisher’s company', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', '@id': 'https://www.alpenblatt.example.at/#website', name: 'Alpenblatt', publisher: { '@id': 'https://www.alpenblatt.example.at/#org' } },
        { '@type': 'Organization', '@id': 'https://www.alpenblatt.example.at/#org', name: 'Alpenblatt Medien GmbH' },
        { '@type': 'NewsArticle', headline: 'U5 fährt fahrerlos', author: { '@id': 'https://www.alpenblatt.example.at/#/person/1' }, publisher: { '@id': 'https://www.alpenblatt.example.at/#org' } },
        { '@type': 'Person', '@id': 'https://www.alpenblatt.example.at/#/person/1', name: 'Magdalena Steiner' },
      ],
    };
    const m = page('de-AT', `<title>U5 fährt fahrerlos - Alpenblatt.at</title><script type="application/ld+json">${JSON.stringify(ld)}</script>`, `<main><h1>U5 fährt fahrerlos</h1>${story}</main>`, 'https://www.alpenblatt.example.at/wien/u5/');
    expect(m.source.siteName).toBe('Alpenblatt');
    expect(m.authors).toEqual(['Magdalena Steiner']);
  });
  it('the publisher in meta author is no part of the title once the byline names the writer', () => {
    const m = page(
      'de',
      '<title>Wettstreit der Scheinlösungen - Allgemeine Zeitung</title><meta property="og:site_name" content="az.example.de"><meta name="author" content="Preußische Allgemeine Zeitung"><meta property="og:title" content="Einwanderung - Wettstreit der Scheinlösungen | Preußische Allgemeine Zeitung">',
      `<main><p class="headline">Einwanderung - Wettstreit der Scheinlösungen</p><p class="byline">Von Hagen Ritter</p>${story}</main>`,
      'https://az.example.de/artikel/wettstreit-a9878.html',
    );
    expect(m.authors).toEqual(['Hagen Ritter']);
    expect(m.title).toBe('Einwanderung - Wettstreit der Scheinlösungen');
  });
  it('a host name in the byline is the site, no author', () => {
    expect(withLine('de', '<p class="byline">BRIGITTE.de</p>').authors).toEqual([]);
  });
});

describe('update labels', () => {
  it('Polish "akt." before the modified time', () => {
    const m = withLine('pl', '<span class="date">02.12.2025 06:00</span> <span class="update">akt. 02.12.2025 09:45</span>', 'https://www.gazeta.example.pl/krakow/strefa');
    expect(m.times.published?.iso).toBe('2025-12-02T06:00:00+01:00');
    expect(m.times.modified?.iso).toBe('2025-12-02T09:45:00+01:00');
  });
});
