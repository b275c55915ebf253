/**
 * A UTC instant for a local day (issue #14): a story of 8 November evening in Minneapolis whose
 * structured data says "2023-11-09T05:30:59Z" is from 8 November. The instant is said in the page's
 * zone, when the page tells it: a zone-less clock of the same moment, the zone of its country and
 * language, or its language's usual zone when the day the page shows confirms it.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../cli/dom';
import { extractMetadata } from '../../../tools/core/halves';

const read = (html: string, url: string) =>
  extractMetadata(parseDocument(html), { url, now: new Date('2026-12-01T00:00:00Z'), readability: null }).times;

describe('a UTC instant said in the page’s zone', () => {
  it('takes the offset from a zone-less clock of the same moment (a US regional paper)', () => {
    const t = read(
      `<!doctype html><html lang="en-US"><head><title>Suburb elects a new mayor</title>
<meta property="article:published_time" content="2023-11-09T05:30:59+00:00"><meta property="article:modified_time" content="2023-11-09T06:21:49+00:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Suburb elects a new mayor","datePublished":"2023-11-09T05:30:59Z","dateModified":"2023-11-09T06:21:49Z"}</script>
</head><body><article><h1>Suburb elects a new mayor</h1><div class="byline">By Jane Roe | Pioneer Press</div>
<div class="time"><span>PUBLISHED:</span> <time datetime="2023-11-08 23:30:59">November 8, 2023 at 11:30 p.m.</time>
| <span>UPDATED:</span> <time datetime="2023-11-09 00:21:49">November 9, 2023 at 12:21 a.m.</time></div>
<p>Voters chose the council member by a wide margin on Tuesday, the city clerk said late in the evening.</p></article></body></html>`,
      'https://www.citypaper.example/2023/11/08/suburb-elects-a-new-mayor/',
    );
    expect(t.published?.iso).toBe('2023-11-08T23:30:59-06:00');
    expect(t.published?.signal).toBe('json-ld:datePublished');
    // The update is said in the same zone: the page has one clock.
    expect(t.modified?.iso).toBe('2023-11-09T00:21:49-06:00');
  });

  it('says it in the zone of the page’s country and language (an Italian paper)', () => {
    const t = read(
      `<!doctype html><html lang="it"><head><title>Il governo approva la manovra</title>
<meta property="article:published_time" content="2023-11-01T23:01:00Z"><meta property="article:modified_time" content="2023-11-02T15:58:23Z">
</head><body><article><h1>Il governo approva la manovra</h1>
<div class="story__toolbar"><time class="story__date" datetime="2023-11-01T23:01:00Z">02 Novembre 2023</time>
<span>Aggiornato alle</span> <time class="story__date__update" datetime="2023-11-02T15:58:23Z">16:58</time></div>
<p>Il Consiglio dei ministri ha approvato nella notte il testo della legge di bilancio, che passa ora al Parlamento.</p></article></body></html>`,
      'https://www.quotidiano.it/economia/2023/11/02/news/manovra-123/',
    );
    expect(t.published?.iso).toBe('2023-11-02T00:01:00+01:00');
    expect(t.published?.timeZone).toBe('Europe/Rome');
    expect(t.modified?.iso).toBe('2023-11-02T16:58:23+01:00');
  });

  it('uses the zone its language is read in only when the day the page shows confirms it (French on .com)', () => {
    const page = (shown: string) =>
      read(
        `<!doctype html><html lang="fr"><head><title>La grève reconduite à la SNCF</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"La grève reconduite à la SNCF","datePublished":"2024-01-14T23:20:00Z"}</script>
</head><body><article><h1>La grève reconduite à la SNCF</h1><p class="meta">Par Marie Dupont — Publié le ${shown}</p>
<p>Les syndicats ont annoncé dimanche soir la reconduction du mouvement pour au moins quarante-huit heures supplémentaires.</p></article></body></html>`,
        'https://www.lejournal.example.com/societe/greve-sncf',
      );
    expect(page('15 janvier 2024').published?.iso).toBe('2024-01-15T00:20:00+01:00');
    expect(page('15 janvier 2024').published?.timeZone).toBe('Europe/Paris');
    // The page shows UTC's day: nothing says the story is from the 15th.
    expect(page('14 janvier 2024').published?.iso).toBe('2024-01-14T23:20:00+00:00');
  });

  it('keeps UTC where the page shows the UTC day although its country has another zone (a Swiss blog)', () => {
    const t = read(
      `<!doctype html><html lang="de-CH"><head><title>Protokoll der Vorstandssitzung</title></head><body><article>
<h1 class="entry-title">Protokoll der Vorstandssitzung</h1><div class="entry-meta"><time class="entry-date published" datetime="2019-12-26T23:07:45+00:00">26/12/2019</time> von Webteam</div>
<p>Das Protokoll der letzten Sitzung des Vorstands ist nun für alle Mitglieder im internen Bereich abrufbar.</p></article></body></html>`,
      'https://www.verein.ch/?p=5031',
    );
    expect(t.published?.iso).toBe('2019-12-26T23:07:45+00:00');
  });
});

describe('a UTC instant said in the zone of the site’s country', () => {
  const page = (lang: string, shown: string) =>
    `<!doctype html><html lang="${lang}"><head><title>Pas d’autobus scolaires jusqu’au 14 septembre</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Pas d’autobus scolaires jusqu’au 14 septembre","datePublished":"2020-08-25T00:23:33.312Z","dateModified":"2020-08-25T01:05:00Z"}</script>
</head><body><article><h1>Pas d’autobus scolaires jusqu’au 14 septembre</h1><div class="meta">${shown}</div>
<p>Les conseils scolaires anglophones d’Ottawa ont annoncé lundi soir que le transport scolaire ne reprendra pas avant la mi-septembre.</p></article></body></html>`;

  it('by its domain, before the zone its language is read in (French in Canada is not read in Paris)', () => {
    const t = read(page('fr', 'Publié à 0 h 23'), 'https://ici.radio-nouvelles.ca/nouvelle/1728875/transport-scolaire');
    expect(t.published?.iso).toBe('2020-08-24T20:23:33-04:00');
    expect(t.published?.timeZone).toBe('America/Toronto');
    // The page has one clock: its update too.
    expect(t.modified?.iso).toBe('2020-08-24T21:05:00-04:00');
  });

  it('not when the page shows the UTC day and not its country’s', () => {
    const t = read(page('fr', 'Publié le 25 août 2020'), 'https://ici.radio-nouvelles.ca/nouvelle/1728875/transport-scolaire');
    expect(t.published?.iso).toBe('2020-08-25T00:23:33+00:00');
  });
});
