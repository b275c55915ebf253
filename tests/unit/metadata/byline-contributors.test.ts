/**
 * Byline habits of the written dev set's fifth held-out round (issue #14), by kind: contributors'
 * blocks that print each name and then its post in elements of their own, co-authors after "with",
 * a co-author whose whole role follows the name, unlabelled "Name | Paper" lines one per writer, names
 * linked one by one, "Aus <Ort> berichtet", a dateline's place written onto the name ("بيروت- …"), the
 * reporters of a Japanese or Korean story's opening bracket when the byline names only the site, and a
 * logo drawn in SVG that only its link's label names.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../cli/dom';
import { analyzeDocument } from '../../../src/index';

const story = (lang: string): string =>
  lang === 'en'
    ? `<p>${'The council met on Thursday evening and voted on the plan after a long debate about its cost and its timetable. '.repeat(3)}</p><p>${'Residents who spoke said the plan came too late for the neighbourhoods that flooded last winter. '.repeat(2)}</p>`
    : '';

const read = (lang: string, head: string, body: string, url = 'https://www.harbourpost.example.com/city/council-harbour-plan') =>
  analyzeDocument(parseDocument(`<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`), { url, now: new Date('2026-12-01T00:00:00Z') });

const h1 = '<h1>Council approves the harbour plan after a five-hour meeting</h1>';

describe('contributors’ blocks: a name, then its post, in elements of their own', () => {
  it('two writers, each with a role or a desk, no "By"', () => {
    const a = read(
      'en',
      '<title>Council approves the harbour plan after a five-hour meeting</title>',
      `<main><article>${h1}<div data-component="byline-block"><time datetime="2025-07-14T11:32:18.000Z">14 July 2025</time>
<div class="contributor"><div class="contributor-name"><span>Megan Ashworth</span></div><div class="contributor-role">Local democracy reporter</div></div>
<div class="contributor"><div class="contributor-name"><span>Rhys Pritchard</span></div><div class="contributor-role">Harbour Post News Wales</div></div></div>${story('en')}</article></main>`,
    );
    expect(a.authors).toEqual(['Megan Ashworth', 'Rhys Pritchard']);
  });
  it('the second writer’s post is an agency', () => {
    const a = read(
      'en-AU',
      '<title>Council approves the harbour plan | The Harbour Post</title><meta property="og:site_name" content="The Harbour Post"><meta name="author" content="Ben Carver">',
      `<main><article>${h1}<div class="story-byline"><div class="author-block"><a class="author_name" href="/journalists/ben-carver">Ben Carver</a><span class="author_role">Council Editor</span></div>
<div class="author-block"><span class="author_name">Tessa Moore</span><span class="author_role">AAP</span></div></div>${story('en')}</article></main>`,
    );
    expect(a.authors).toEqual(['Ben Carver', 'Tessa Moore']);
  });
  it('one writer and the post alone: one author, the post is no name', () => {
    const a = read('en', '<title>Council approves the harbour plan</title>', `<main><article>${h1}<div class="byline"><span class="name">Megan Ashworth</span><span class="role">Senior Political Correspondent</span></div>${story('en')}</article></main>`);
    expect(a.authors).toEqual(['Megan Ashworth']);
  });
});

describe('co-authors joined otherwise than by "and"', () => {
  it('"Story by X with Y"', () => {
    const a = read('en', '<title>Council approves the harbour plan</title><meta name="author" content="webdesk">', `<main><article>${h1}<div class="article-byline">Story by <a href="/author/cmcgrath/">Ciara McGrath-Lowe</a> with <a href="/author/dokafor/">David Okafor</a></div>${story('en')}</article></main>`);
    expect(a.authors).toEqual(['Ciara McGrath-Lowe', 'David Okafor']);
  });
  it('"By X with Reuters": the agency is the credit, no co-author', () => {
    const a = read('en', '<title>Council approves the harbour plan</title>', `<main><article>${h1}<p class="byline">By Ciara McGrath with Reuters</p>${story('en')}</article></main>`);
    expect(a.authors).toEqual(['Ciara McGrath']);
    expect(a.credit).toContain('Reuters');
  });
  it('"By X with The Associated Press": the agency with its article is the credit, not part of the name', () => {
    const a = read('en', '<title>Council approves the harbour plan</title>', `<main><article>${h1}<p class="byline">By Ciara McGrath with The Associated Press</p>${story('en')}</article></main>`);
    expect(a.authors).toEqual(['Ciara McGrath']);
    expect(a.credit).toContain('Associated Press');
  });
  it('"Jane Doe, John Roe Staff Writer": the role of two words is the second writer’s, not a post of the first', () => {
    const a = read('en', '<title>Council approves the harbour plan</title>', `<main><article>${h1}<p class="byline">By Laura Penn, Marcus Hale Staff Writer</p>${story('en')}</article></main>`);
    expect(a.authors).toEqual(['Laura Penn', 'Marcus Hale']);
  });
  it('"Jane Doe, State Political Reporter": a post of one role word and its qualifiers stays a post', () => {
    const a = read('en', '<title>Council approves the harbour plan</title>', `<main><article>${h1}<p class="byline">By Laura Penn, State Political Reporter</p>${story('en')}</article></main>`);
    expect(a.authors).toEqual(['Laura Penn']);
  });
});

describe('one writer per line or per link', () => {
  it('unlabelled "Name | Paper" lines under the headline (a network’s name under the second)', () => {
    const a = read(
      'en',
      '<title>Council approves the harbour plan after a five-hour meeting</title><meta property="og:site_name" content="The Harbour Post">',
      `<main><article>${h1}<div class="gnt_ar_by"><a href="/staff/1/laura-penn/">Laura Penn</a><div>The Harbour Post</div></div><div class="gnt_ar_by"><a href="/staff/2/marcus-hale/">Marcus Hale</a><div>USA TODAY NETWORK</div></div>
<div class="gnt_ar_dt">Published 6:02 a.m. ET Sept. 12, 2025</div>${story('en')}</article></main>`,
    );
    expect(a.authors).toEqual(['Laura Penn', 'Marcus Hale']);
  });
  it('two linked writers, each with the place they file from, in the line above the date', () => {
    const a = read(
      'es',
      '<title>El Gobierno aprueba la reforma | España | EL DIARIO DEL PUERTO</title><meta name="author" content="Marta Gil">',
      `<main><article><h1>El Gobierno aprueba la reforma de la ley de costas</h1><div class="a_md"><div class="a_md_a"><a href="/autor/marta-gil/">Marta Gil</a> | <span>Madrid</span></div><div class="a_md_a"><a href="/autor/pablo-ruiz/">Pablo Ruiz</a> | <span>Valencia</span></div>
<div class="a_md_f"><time datetime="2025-06-03T13:45:00+02:00">03 jun 2025 - 13:45 CEST</time></div></div><p>${'El Congreso ha aprobado este martes la reforma con el apoyo de sus socios. '.repeat(4)}</p></article></main>`,
      'https://www.diariodelpuerto.example.es/espana/2025-06-03/reforma.html',
    );
    expect(a.authors).toEqual(['Marta Gil', 'Pablo Ruiz']);
  });
  it('the writers of a list of other stories are no co-authors', () => {
    const a = read(
      'en',
      '<title>Council approves the harbour plan</title>',
      `<main><article>${h1}<div class="byline">By <a href="/author/laura-penn/">Laura Penn</a></div>${story('en')}</article><aside class="more"><ul><li><a href="/a">Bridge to reopen</a> <span class="item__author">Marcus Hale</span></li><li><a href="/b">Ferry fares rise</a> <span class="item__author">Tessa Moore</span></li></ul></aside></main>`,
    );
    expect(a.authors).toEqual(['Laura Penn']);
  });
});

describe('labels and places before the name', () => {
  it('German "Aus Brüssel berichtet X"', () => {
    const a = read(
      'de',
      '<title>Landwirte blockieren Brüssel - DER WESTBOTE</title><meta name="author" content="DER WESTBOTE">',
      `<main><article><h1>Landwirte blockieren Brüssel</h1><div class="authors">Aus Brüssel berichtet <a href="/autor/jonas-brandt">Jonas Brandt</a></div><p>${'Mit mehr als tausend Traktoren haben Landwirte das Europaviertel lahmgelegt. '.repeat(4)}</p></article></main>`,
      'https://www.westbote.example.de/ausland/bauern-bruessel-a-1',
    );
    expect(a.authors).toEqual(['Jonas Brandt']);
  });
  it('Arabic: the dateline’s place with a dash written onto it', () => {
    const a = read(
      'ar',
      '<title>عودة الكهرباء 12 ساعة يوميا | أخبار | الميناء نت</title><meta name="author" content="الميناء نت">',
      `<main><article><h1>عودة الكهرباء 12 ساعة يوميا بعد وصول شحنة الوقود</h1><div class="article-author-block"><span class="article-author">القاهرة- <a href="/author/1">سامي عبد الله</a></span></div><p>${'أعلنت المؤسسة أن التغذية بالتيار الكهربائي سترتفع إلى 12 ساعة يوميا في معظم المناطق. '.repeat(3)}</p></article></main>`,
      'https://www.almina.example.net/news/2025/8/21/power',
    );
    expect(a.authors).toEqual(['سامي عبد الله']);
  });
});

describe('the reporters of the story’s opening bracket, when the byline names only the site', () => {
  it('Japanese 【place＝name、place＝name】', () => {
    const a = read(
      'ja',
      '<title>日銀、追加利上げを決定 - 北海経済新聞</title><meta property="og:site_name" content="北海経済新聞"><meta name="author" content="北海経済新聞">',
      '<main><article><h1>日銀、追加利上げを決定　賃上げの広がりを確認</h1><p>2025年12月19日 13:05</p><p>【東京＝山本大輔、大阪＝中村美咲】日本銀行は19日の金融政策決定会合で、政策金利を0.25%引き上げることを決めた。賃上げの広がりを確認したとしている。</p><p>植田総裁は記者会見で今後の見通しを説明した。</p></article></main>',
      'https://www.hokkai-keizai.example.jp/article/DGX123',
    );
    expect(a.authors).toEqual(['山本大輔', '中村美咲']);
  });
  it('Japanese 【place時事】: an agency’s bureau, no person', () => {
    const a = read(
      'ja',
      '<title>日銀、追加利上げを決定 - 北海経済新聞</title><meta name="author" content="北海経済新聞">',
      '<main><article><h1>日銀、追加利上げを決定　賃上げの広がりを確認</h1><p>【ワシントン時事】米連邦準備制度理事会は政策金利を据え置くことを決めた。市場の予想通りだった。</p></article></main>',
      'https://www.hokkai-keizai.example.jp/article/DGX124',
    );
    expect(a.authors).toEqual([]);
  });
  it('Korean [place=agency]names 기자 =, the site named as meta author', () => {
    const a = read(
      'ko',
      '<title>최저임금 확정 | 바다뉴스</title><meta property="og:site_name" content="바다뉴스"><meta name="author" content="바다뉴스">',
      '<main><article><h1>내년 최저임금 1만1020원 확정</h1><p>[세종=바다뉴스]박민수 정하은 기자 = 고용노동부가 내년도 최저임금을 시간당 1만1020원으로 확정해 고시했다.</p><p>월 환산액은 230만3180원이다.</p></article></main>',
      'https://www.badanews.example.kr/view/20250805_1',
    );
    expect(a.authors).toEqual(['박민수', '정하은']);
  });
});

describe('a logo drawn in SVG, named only by its link', () => {
  it('aria-label "<site>, Home" on the front page’s link', () => {
    const a = read('en-GB', '<title>Council approves the harbour plan after a five-hour meeting</title>', `<header><a href="https://www.harbourpost.example.com/" aria-label="Harbour Post, Home"><svg viewBox="0 0 84 24"><path d="M0 0h84v24H0z"></path></svg></a></header><main><article>${h1}${story('en')}</article></main>`);
    expect(a.source.siteName).toBe('Harbour Post');
  });
  it('a link to another site’s front page names no site', () => {
    const a = read('en-GB', '<title>Council approves the harbour plan after a five-hour meeting</title>', `<header><a href="https://www.partner.example.org/" aria-label="Partner Network, Home"><svg viewBox="0 0 84 24"><path d="M0 0h84v24H0z"></path></svg></a></header><main><article>${h1}${story('en')}</article></main>`);
    expect(a.source.siteName).not.toBe('Partner Network');
  });
});
