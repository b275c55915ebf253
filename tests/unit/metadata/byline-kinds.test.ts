/**
 * Bylines of the kinds the written dev set found read wrong (issue #14): a line labelled with the
 * writer's label and no "By" ("Autor: …", "Автор: …", "A cura di …", "oprac. … / PAP"); the writer's
 * label inside a row of other fields ("来源：… 作者：…"); the newsroom as the label ("Rédaction : …");
 * an agency after the name that no list knows ("…, La Presse Canadienne", "… / Agência Norte");
 * a place after the name ("…, de Recife", "… (Sevilla) / … (Madrid)"); a Japanese name written with
 * a space after "記者", and "執筆者" before two names.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../cli/dom';
import { runReadability } from '../../../src/text/collect';
import { extractMetadata } from '../../../tools/core/halves';

const story = `<p>${'The council met on Thursday evening and voted on the plan after a long debate about its cost and its timetable. '.repeat(3)}</p>`;

const read = (lang: string, meta: string, url = 'https://www.news.example.com/city/story') =>
  extractMetadata(
    parseDocument(`<!doctype html><html lang="${lang}"><head><title>Headline</title></head><body><main><article><h1>Headline</h1>
<div class="article-info">${meta}</div>${story}</article></main></body></html>`),
    { url, now: new Date('2026-12-01T00:00:00Z'), readability: null },
  );

describe('a line labelled with the writer’s label', () => {
  it('German "Autor:" in a box of dates', () => {
    expect(read('de', '<div>Autor: <strong>Sabine Krüger</strong></div><div>Erstellt: 02.06.2025, 07:15</div>').authors).toEqual(['Sabine Krüger']);
  });
  it('Russian "Автор:"', () => {
    expect(read('ru', '<p>Автор: <a href="/authors/1">Игорь Лебедев</a></p><p>Опубликовано: 3 марта 2025, 10:00</p>').authors).toEqual(['Игорь Лебедев']);
  });
  it('Italian "A cura di"', () => {
    expect(read('it', '<p>A cura di Chiara Esposito</p><p>Napoli, 3 ottobre 2025 - 15:20</p>').authors).toEqual(['Chiara Esposito']);
  });
  it('Polish "oprac." with the agency after a slash', () => {
    const m = read('pl', '<p>oprac. Anna Wójcik / PAP</p><p>02.10.2025 16:40</p>');
    expect(m.authors).toEqual(['Anna Wójcik']);
    expect(m.credit).toContain('PAP');
  });
  it('Chinese: the writer’s field in a row that opens with the source', () => {
    expect(read('zh-CN', '<p>来源：晨报 作者：陈静 2025-05-06 08:00</p>', 'https://www.chenbao.example.cn/city/1.html').authors).toEqual(['陈静']);
  });
  it('French: the newsroom as the label, the agency in brackets', () => {
    expect(read('fr-BE', '<p>Rédaction : Lucas Lambert (avec Belga)</p>').authors).toEqual(['Lucas Lambert']);
  });
});

describe('what follows the name', () => {
  it('an agency no list knows, after a comma or a slash', () => {
    expect(read('fr-CA', '<p class="auteur">Julie Gagnon, La Presse Canadienne</p>').authors).toEqual(['Julie Gagnon']);
    const m = read('pt-BR', '<div class="byline"><span>Pedro Henrique Alves</span> <span>/ Agência Norte</span></div>');
    expect(m.authors).toEqual(['Pedro Henrique Alves']);
    expect(m.credit).toContain('Agência Norte');
  });
  it('a place, in a part of its own or in brackets', () => {
    expect(read('pt-BR', '<p>Por Beatriz Lima, de Recife</p>').authors).toEqual(['Beatriz Lima']);
    expect(read('es', '<div class="autores"><a href="/firmas/ana">Ana Ruiz</a> (Sevilla) / <a href="/firmas/luis">Luis Gil</a> (Madrid)</div>').authors).toEqual(['Ana Ruiz', 'Luis Gil']);
  });
  it('keeps a co-author after a comma', () => {
    expect(read('pt-BR', '<p>Por Beatriz Lima, Daniel Rocha</p>').authors).toEqual(['Beatriz Lima', 'Daniel Rocha']);
  });
});

describe('more that is not the name', () => {
  it('the paper written for, in capitals', () => {
    expect(read('en-GB', '<p class="author-section">By <a href="/profile/x">SARAH MILLS FOR THE WEEKLY POST</a></p>').authors).toEqual(['SARAH MILLS']);
  });
  it('a place and a role in brackets, with a comma inside', () => {
    expect(read('fr', '<p class="meta__author">Par <a href="/s/1">Paul Girard</a> (Lyon, correspondant)</p>').authors).toEqual(['Paul Girard']);
  });
  it('the writer’s role after "By" ("Door onze redacteur")', () => {
    expect(read('nl', '<p class="byline">Door onze redacteur Joris Bakker</p>').authors).toEqual(['Joris Bakker']);
  });
  it('an Arabic weekday with its comma before the date', () => {
    expect(read('ar', '<div><span>كتب: خالد يوسف</span> <span>الثلاثاء، 6 مايو 2025 11:00 ص</span></div>', 'https://www.news.example.eg/a/1').authors).toEqual(['خالد يوسف']);
  });
  it('the writer’s field in a row that opens with the date', () => {
    expect(read('zh-CN', '<div class="info">2025-08-14 07:45:12 来源: 晨报 作者: 何平</div>', 'https://www.news.example.cn/a/4').authors).toEqual(['何平']);
  });
});

describe('Japanese names written with a space', () => {
  it('"記者 山田 太郎" is one person on a Japanese page', () => {
    expect(read('ja', '<div class="byline">記者 山田 太郎</div>', 'https://www.news.example.jp/a/1').authors).toEqual(['山田 太郎']);
  });
  it('"執筆者" before two names', () => {
    expect(read('ja', '<p class="writer">執筆者　佐々木 亮、松本 彩</p>', 'https://www.news.example.jp/a/2').authors).toEqual(['佐々木 亮', '松本 彩']);
  });
  it('still two people after "记者" on a Chinese page', () => {
    expect(read('zh-CN', '<div class="byline">本报记者 张伟 李娜</div>', 'https://www.news.example.cn/a/3').authors).toEqual(['张伟', '李娜']);
  });
});

describe('a wire dateline that opens the story names its reporters when no byline does', () => {
  const wire = (lang: string, lead: string, url: string) => {
    const doc = parseDocument(`<!doctype html><html lang="${lang}"><head><title>Headline</title></head><body><main><article><h1>Headline</h1>
<p class="time">2025-04-02 09:30</p><div class="content"><p>${lead}</p><p>${lead.slice(-60).repeat(4)}</p></div></article></main></body></html>`);
    return extractMetadata(doc, { url, now: new Date('2026-12-01T00:00:00Z'), readability: runReadability(doc) });
  };

  it('Xinhua: "新华社上海4月2日电（记者 周敏 孙强）"', () => {
    const m = wire('zh-CN', '新华社上海4月2日电（记者 周敏 孙强）记者2日从上海市交通委获悉，上海将在年内新开三条公交线路，方便郊区居民出行。相关部门表示，新线路将与地铁站衔接。', 'https://www.news.example.cn/2025-04/02/c_1.htm');
    expect(m.authors).toEqual(['周敏', '孙强']);
    expect(m.credit).toContain('新华社');
  });

  it('Yonhap: "(부산=연합뉴스) 김도윤 기자 = …"', () => {
    const m = wire('ko', '(부산=연합뉴스) 김도윤 기자 = 부산시가 올해 안에 시내버스 노선 세 개를 새로 만든다고 2일 밝혔다. 시는 새 노선이 지하철역과 이어지도록 할 계획이다.', 'https://www.news.example.kr/view/1');
    expect(m.authors).toEqual(['김도윤']);
  });

  it('not a sentence that merely mentions a reporter', () => {
    const m = wire('zh-CN', '上海市交通委2日表示，将在年内新开三条公交线路（记者在现场看到，站牌已经安装），方便郊区居民出行。相关部门表示，新线路将与地铁站衔接。', 'https://www.news.example.cn/2025-04/02/c_2.htm');
    expect(m.authors).toEqual([]);
  });
});
