/**
 * Bylines, site names and sign-offs of the kinds the written dev set's eighth held-out round found read
 * wrong (issue #14): a label or role kept with the name ("Article rédigé par", "Van onze correspondent",
 * "تقرير:", "Prof. Dr.", "논설위원"), a Chinese "文|name 图|name" line, a newsroom that signs with the
 * paper's name, JSON-LD authors that mix an Organization and a Person or give only the addresses of
 * the writers' pages, a paper's name in a CJK script as meta author beside a signature at the end
 * ("（…記者）"), a long wire sign-off with "Writing by", and `<title>` affixes that name a section or
 * a site whose name is also the page's first, screen-reader `<h1>`.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../cli/dom';
// (The whole pipeline, Readability included: a sign-off is looked for in the article it finds.)
import { analyzeDocument } from '../../../src/index';

const story = `<p>${'The council met on Thursday evening and voted on the plan after a long debate about its cost and its timetable. '.repeat(3)}</p>`;

const page = (lang: string, head: string, body: string, url = 'https://www.news.example.com/city/story') =>
  analyzeDocument(parseDocument(`<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`), {
    url,
    now: new Date('2026-12-01T00:00:00Z'),
  });

const withLine = (lang: string, line: string, head = '<title>Headline</title>', url?: string) =>
  page(lang, head, `<main><article><h1>Headline</h1><div class="article-info">${line}</div>${story}</article></main>`, url);

describe('a label or a role before or after the name', () => {
  it('"Article rédigé par" before two linked names, then the radio after a dash', () => {
    const m = withLine('fr', '<p class="signature">Article rédigé par <a href="/redaction/a">Hélène Garnier</a>, <a href="/redaction/b">Yann Le Goff</a> - Radio Armor</p>');
    expect(m.authors).toEqual(['Hélène Garnier', 'Yann Le Goff']);
  });
  it('"Van onze correspondent" before the name and the city after it', () => {
    expect(withLine('nl', '<p class="byline">Van onze correspondent Pieter van Dam, Berlijn</p>').authors).toEqual(['Pieter van Dam']);
    expect(withLine('nl', '<p class="byline">Van onze verslaggever Sanne Bakker</p>').authors).toEqual(['Sanne Bakker']);
  });
  it('an Arabic reporter’s label, with the photographer’s after a bar', () => {
    expect(withLine('ar', '<span class="reporter">تقرير: منى عبد الرحمن</span> | <span>تصوير: خالد يوسف</span>').authors).toEqual(['منى عبد الرحمن']);
  });
  it('academic titles before the name', () => {
    expect(withLine('de', '<p class="autor">Ein Gastbeitrag von Prof. Dr. Jürgen Hallmann</p>').authors).toEqual(['Jürgen Hallmann']);
    expect(withLine('de', '<p class="autor">Von Dr. Miriam Sauer</p>').authors).toEqual(['Miriam Sauer']);
  });
  it('but a name of one word after a title keeps it', () => {
    expect(withLine('en', '<p class="byline">By Dr. Ruth</p>').authors).not.toEqual(['Ruth']);
  });
  it('a Korean editorial writer’s post after the name is no second person', () => {
    expect(withLine('ko', '<div class="byline"><span class="writer">박성우 논설위원</span> <span>입력 2026-03-02 18:10</span></div>').authors).toEqual(['박성우']);
    expect(withLine('ko', '<div class="byline"><span class="writer">이하늘 선임기자</span></div>').authors).toEqual(['이하늘']);
  });
  it('a label the tables lack in a script without capitals, but not a photographer’s', () => {
    expect(withLine('ar', '<p class="author">تحقيق: سارة محمود</p>').authors).toEqual(['سارة محمود']);
    expect(withLine('hi', '<p class="author">रिपोर्ट: अमित शर्मा</p>').authors).toEqual(['अमित शर्मा']);
    expect(withLine('ar', '<p class="author">تصوير: خالد يوسف</p>').authors).toEqual([]);
  });
  it('senior writers’ posts after a Japanese or Korean name', () => {
    expect(withLine('ja', '<p class="author">鈴木一郎 編集委員</p>').authors).toEqual(['鈴木一郎']);
    expect(withLine('ko', '<p class="writer">최유진 편집위원</p>').authors).toEqual(['최유진']);
  });
  it('a special envoy’s or a correspondent’s post, capitalised, after the name', () => {
    expect(withLine('es', '<p class="autor">Lucía Romero, Enviada Especial</p>').authors).toEqual(['Lucía Romero']);
    expect(withLine('pt', '<p class="autor">Por Ana Souza, Enviada Especial</p>').authors).toEqual(['Ana Souza']);
    expect(withLine('de', '<p class="autor">Anna Berg Korrespondentin</p>').authors).toEqual(['Anna Berg']);
    expect(withLine('it', '<p class="firma">di Chiara Longo Inviata</p>').authors).toEqual(['Chiara Longo']);
    expect(withLine('nl', '<p class="auteur">Sanne Visser Redacteur</p>').authors).toEqual(['Sanne Visser']);
  });
  it('a Chinese line of labels and names joined by bars: the writer, not the photographer or the editor', () => {
    expect(withLine('zh-CN', '<div class="author-line">文|刘海燕　图|周建国　编辑|吴磊</div>').authors).toEqual(['刘海燕']);
  });
});

describe('no person', () => {
  it('the newsroom signing with the paper’s name', () => {
    const site = (name: string) => `<title>Headline</title><meta property="og:site_name" content="${name}">`;
    expect(withLine('es-MX', '<span class="nota__autor">Redacción El Norte Diario</span> <span>Con información de AFP</span>', site('El Norte Diario')).authors).toEqual([]);
    expect(withLine('de', '<p class="autor">Redaktion Lahntal Bote</p>', site('Lahntal Bote')).authors).toEqual([]);
  });
  it('but a desk of the paper signs as its author', () => {
    expect(withLine('de', '<p class="autor">Redaktion Politik · Aktualisiert am 14.05.2025, 18:42 Uhr</p>', '<title>Headline</title><meta property="og:site_name" content="Lahntal Bote">').authors).toEqual(['Redaktion Politik']);
  });
  it('but the newsroom’s label before a person’s name still names the person', () => {
    expect(withLine('es', '<p class="autor">Redacción: Lucía Ferrer</p>').authors).toEqual(['Lucía Ferrer']);
  });
});

describe('authors in the markup', () => {
  const ld = (author: unknown) =>
    `<title>Headline</title><script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Headline', author, publisher: { '@type': 'Organization', name: 'The Valley Courier' } })}</script>`;
  it('an Organization beside a Person: the person', () => {
    const m = withLine('en', '<span class="byline">By <a href="https://social.example/@mreyes">@mreyes</a></span>', ld([{ '@type': 'Organization', name: 'Valley Courier Staff' }, { '@type': 'Person', name: 'Marta Reyes' }]));
    expect(m.authors).toEqual(['Marta Reyes']);
  });
  it('an Organization alone stays the organisation when no byline names a person', () => {
    expect(withLine('en', '<p>Updated daily</p>', ld([{ '@type': 'Organization', name: 'Valley Courier Staff' }])).authors).toEqual(['Valley Courier Staff']);
  });
  it('authors given as the addresses of their pages: the names printed that spell them', () => {
    const m = withLine(
      'es',
      '<ul class="autores"><li><a href="/autor/ines-cordoba/">Inés Córdoba</a></li><li><a href="/autor/tomas-ibanez/">Tomás Ibáñez</a></li></ul><p><time datetime="2026-07-01T10:00:00+02:00">1 jul 2026</time></p>',
      `${ld(['https://www.news.example.com/autor/ines-cordoba/', 'https://www.news.example.com/autor/tomas-ibanez/'])}<meta name="author" content="The Valley Courier">`,
    );
    expect(m.authors).toEqual(['Inés Córdoba', 'Tomás Ibáñez']);
  });
  it('but no name is made up from an address the page prints no name for', () => {
    expect(withLine('es', '<p class="lugar">Madrid</p>', ld(['https://www.news.example.com/autor/ines-cordoba/'])).authors).toEqual([]);
  });
});

describe('a signature at the story’s end', () => {
  it('a Japanese reporter’s name in brackets, the paper as meta author', () => {
    const m = page(
      'ja',
      '<title>見出し</title><meta name="author" content="北陸新報社">',
      `<main><article><h1>見出し</h1><p>${'市は20日、新しい計画を発表した。工事は来年から始まる予定だ。'.repeat(4)}</p><p>（高橋由美記者）</p></article></main>`,
    );
    expect(m.authors).toEqual(['高橋由美']);
  });
  it('a wire sign-off of several parts: the reporters and the writer, not the additional reporting or the editors', () => {
    const m = page(
      'en',
      '<title>Headline</title>',
      `<main><article><h1>Headline</h1>${story}<p>Reporting by Kwame Mensah in Accra and Ruth Alemu in Addis Ababa; Additional reporting by Joseph Kariuki in Nairobi; Writing by Natalie Brookes; Editing by Alex Richardson and Mark Heinrich</p></article></main>`,
    );
    expect(m.authors).toEqual(['Kwame Mensah', 'Ruth Alemu', 'Natalie Brookes']);
  });
});

describe('the site’s name from the <title>', () => {
  it('a section after the headline is no site: the logo names it', () => {
    const m = page(
      'en-US',
      '<title>Why the levy deserves a yes | Opinion</title><meta property="article:section" content="Opinion">',
      `<header><a href="/"><img src="/logo.png" alt="Cedar Valley Ledger"></a></header><main><article><h1>Why the levy deserves a yes</h1>${story}</article></main>`,
      'https://www.cedarvalleyledger.example.com/opinion/levy-deserves-a-yes/',
    );
    expect(m.source.siteName).toBe('Cedar Valley Ledger');
  });
  it('the section read from the address alone', () => {
    const m = page('en-US', '<title>Tigers win the title | Sports</title>', `<main><article><h1>Tigers win the title</h1>${story}</article></main>`, 'https://www.rivertonpost.example.com/sports/tigers-win/');
    expect(m.source.siteName).not.toBe('Sports');
  });
  it('a site named in the <title> and in a screen-reader <h1> before the headline', () => {
    const m = page(
      'en-US',
      '<title>Flu season arrives early | Harbor Health</title>',
      `<header><h1 class="visually-hidden">Harbor Health</h1><a href="/"><img src="/logo.svg" alt=""></a></header><main><article><h1>Flu season arrives early</h1>${story}</article></main>`,
      'https://www.harborhealth.example.com/news/flu-season',
    );
    expect(m.source.siteName).toBe('Harbor Health');
    expect(m.title).toBe('Flu season arrives early');
  });
});
