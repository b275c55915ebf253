/**
 * A wiki page dated by its footer's "last edited" line (issue #14): MediaWiki prints it under one id
 * in every language ("This page was last edited on …", "Diese Seite wurde zuletzt am … geändert",
 * "Dernière modification de cette page le …"). It is the page's update time, and the day of a page
 * that shows no other date; a footer's date on a page that is not a wiki is not read.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../cli/dom';
import { extractMetadata } from '../../../tools/core/halves';

const wiki = (lang: string, generator: string | null, title: string, body: string, footer: string) =>
  `<!doctype html><html lang="${lang}" dir="ltr"><head><meta charset="UTF-8"><title>${title} – Wiki</title>
${generator ? `<meta name="generator" content="${generator}">` : ''}</head>
<body class="mediawiki ltr skin-vector"><div id="content" class="mw-body" role="main">
<h1 id="firstHeading" class="firstHeading">${title}</h1>
<div id="bodyContent" class="mw-body-content"><div id="mw-content-text" class="mw-content-ltr">
<p>${body}</p></div></div></div>
<div id="footer" role="contentinfo"><ul id="footer-info">
<li id="footer-info-lastmod">${footer}</li>
<li id="footer-info-viewcount">Diese Seite wurde 1.234-mal abgerufen.</li></ul>
<ul id="footer-places"><li id="footer-places-privacy"><a href="/wiki/Datenschutz">Datenschutz</a></li></ul></div></body></html>`;

const read = (html: string, url: string) => extractMetadata(parseDocument(html), { url, now: new Date('2026-12-01T00:00:00Z'), readability: null }).times;

describe('a wiki page’s last edit', () => {
  it('German: "Diese Seite wurde zuletzt am … um … Uhr geändert." dates a page that shows no other date', () => {
    const t = read(
      wiki(
        'de',
        'MediaWiki 1.23.17',
        'Ortsgruppe Kassel/Stammtisch',
        'Der Stammtisch trifft sich jeden ersten Mittwoch im Monat im Café am Markt. Gäste sind willkommen, eine Anmeldung ist nicht nötig.',
        'Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert.',
      ),
      'https://wiki.verein.de/Ortsgruppe_Kassel/Stammtisch',
    );
    expect(t.published?.iso).toBe('2020-01-29T13:22:00+01:00');
    expect(t.modified?.iso).toBe('2020-01-29T13:22:00+01:00');
    expect(t.modified?.signal).toBe('text:geändert');
  });

  it('English: "This page was last edited on …, at … (UTC)." keeps the zone it names', () => {
    const t = read(
      wiki(
        'en',
        'MediaWiki 1.42.0-wmf.5',
        'Harbour bridge',
        'The Harbour bridge is a steel arch bridge across the river, opened to traffic in 1932 after eight years of building work.',
        'This page was last edited on 16 February 2020, at 16:20<span class="anonymous-show">&#160;(UTC)</span>.',
      ),
      'https://en.wiki.example.org/wiki/Harbour_bridge',
    );
    expect(t.modified?.iso).toBe('2020-02-16T16:20:00+00:00');
    expect(t.published?.iso).toBe('2020-02-16T16:20:00+00:00');
    expect(t.modified?.signal).toBe('text:last edited');
  });

  it('French: the wiki’s structured creation date still dates the page; the footer gives the update', () => {
    const html = wiki(
      'fr',
      'MediaWiki 1.39.3',
      'Pont de pierre',
      'Le pont de pierre franchit la rivière en sept arches ; il a été construit entre 1810 et 1822 sur ordre du préfet.',
      'La dernière modification de cette page a été faite le 3 mars 2023 à 09:41.',
    ).replace('</head>', '<meta property="article:published_time" content="2019-05-02T10:00:00+02:00"></head>');
    const t = read(html, 'https://wiki.exemple.fr/wiki/Pont_de_pierre');
    expect(t.published?.iso).toBe('2019-05-02T10:00:00+02:00');
    expect(t.modified?.iso.slice(0, 16)).toBe('2023-03-03T09:41');
  });

  it('a footer line under the same id on a page that is not a wiki is not read', () => {
    const t = read(
      wiki(
        'de',
        null,
        'Ortsgruppe Kassel/Stammtisch',
        'Der Stammtisch trifft sich jeden ersten Mittwoch im Monat im Café am Markt. Gäste sind willkommen, eine Anmeldung ist nicht nötig.',
        'Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert.',
      ),
      'https://www.verein.de/kassel/stammtisch',
    );
    expect(t.published).toBeNull();
    expect(t.modified).toBeNull();
  });
});
