/**
 * Update lines the written dev set found unread (issue #14): Turkish "Güncelleme:" (the noun, where
 * the table knew only the verb "güncellendi"), Swedish "Uppdaterad" with a dotted clock, and the same
 * line in the neighbouring languages (Norwegian "Oppdatert", Danish "Opdateret", Finnish "Päivitetty");
 * and Guardian-style lines: an unlabelled date above "First published on …" is the update's.
 */
import { describe, expect, it } from 'vitest';
import { timesUnderHeadline } from './meta-line';

const read = (lang: string, lines: string, url: string) => timesUnderHeadline(lang, lines, url, false);

describe('update labels', () => {
  it('Turkish "Güncelleme:" and "Güncellendi"', () => {
    for (const label of ['Güncelleme:', 'Güncellendi:']) {
      const t = read('tr', `<p>Yayınlanma: 21.05.2025 09:47 ${label} 21.05.2025 11:02</p>`, 'https://www.haber.example.com.tr/gundem/123');
      expect(t.published?.iso).toBe('2025-05-21T09:47:00+03:00');
      expect(t.modified?.iso).toBe('2025-05-21T11:02:00+03:00');
    }
  });
  it('Swedish "Uppdaterad" with a dotted clock', () => {
    const t = read('sv', '<p>Publicerad 2025-09-16 06.00 · Uppdaterad 2025-09-16 09.45</p>', 'https://www.tidning.example.se/nyheter/a');
    expect(t.published?.iso).toBe('2025-09-16T06:00:00+02:00');
    expect(t.modified?.iso).toBe('2025-09-16T09:45:00+02:00');
  });
  it('Norwegian, Danish and Finnish', () => {
    expect(read('nb', '<p>Publisert 16.09.2025 06:00</p><p>Oppdatert 16.09.2025 09:45</p>', 'https://www.avis.example.no/nyheter/a').modified?.iso).toBe('2025-09-16T09:45:00+02:00');
    expect(read('da', '<p>Publiceret 16.09.2025 06:00</p><p>Opdateret 16.09.2025 09:45</p>', 'https://www.avis.example.dk/nyheder/a').modified?.iso).toBe('2025-09-16T09:45:00+02:00');
    expect(read('fi', '<p>Julkaistu 16.9.2025 06:00</p><p>Päivitetty 16.9.2025 09:45</p>', 'https://www.lehti.example.fi/uutiset/a').modified?.iso).toBe('2025-09-16T09:45:00+03:00');
  });
});

describe('an unlabelled date above "First published on …"', () => {
  const au = 'https://www.paper.example.com.au/sport/live/2025/dec/27/day-two';
  it('is the update, with a dotted clock and AEDT (the Guardian’s habit)', () => {
    const t = read('en-AU', '<p class="dateline">Sat 27 Dec 2025 19.31 AEDT</p><p class="first-published">First published on Sat 27 Dec 2025 10.02 AEDT</p>', au);
    expect(t.published?.iso).toBe('2025-12-27T10:02:00+11:00');
    expect(t.modified?.iso).toBe('2025-12-27T19:31:00+11:00');
  });
  it('"Last modified on" says it outright', () => {
    const t = read('en-GB', '<p>Last modified on Sat 27 Dec 2025 19.31 GMT</p><p>First published on Sat 27 Dec 2025 10.02 GMT</p>', 'https://www.paper.example.co.uk/sport/2025/dec/27/a');
    expect(t.published?.iso).toBe('2025-12-27T10:02:00+00:00');
    expect(t.modified?.iso).toBe('2025-12-27T19:31:00+00:00');
  });
  it('German "Erstmals veröffentlicht am"', () => {
    const t = read('de', '<p>07.11.2025, 18:05 Uhr</p><p>Erstmals veröffentlicht am 07.11.2025, 14:32 Uhr</p>', 'https://www.zeitung.example.de/politik/a');
    expect(t.published?.iso).toBe('2025-11-07T14:32:00+01:00');
    expect(t.modified?.iso).toBe('2025-11-07T18:05:00+01:00');
  });
  it('a first publication alone, or an earlier unlabelled date, makes no update', () => {
    expect(read('en-AU', '<p>First published on Sat 27 Dec 2025 10.02 AEDT</p>', au).modified).toBeNull();
    expect(read('en-AU', '<p>Sat 27 Dec 2025 08.15 AEDT</p><p>First published on Sat 27 Dec 2025 10.02 AEDT</p>', au).modified).toBeNull();
  });
});
