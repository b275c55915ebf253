/**
 * Date habits of the seventh held-out round of the written set (issue #14): calendars other than the
 * Gregorian in visible text — the Solar Hijri (Iran), the Thai Buddhist Era, Japan's eras, Taiwan's
 * Minguo years — each read as the Gregorian day it names, in the site's zone; Moroccan month names;
 * update and publication labels in Hebrew, Indonesian, Thai, Persian and Vietnamese; a relative time
 * whose date and clock are only in its tooltip.
 */
import { describe, expect, it } from 'vitest';
import { timesUnderHeadline } from './meta-line';

const read = (lang: string, lines: string, url: string) => timesUnderHeadline(lang, lines, url);

describe('other calendars', () => {
  it('a Solar Hijri date in Persian digits, Tehran time from the .ir domain', () => {
    const t = read('fa', '<span>کد خبر: ۴۸۲۱۳</span> <span>تاریخ انتشار: ۲۳ مهر ۱۴۰۵ - ۱۰:۴۰</span>', 'https://www.payam.example.ir/news/48213');
    expect(t.published?.iso).toBe('2026-10-15T10:40:00+03:30');
  });

  it('Solar Hijri in numbers, year first, on a Persian page, with an update in words', () => {
    const t = read('fa', '<p>انتشار: ۱۴۰۵/۰۱/۰۱ ۰۸:۱۵</p><p>به‌روزرسانی: ۱۴۰۵/۰۱/۰۲ ۰۹:۰۰</p>', 'https://www.khabar.example.ir/n/1');
    // 1 Farvardin 1405 is Nowruz, 21 March 2026.
    expect(t.published?.iso).toBe('2026-03-21T08:15:00+03:30');
    expect(t.modified?.iso).toBe('2026-03-22T09:00:00+03:30');
  });

  it('a Thai Buddhist year with abbreviated months, and its update line', () => {
    const t = read('th', '<span>เผยแพร่: 14 ต.ค. 2569 09:30 น.</span> <span>ปรับปรุง: 14 ต.ค. 2569 13:12 น.</span>', 'https://www.news.example.co.th/local/1');
    expect(t.published?.iso).toBe('2026-10-14T09:30:00+07:00');
    expect(t.modified?.iso).toBe('2026-10-14T13:12:00+07:00');
  });

  it('a full Thai month with "พ.ศ." on a .com site, read in Bangkok time (Thai is read in one zone)', () => {
    const t = read('th', '<p>วันที่ 3 มีนาคม พ.ศ. 2569 เวลา 18:05 น.</p>', 'https://www.thaidaily.example.com/news/3');
    expect(t.published?.iso).toBe('2026-03-03T18:05:00+07:00');
  });

  it('a Reiwa year with 午前 clocks, the update after its date in brackets', () => {
    const t = read('ja', '<span>令和8年5月3日 午前6時12分</span>　<span>（令和8年5月3日 午前10時40分 更新）</span>', 'https://www.hokuriku.example.jp/articles/-/1');
    expect(t.published?.iso).toBe('2026-05-03T06:12:00+09:00');
    expect(t.modified?.iso).toBe('2026-05-03T10:40:00+09:00');
  });

  it('Minguo years on a Taiwanese page, in numbers and with 民國', () => {
    const t = read('zh-Hant-TW', '<span>發佈日期：115-11-23 20:15</span>｜<span>更新日期：115-11-24 09:02</span>', 'https://www.nanying.example.com.tw/news/1');
    expect(t.published?.iso).toBe('2026-11-23T20:15:00+08:00');
    expect(t.modified?.iso).toBe('2026-11-24T09:02:00+08:00');
    expect(read('zh-TW', '<p>發佈時間：民國115年3月9日 14:30</p>', 'https://www.example.com/n/2').published?.iso).toBe('2026-03-09T14:30:00+08:00');
  });

  it('three-digit years are no Minguo dates off Taiwan, nor Solar Hijri numbers off a Persian page', () => {
    expect(read('zh-CN', '<p>编号 115-11-23 20:15</p>', 'https://www.example.cn/n/3').published).toBeNull();
    expect(read('ar', '<p>العدد 1405/07/23</p>', 'https://www.example.com.lb/n/4').published).toBeNull();
  });
});

describe('month names and labels of more countries', () => {
  it('Moroccan month names ("شتنبر", "دجنبر") in Casablanca time', () => {
    const t = read('ar', '<span>الإثنين 14 شتنبر 2026 - 18:25</span> <span>آخر تحديث: 14 شتنبر 2026 - 20:10</span>', 'https://www.sawt.example.ma/societe/1.html');
    expect(t.published?.iso).toBe('2026-09-14T18:25:00+01:00');
    expect(t.modified?.iso).toBe('2026-09-14T20:10:00+01:00');
    expect(read('ar', '<p>نشر في 2 نونبر 2026 على الساعة 10:05</p>', 'https://www.sawt.example.ma/x/2.html').published?.iso).toBe('2026-11-02T10:05:00+01:00');
  });

  it('Hebrew "פורסם" / "עודכן" with two-digit years, Israeli summer time', () => {
    const t = read('he', '<span>פורסם: 21.06.26, 08:47</span> <span>עודכן: 21.06.26, 11:20</span>', 'https://www.galil.example.co.il/article/1');
    expect(t.published?.iso).toBe('2026-06-21T08:47:00+03:00');
    expect(t.modified?.iso).toBe('2026-06-21T11:20:00+03:00');
  });

  it('Indonesian WIB with "Diperbarui", Vietnamese "Cập nhật" in (GMT+7)', () => {
    const id = read('id', '<p>Kabar - 03/08/2026, 19:22 WIB</p><p>Diperbarui 03/08/2026, 21:05 WIB</p>', 'https://www.kabar.example.co.id/read/1');
    expect(id.published?.iso).toBe('2026-08-03T19:22:00+07:00');
    expect(id.modified?.iso).toBe('2026-08-03T21:05:00+07:00');
    const vi = read('vi', '<p>Thứ hai, 7/9/2026, 15:05 (GMT+7)</p><p>Cập nhật: 7/9/2026, 18:40 (GMT+7)</p>', 'https://baosonghan.example.vn/a-1.html');
    expect(vi.published?.iso).toBe('2026-09-07T15:05:00+07:00');
    expect(vi.modified?.iso).toBe('2026-09-07T18:40:00+07:00');
  });
});

describe('a relative time with its date in a tooltip', () => {
  it('"Publicado hace 5 horas" is the date and clock of its title attribute, not a time counted back from now', () => {
    const t = read(
      'es',
      '<span class="date-pub" title="18/02/2026 10:24">Publicado hace 5 horas</span> · <span class="date-upd" title="18/02/2026 13:51">Actualizado hace 2 horas</span>',
      'https://www.meseta.example.es/valladolid/puente.html',
    );
    expect(t.published?.iso).toBe('2026-02-18T10:24:00+01:00');
    expect(t.modified?.iso).toBe('2026-02-18T13:51:00+01:00');
  });

  it('a tooltip without a date (a name, a count) changes nothing', () => {
    const t = read('es', '<span class="date-pub" title="Lucía Herrero">Publicado el 18/02/2026 a las 10:24</span>', 'https://www.meseta.example.es/valladolid/b.html');
    expect(t.published?.iso).toBe('2026-02-18T10:24:00+01:00');
  });
});
