/**
 * A press release dated only by the dateline that opens its first paragraph (issue #14): "(18.01.2018)
 * Deutschlands Landwirte …", "BERLIN, 5. März 2024 – …", "Paris, le 12 février 2023 –", "WASHINGTON, Jan. 5, 2024 /PRNewswire/ --".
 * A date the story's first sentence names ("On 5 May 2020, the council …", "12 March 2021 marked …")
 * is an event, not the page's date; and a dateline gives way to a date the page shows with its headline.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../cli/dom';
import { extractMetadata } from '../../../tools/core/halves';

const page = (lang: string, title: string, lead: string, meta = '') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title} - Aktuelles</title></head>
<body><div id="page"><div id="nav"><a href="/">Start</a> <a href="/aktuell/">Aktuell</a></div>
<div id="main"><img src="/img/lead.jpg" alt="Bild zum Artikel">
<h1>${title}</h1>${meta}
<p><strong>${lead}</strong> The text goes on for long enough to be a paragraph of the story, as any press release does after its dateline, with details and quotes.</p>
<p>A second paragraph follows with more of the story, so that the page reads as an article of several paragraphs and not as a list.</p>
</div><div id="footer">© 2024 Verband der Landwirte</div></div></body></html>`;

const read = (html: string, url: string) => extractMetadata(parseDocument(html), { url, now: new Date('2026-12-01T00:00:00Z'), readability: null }).times;

describe('a dateline that opens the first paragraph', () => {
  it('German: a date in brackets, "(18.01.2018) Deutschlands Landwirte …"', () => {
    const t = read(page('de', 'Schweinepest: Neue Hoffnung durch Genome Editing', '(18.01.2018) Deutschlands Landwirte zittern vor der Afrikanischen Schweinepest.'), 'https://www.agrar-info.de/aktuell/2687.schweinepest.html');
    expect(t.published?.iso).toBe('2018-01-18');
    expect(t.published?.signal).toBe('text:date');
  });

  it('German: a place and a date, "BERLIN, 5. März 2024 – …"', () => {
    const t = read(page('de', 'Verband fordert Entlastung beim Agrardiesel', 'BERLIN, 5. März 2024 – Der Verband der Landwirte fordert eine Rücknahme der Kürzungen.'), 'https://www.verband.de/presse/agrardiesel');
    expect(t.published?.iso).toBe('2024-03-05');
  });

  it('English: "WASHINGTON, Jan. 5, 2024 /PRNewswire/ --" (month first)', () => {
    const t = read(page('en-US', 'Growers Group Names New Chief Executive', 'WASHINGTON, Jan. 5, 2024 /PRNewswire/ -- The National Growers Group today named a new chief executive.'), 'https://www.growers.example.com/news/new-chief');
    expect(t.published?.iso).toBe('2024-01-05');
  });

  it('French: "Paris, le 12 février 2023 –"', () => {
    const t = read(page('fr', 'La fédération salue l’accord sur les prix', 'Paris, le 12 février 2023 – La fédération salue l’accord trouvé avec la grande distribution.'), 'https://www.federation.fr/communiques/accord-prix');
    expect(t.published?.iso).toBe('2023-02-12');
  });

  it('a date the first sentence names is an event, not the page’s date', () => {
    const on = read(page('en', 'Council Approves the New Bridge', 'On 5 May 2020, the council approved the plans for the new bridge over the river.'), 'https://www.town.example.com/news/bridge');
    expect(on.published).toBeNull();
    const subject = read(page('en', 'A Year of the New Bridge', '12 March 2021 marked the opening of the new bridge over the river.'), 'https://www.town.example.com/news/bridge-year');
    expect(subject.published).toBeNull();
  });

  it('gives way to the date the page shows under its headline', () => {
    const t = read(
      page('de', 'Schweinepest: Neue Hoffnung durch Genome Editing', '(18.01.2018) Deutschlands Landwirte zittern vor der Afrikanischen Schweinepest.', '<p class="date">Veröffentlicht am 19.01.2018</p>'),
      'https://www.agrar-info.de/aktuell/2687.schweinepest.html',
    );
    expect(t.published?.iso).toBe('2018-01-19');
  });
});
