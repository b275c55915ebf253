/**
 * Bylines of the kinds the written dev set's third held-out round found read wrong (issue #14): a
 * writer's card headed "About <name>", the kind of piece before "by" ("Guest column by"), a label of
 * a language the tables lack ("Muhabir:") and an interviewer's ("Rozmawiała:"), a Drupal field of
 * authors (a label, then one element per name), a meta author who is one of the byline's people, a
 * wire sign-off ("Reporting by …; Editing by …") as the only byline, a signature in brackets
 * ("（文・写真：…）"), and the publisher named as an Organization author.
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

const withLine = (lang: string, line: string, head = '<title>Headline</title>') =>
  page(lang, head, `<main><article><h1>Headline</h1><div class="article-info">${line}</div>${story}</article></main>`);

describe('the words before the name', () => {
  it('a writer’s card headed "About <name>"', () => {
    const m = page(
      'en-US',
      '<title>Library hours cut</title>',
      `<main><article><h1>Library hours cut</h1>${story}<div class="author-bio"><h2 class="author-title">About Maria K. Lindholm</h2><p>Maria K. Lindholm covers schools and libraries.</p></div></article></main>`,
    );
    expect(m.authors).toEqual(['Maria K. Lindholm']);
  });
  it('"About" before one word is no card’s heading', () => {
    expect(withLine('en', '<p class="byline">About Us</p>').authors).not.toContain('Us');
  });
  it('the kind of piece before "by"', () => {
    expect(withLine('en', '<p class="byline">Guest column by <span>Devon Achebe</span></p>').authors).toEqual(['Devon Achebe']);
    expect(withLine('en', '<p>Opinion by Carla Jiménez</p>').authors).toEqual(['Carla Jiménez']);
    expect(withLine('en', '<p>An analysis by Paul Brandt and Ines Wolf</p>').authors).toEqual(['Paul Brandt', 'Ines Wolf']);
  });
  it('a label the tables lack, before a colon', () => {
    expect(withLine('tr', '<div class="author">Muhabir: <a href="/muhabir/ayse-kaya">Ayşe Kaya</a></div>').authors).toEqual(['Ayşe Kaya']);
  });
  it('but not a photographer’s label', () => {
    expect(withLine('tr', '<div class="author">Fotoğraf: Mehmet Arslan</div>').authors).toEqual([]);
    expect(withLine('en', '<div class="author">Photo: Jane Roe</div>').authors).toEqual([]);
  });
  it('an interviewer’s label', () => {
    expect(withLine('pl', '<p class="autor">Rozmawiał: Paweł Nowicki</p>').authors).toEqual(['Paweł Nowicki']);
  });
});

describe('names in elements of their own', () => {
  it('a Drupal field: its label, then one item per name, no separator', () => {
    const m = withLine(
      'de',
      '<div class="field field--name-field-autoren field--type-entity-reference"><div class="field__label">Autoren</div><div class="field__items"><div class="field__item"><a href="/autor/a">Jonas Keller</a></div><div class="field__item"><a href="/autor/b">Aylin Demir</a></div></div></div><time datetime="2025-02-03T09:00:00+01:00">3. Februar 2025</time>',
    );
    expect(m.authors).toEqual(['Jonas Keller', 'Aylin Demir']);
  });
  it('but not the bio sentence after a card’s name', () => {
    expect(withLine('pl', '<div class="author-box"><p>O autorze</p><p>Michał Lewandowski</p><p>Dziennikarz działu gospodarczego. Pisze o transporcie.</p></div>').authors).toEqual(['Michał Lewandowski']);
  });
});

describe('the byline’s people over the markup’s', () => {
  it('a meta author who is one of the people the byline prints in capitals', () => {
    const m = withLine('en-AU', '<div class="vcard"><span class="fn">DANIEL REEVES</span> (now) and <span class="fn">SOPHIE TRAN</span> (earlier)</div>', '<title>Live</title><meta name="author" content="Daniel Reeves">');
    expect(m.authors).toEqual(['Daniel Reeves', 'Sophie Tran']);
  });
  it('a meta author the byline does not name stays', () => {
    expect(withLine('en', '<p>By Ann Lee</p>', '<title>Live</title><meta name="author" content="Tom Field">').authors).toEqual(['Tom Field']);
  });
});

describe('a sign-off at the story’s end', () => {
  const signed = (line: string, head = '') =>
    page('en', `<title>Gilts rally</title>${head}`, `<main><article><h1>Gilts rally</h1><time datetime="2025-05-02T08:00:00Z">May 2, 2025</time>${story}<p>${line}</p></article></main>`);
  it('names the reporters, without their places or the editors', () => {
    expect(signed('Reporting by Sam Okoye in Lagos and Mia Berg in Oslo; Editing by Ken Wills').authors).toEqual(['Sam Okoye', 'Mia Berg']);
  });
  it('over the publisher named as an Organization author', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Gilts rally","author":{"@type":"Organization","name":"Harbour Wire"},"publisher":{"@type":"Organization","name":"Harbour Wire"}}</script>';
    expect(signed('Reporting by Sam Okoye; Editing by Ken Wills', ld).authors).toEqual(['Sam Okoye']);
    expect(signed('Editing by Ken Wills', ld).authors).toEqual([]);
  });
  it('"Additional reporting by" names no author', () => {
    expect(signed('Additional reporting by Sam Okoye').authors).toEqual([]);
  });
  it('a signature in brackets with a writer’s label', () => {
    const m = page('ja', '<title>大雪で欠航相次ぐ</title>', `<main><article><h1>大雪で欠航相次ぐ</h1><p>${'北海道では７日、大雪の影響で空の便の欠航が相次いだ。'.repeat(4)}</p><p>（文・写真：森田 恵美）</p></article></main>`);
    expect(m.authors).toEqual(['森田 恵美']);
  });
  it('but not a photographer’s alone', () => {
    const m = page('ja', '<title>大雪で欠航相次ぐ</title>', `<main><article><h1>大雪で欠航相次ぐ</h1><p>${'北海道では７日、大雪の影響で空の便の欠航が相次いだ。'.repeat(4)}</p><p>（写真：森田 恵美）</p></article></main>`);
    expect(m.authors).toEqual([]);
  });
});
