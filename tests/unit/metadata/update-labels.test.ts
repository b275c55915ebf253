/**
 * Update and publication labels in more wordings (issue #14): "Ultimo aggiornamento", "Aangepast",
 * "Geüpdatet", "تاريخ التعديل", "Data publikacji", "송고시간"; a Chinese row whose update label has four
 * characters ("更新时间：") after the publication's date; a French-Canadian clock written before its
 * date with spaces around the h and its zone in French ("5 h 30 HNE le 15 janvier 2025").
 */
import { describe, expect, it } from 'vitest';
import { timesUnderHeadline } from './meta-line';

const read = (lang: string, lines: string, url: string) => timesUnderHeadline(lang, lines, url, false);

describe('update labels', () => {
  it('Italian "Ultimo aggiornamento"', () => {
    const t = read('it', '<p>Milano, 4 aprile 2025 - 10:05</p><p>Ultimo aggiornamento: 4 aprile 2025 - 13:30</p>', 'https://www.giornale.example.it/milano/notizia');
    expect(t.published?.iso).toBe('2025-04-04T10:05:00+02:00');
    expect(t.modified?.iso).toBe('2025-04-04T13:30:00+02:00');
  });

  it('Dutch "Aangepast" and "Geüpdatet"', () => {
    for (const label of ['Aangepast:', 'Geüpdatet']) {
      const t = read('nl', `<p>wo 12 feb 2025 om 07:40</p><p>${label} wo 12 feb 2025 om 09:05</p>`, 'https://www.krant.example.nl/regio/bericht');
      expect(t.modified?.iso).toBe('2025-02-12T09:05:00+01:00');
    }
  });

  it('Arabic "تاريخ التعديل"', () => {
    const t = read('ar', '<p>تاريخ النشر: 2025-04-20 08:15</p><p>تاريخ التعديل: 2025-04-20 11:50</p>', 'https://www.akhbar.example.jo/local/khabar');
    expect(t.published?.iso).toBe('2025-04-20T08:15:00+03:00');
    expect(t.modified?.iso).toBe('2025-04-20T11:50:00+03:00');
  });

  it('a four-character Chinese label after the publication’s date on one row', () => {
    const t = read('zh-CN', '<p>来源：晨报 作者：李明 2025-05-06 08:00 更新时间：2025-05-06 10:20</p>', 'https://www.chenbao.example.cn/city/123.html');
    expect(t.published?.iso).toBe('2025-05-06T08:00:00+08:00');
    expect(t.modified?.iso).toBe('2025-05-06T10:20:00+08:00');
  });
});

describe('a French-Canadian clock before its date', () => {
  it('"5 h 30 HNE le 15 janvier 2025" is Eastern time', () => {
    const t = read('fr-CA', '<p>Publié à 6 h 45 HNE le 3 février 2025</p><p>Mis à jour à 9 h 05 HNE le 3 février 2025</p>', 'https://www.journal.example.ca/actualites/nouvelle');
    expect(t.published?.iso).toBe('2025-02-03T06:45:00-05:00');
    expect(t.modified?.iso).toBe('2025-02-03T09:05:00-05:00');
  });
});

describe('clocks and months', () => {
  it('Polish month names ("14 lutego 2026, 09:00")', () => {
    const t = read('pl', '<p>14 lutego 2026, 09:00 | aktualizacja: 14 lutego 2026, 10:30</p>', 'https://www.gazeta.example.pl/miasto/most');
    expect(t.published?.iso).toBe('2026-02-14T09:00:00+01:00');
    expect(t.modified?.iso).toBe('2026-02-14T10:30:00+01:00');
  });
  it('Italian "ore" before the clock', () => {
    expect(read('it', '<p>12 settembre 2025 ore 09:40</p>', 'https://www.giornale.example.it/torino/metro').published?.iso).toBe('2025-09-12T09:40:00+02:00');
  });
  it('a slash between the date and the clock ("Mar 5, 2025 / 06:45 PM CST")', () => {
    expect(read('en-US', '<p>Posted: Mar 5, 2025 / 06:45 PM CST</p>', 'https://www.station.example.com/news/notice').published?.iso).toBe('2025-03-05T18:45:00-06:00');
  });
});
