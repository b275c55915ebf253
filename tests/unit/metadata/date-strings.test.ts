import { describe, expect, it } from 'vitest';
import { parseMachine } from '../../../src/metadata/dates/machine';
import { findDates, type TextContext } from '../../../src/metadata/dates/text';
import { toDetail } from '../../../src/metadata/dates/wall';
import { splitByline } from '../../../src/metadata/authors';

const NOW = new Date('2025-04-28T12:00:00Z');

function ctx(lang: string, tld = 'com', text = ''): TextContext {
  const region = lang.split('-')[1];
  return { lang, tld, text: () => text, now: NOW, order: region === 'US' ? 'mdy' : lang.startsWith('en') && !region ? null : 'dmy', local: null };
}

const first = (s: string, c: TextContext): string | null => {
  const f = findDates(s, c)[0];
  return f ? toDetail(f.wall, 't').iso : null;
};

// [visible text, page language, TLD, expected ISO]. Offsets of named zones come from Intl (DST included).
const TEXT: Array<[string, string, string, string]> = [
  // English
  ['Updated: 28-04-2025 09:57 IST', 'en', 'com', '2025-04-28T09:57:00+05:30'],
  ['April 28, 2025 at 6:01 am', 'en-US', 'com', '2025-04-28T06:01:00'],
  ['April 28, 2025 at 6:01 pm EDT', 'en-US', 'com', '2025-04-28T18:01:00-04:00'],
  ['Jan. 5, 2025 3:30 p.m. ET', 'en-US', 'com', '2025-01-05T15:30:00-05:00'],
  ['Published 5 January 2025, 10:57 GMT', 'en-GB', 'uk', '2025-01-05T10:57:00+00:00'],
  ['10:57 BST, 28 April 2025', 'en-GB', 'uk', '2025-04-28T10:57:00+01:00'],
  ['28 April 2025 10:57 BST', 'en', 'bd', '2025-04-28T10:57:00+06:00'],
  ['Posted on 3rd March 2024', 'en', 'com', '2024-03-03'],
  ['Mar 3rd, 2024', 'en', 'com', '2024-03-03'],
  ['Sunday, Feb 1, 2015 11:57 AM UTC', 'en', 'com', '2015-02-01T11:57:00+00:00'],
  ['12/25/2024', 'en-US', 'com', '2024-12-25'],
  ['25/12/2024', 'en', 'com', '2024-12-25'],
  ['04/05/2024', 'en-GB', 'uk', '2024-05-04'],
  ['04/05/2024', 'en-US', 'com', '2024-04-05'],
  ['2024-07-31 02:30 CEST', 'de', 'de', '2024-07-31T02:30:00+02:00'],
  ['2024-01-31 02:30 CET', 'de', 'de', '2024-01-31T02:30:00+01:00'],
  ['Nov 3, 2024 1:30 AM CST', 'en-US', 'com', '2024-11-03T01:30:00-05:00'],
  ['Dec 3, 2024 1:30 PM CST', 'en-US', 'com', '2024-12-03T13:30:00-06:00'],
  ['Dec 3, 2024 1:30 PM CST', 'zh-CN', 'cn', '2024-12-03T13:30:00+08:00'],
  ['July 4, 2024 9:00 PT', 'en-US', 'com', '2024-07-04T09:00:00-07:00'],
  ['January 4, 2024 9:00 PT', 'en-US', 'com', '2024-01-04T09:00:00-08:00'],
  ['June 1, 2024 08:00 IST', 'en-IE', 'ie', '2024-06-01T08:00:00+01:00'],
  ['June 1, 2024 08:00 IST', 'he', 'il', '2024-06-01T08:00:00+03:00'],
  // Seasons: British Summer Time and Irish Standard Time are summer-only readings.
  ['5 January 2025 10:57 BST', 'en', 'com', '2025-01-05T10:57:00+06:00'],
  ['5 July 2024 10:57 BST', 'en', 'com', '2024-07-05T10:57:00+01:00'],
  ['January 5, 2025 08:00 IST', 'en', 'com', '2025-01-05T08:00:00+05:30'],
  ['January 5, 2025 08:00 IST', 'en-IE', 'ie', '2025-01-05T08:00:00+00:00'],
  ['1 June 2024 08:00 AEST', 'en-AU', 'au', '2024-06-01T08:00:00+10:00'],
  ['1 January 2024 08:00 AEDT', 'en-AU', 'au', '2024-01-01T08:00:00+11:00'],
  ['Updated 12:05 pm GMT+2, 4 May 2024', 'en', 'com', '2024-05-04T12:05:00+02:00'],
  ['2024-05-04 12:05 UTC+05:30', 'en', 'com', '2024-05-04T12:05:00+05:30'],
  ['2 hours ago', 'en', 'com', '2025-04-28T10:00:00+00:00'],
  ['45 minutes ago', 'en', 'com', '2025-04-28T11:15:00+00:00'],
  ['3 days ago', 'en', 'com', '2025-04-25'],
  ['yesterday', 'en', 'com', '2025-04-27'],
  ['12:00 am, 1 March 2024', 'en', 'com', '2024-03-01T00:00:00'],
  // German
  ['28.04.2025, 09:57 Uhr', 'de', 'com', '2025-04-28T09:57:00'],
  ['Stand: 28.04.2025 09:57 Uhr MESZ', 'de', 'com', '2025-04-28T09:57:00+02:00'],
  ['28. April 2025, 9:57 Uhr', 'de', 'com', '2025-04-28T09:57:00'],
  ['3. März 2024', 'de', 'com', '2024-03-03'],
  ['15. Jänner 2024', 'de-AT', 'at', '2024-01-15'],
  ['1. Dez. 2023 um 18:30 Uhr MEZ', 'de', 'com', '2023-12-01T18:30:00+01:00'],
  ['vor 3 Stunden', 'de', 'com', '2025-04-28T09:00:00+00:00'],
  ['gestern', 'de', 'com', '2025-04-27'],
  ['28.04.25', 'de', 'com', '2025-04-28'],
  // French
  ['Publié le 28 avril 2025 à 09h57', 'fr', 'com', '2025-04-28T09:57:00'],
  ['Mis à jour le 3 févr. 2024 à 18h05', 'fr', 'com', '2024-02-03T18:05:00'],
  ['1er juillet 2024', 'fr', 'com', '2024-07-01'],
  ['12 juin 2024', 'fr', 'com', '2024-06-12'],
  ['17 décembre 2023 à 7h30', 'fr', 'com', '2023-12-17T07:30:00'],
  ['il y a 2 heures', 'fr', 'com', '2025-04-28T10:00:00+00:00'],
  ['28/04/2025 09:57', 'fr', 'com', '2025-04-28T09:57:00'],
  // Spanish
  ['28 de abril de 2025', 'es', 'com', '2025-04-28'],
  ['Actualizado: 5 de enero de 2024, 14:20 CET', 'es', 'com', '2024-01-05T14:20:00+01:00'],
  ['hace 10 minutos', 'es', 'com', '2025-04-28T11:50:00+00:00'],
  ['3 septiembre 2024', 'es', 'com', '2024-09-03'],
  ['03/09/2024 - 10:15', 'es', 'com', '2024-09-03T10:15:00'],
  ['ayer', 'es', 'com', '2025-04-27'],
  // Italian
  ['28 aprile 2025 ore 09:57', 'it', 'com', '2025-04-28T09:57:00'],
  ['Pubblicato il 12 giugno 2024 alle 10:30', 'it', 'com', '2024-06-12T10:30:00'],
  ['1 agosto 2024', 'it', 'com', '2024-08-01'],
  ['3 ore fa', 'it', 'com', '2025-04-28T09:00:00+00:00'],
  ['12 gen 2024', 'it', 'com', '2024-01-12'],
  // Portuguese
  ['28 de abril de 2025 às 09:57', 'pt-BR', 'br', '2025-04-28T09:57:00'],
  ['Atualizado em 5 de março de 2024', 'pt', 'com', '2024-03-05'],
  ['há 4 horas', 'pt', 'com', '2025-04-28T08:00:00+00:00'],
  ['21/12/2018 12h55', 'pt-BR', 'br', '2018-12-21T12:55:00'],
  ['10 out 2023', 'pt', 'com', '2023-10-10'],
  // Dutch
  ['28 april 2025 09:57', 'nl', 'com', '2025-04-28T09:57:00'],
  ['3 maart 2024', 'nl', 'com', '2024-03-03'],
  ['12 mei 2024, 14:00', 'nl', 'com', '2024-05-12T14:00:00'],
  ['2 uur geleden', 'nl', 'com', '2025-04-28T10:00:00+00:00'],
  ['1 okt. 2023', 'nl', 'com', '2023-10-01'],
  // Russian
  ['28 апреля 2025, 09:57', 'ru', 'com', '2025-04-28T09:57:00'],
  ['Опубликовано 3 марта 2024 в 18:30 МСК', 'ru', 'com', '2024-03-03T18:30:00+03:00'],
  ['1 мая 2024', 'ru', 'com', '2024-05-01'],
  ['2 часа назад', 'ru', 'com', '2025-04-28T10:00:00+00:00'],
  ['28.04.2025 09:57', 'ru', 'ru', '2025-04-28T09:57:00'],
  // Japanese
  ['2025年4月28日 9:57', 'ja', 'com', '2025-04-28T09:57:00'],
  ['2025年4月28日 午後3時20分', 'ja', 'com', '2025-04-28T15:20:00'],
  ['2025年04月28日 09:57 JST', 'ja', 'com', '2025-04-28T09:57:00+09:00'],
  ['3時間前', 'ja', 'com', '2025-04-28T09:00:00+00:00'],
  // Chinese
  ['2025年4月28日 09:57', 'zh', 'com', '2025-04-28T09:57:00'],
  ['发布时间：2017-03-10 08:42', 'zh', 'com', '2017-03-10T08:42:00'],
  ['2025-04-28 下午 3:20', 'zh', 'com', '2025-04-28T15:20:00'],
  ['5小时前', 'zh', 'com', '2025-04-28T07:00:00+00:00'],
  ['昨天', 'zh', 'com', '2025-04-27'],
  // Korean
  ['2025년 4월 28일 오후 3:20', 'ko', 'com', '2025-04-28T15:20:00'],
  ['입력 2025.04.28. 09:57', 'ko', 'com', '2025-04-28T09:57:00'],
  ['2025.04.28 09:57 KST', 'ko', 'com', '2025-04-28T09:57:00+09:00'],
  ['3시간 전', 'ko', 'com', '2025-04-28T09:00:00+00:00'],
  // A word is a month only when it is one of its names or their start: not a surname ("Jung"), not
  // a weekday that starts like one ("martes", Tuesday); "Jänner" (Austria) and "Sept." are.
  ['Veröffentlicht von Chris Jung 28. Februar 2016', 'de', 'de', '2016-02-28'],
  ['Finanzas / martes 17 de marzo de 2020', 'es', 'mx', '2020-03-17'],
  ['Wien, 3. Jänner 2019', 'de-AT', 'at', '2019-01-03'],
  ['Sept. 4, 2019', 'en-US', 'com', '2019-09-04'],
  // Year inferred from now: a day later in the year than now belongs to last year.
  ['28 April', 'en', 'com', '2025-04-28'],
  ['3 December', 'en', 'com', '2024-12-03'],
];

describe('visible date strings', () => {
  it('covers at least 80 strings', () => expect(TEXT.length).toBeGreaterThanOrEqual(80));
  it.each(TEXT)('%s (%s, .%s)', (text, lang, tld, iso) => {
    expect(first(text, ctx(lang, tld))).toBe(iso);
  });

  it('reads a zone-less clock as local only when the page makes that certain', () => {
    const c = { ...ctx('de', 'de'), local: 'Europe/Berlin' };
    expect(first('28.04.2025, 09:57 Uhr', c)).toBe('2025-04-28T09:57:00+02:00');
    expect(first('28.01.2025, 09:57 Uhr', c)).toBe('2025-01-28T09:57:00+01:00');
  });

  it('reads a clock and zone printed before the date, past a weekday', () => {
    expect(first('Published 3:33 AM ET, Tue March 5, 2024', ctx('en-US'))).toBe('2024-03-05T03:33:00-05:00');
    expect(first('Updated 3:33 PM EDT, Wed July 10, 2024', ctx('en-US'))).toBe('2024-07-10T15:33:00-04:00');
  });

  it('says when day/month order cannot be decided', () => {
    const f = findDates('04/05/2024', ctx('en'))[0]!;
    expect(f.wall.note).toBe('day/month order');
    expect(findDates('28/04/2024', ctx('en'))[0]!.wall.note).toBeUndefined();
  });

  it('ignores words that only start like a month', () => {
    expect(first('Rosemary 5 times', ctx('en'))).toBeNull();
    expect(first('Version 1.2.3', ctx('en'))).toBeNull();
  });
});

const MACHINE: Array<[string, string]> = [
  ['2015-07-10T09:53:00-04:00', '2015-07-10T09:53:00-04:00'],
  ['2019-01-03T07:00:02.000Z', '2019-01-03T07:00:02+00:00'],
  ['2021-11-01T10:52:50+0100', '2021-11-01T10:52:50+01:00'],
  ['2017-11-03 03:01:00.000000', '2017-11-03T03:01:00'],
  ['2018-04-05T06:00', '2018-04-05T06:00'.concat(':00')],
  ['2024-06-25', '2024-06-25'],
  ['20150424', '2015-04-24'],
  ['1714300000', '2024-04-28T10:26:40+00:00'],
  ['Tue, 28 Apr 2025 09:57:00 +0530', '2025-04-28T09:57:00+05:30'],
  ['Mon, 28 Apr 2025 09:57:00 GMT', '2025-04-28T09:57:00+00:00'],
  // Offsets as CMSs slip them: "-500" is -05:00 (never "-50:00"); one beyond ±14:00 is dropped.
  ['2015-08-03T12:45:00-500', '2015-08-03T12:45:00-05:00'],
  ['2015-08-03T12:45:00+5', '2015-08-03T12:45:00+05:00'],
  ['2015-08-03T12:45:00+50:00', '2015-08-03T12:45:00'],
  ['2015-08-03T12:45:00+0575', '2015-08-03T12:45:00'],
  // Date.toString() and Unix date: the year after the clock and zone.
  ['Mon Aug 03 12:45:00 EDT 2015', '2015-08-03T12:45:00-04:00'],
  ['Sat Jan 10 09:00:00 UTC 2015', '2015-01-10T09:00:00+00:00'],
];

describe('machine-readable values', () => {
  it.each(MACHINE)('%s', (raw, iso) => {
    const w = parseMachine(raw, ctx('en'));
    expect(w && toDetail(w, 'm').iso).toBe(iso);
  });
  it('rejects impossible dates', () => {
    expect(parseMachine('2025-02-30', ctx('en'))).toBeNull();
    expect(parseMachine('not a date', ctx('en'))).toBeNull();
  });
});

describe('bylines', () => {
  it.each([
    ['Joe Wee Monday, February 29, 2016 @ 11:10 PM UTC', ['Joe Wee']],
    ['Von Anna Schmidt Dienstag, 5. März 2024', ['Anna Schmidt']],
    ['Par Marie Dupont mardi 5 mars 2024', ['Marie Dupont']],
    ['Por Ana García, martes, 5 de marzo de 2024', ['Ana García']],
    ['Иван Петров понедельник, 4 марта 2024', ['Иван Петров']],
    ['By Jane Doe, May 20, 2019', ['Jane Doe']],
    ['By Jane Doe and John Roe, Reuters | Updated 3 May', ['Jane Doe', 'John Roe']],
  ])('%s', (line, names) => {
    expect(splitByline(line).names).toEqual(names);
  });
});
