/**
 * Byline parts that are no person (issue #14, the written dev set's held-out-4 misses): the page's own
 * site name printed after the writer's ("By Derek Walsh, Continental Report"), compared with the name
 * the page gives itself (og:site_name or the title's affix); and the writer's post after a comma
 * ("Tom Gallagher, State Political Reporter"), a role as a whole, not a co-author.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../cli/dom';
import { extractMetadata } from '../../../tools/core/halves';

const story = `<p>${'The council met on Thursday evening and voted on the plan after a long debate about its cost and its timetable. '.repeat(3)}</p>`;

const read = (lang: string, head: string, byline: string, url = 'https://www.news.example.com/city/story') =>
  extractMetadata(
    parseDocument(`<!doctype html><html lang="${lang}"><head>${head}</head><body><main><article><h1>Council approves the harbour plan</h1>
${byline}${story}</article></main></body></html>`),
    { url, now: new Date('2026-12-01T00:00:00Z'), readability: null },
  );

describe('the site’s own name after the writer’s', () => {
  it('English, the name in og:site_name', () => {
    const m = read('en', '<title>Council approves the harbour plan | Harbor Ledger</title><meta property="og:site_name" content="Harbor Ledger">', '<div class="byline">By <a href="/p/nina-park">Nina Park</a>, Harbor Ledger</div>');
    expect(m.authors).toEqual(['Nina Park']);
  });
  it('French, a name of three words with an article', () => {
    const m = read('fr-CA', '<title>Le conseil approuve le plan | Le Nouvelliste Régional</title><meta property="og:site_name" content="Le Nouvelliste Régional">', '<div class="auteur">Par <strong>Marie-Ève Tremblay</strong>, Le Nouvelliste Régional</div>', 'https://www.nouvelliste.example.ca/a/1');
    expect(m.authors).toEqual(['Marie-Ève Tremblay']);
  });
  it('Spanish, the name only in the title’s affix', () => {
    const m = read('es', '<title>El concejo aprueba el plan del puerto - El Faro Austral</title>', '<p class="autor">Por Lucía Méndez, El Faro Austral</p>', 'https://www.farosur.example.com/a/1');
    expect(m.authors).toEqual(['Lucía Méndez']);
  });
  it('keeps a co-author who is not the site, and a blog named after its writer', () => {
    const head = '<title>Council approves the harbour plan | Harbor Ledger</title><meta property="og:site_name" content="Harbor Ledger">';
    expect(read('en', head, '<div class="byline">By Nina Park, Omar Haddad</div>').authors).toEqual(['Nina Park', 'Omar Haddad']);
    const blog = '<title>Council approves the harbour plan | Nina Park</title><meta property="og:site_name" content="Nina Park">';
    expect(read('en', blog, '<div class="byline">By Nina Park</div>', 'https://ninapark.example.net/2025/plan').authors).toEqual(['Nina Park']);
    // (The site's address is no name it gives itself: a co-written blog on the writer's own domain.)
    expect(read('en', '<title>Council approves the harbour plan</title>', '<div class="byline">By Omar Haddad and Nina Park</div>', 'https://ninapark.com/2025/plan').authors).toEqual(['Omar Haddad', 'Nina Park']);
  });
});

describe('the writer’s post after a comma', () => {
  const head = '<title>Council approves the harbour plan</title>';
  it('a role of several words ending in a role noun', () => {
    expect(read('en', head, '<p class="byline">Tom Gallagher, State Political Reporter</p>').authors).toEqual(['Tom Gallagher']);
    expect(read('en', head, '<p class="byline">By Ruth Okafor, Washington Correspondent</p>').authors).toEqual(['Ruth Okafor']);
  });
  it('a plural role after two names', () => {
    expect(read('en', head, '<p class="byline">By Ruth Okafor and Dan Lee, Staff Writers</p>').authors).toEqual(['Ruth Okafor', 'Dan Lee']);
  });
  it('German and Spanish', () => {
    expect(read('de', head, '<p class="autor">Von Jonas Berger, Leitender Redakteur</p>', 'https://www.news.example.de/a/1').authors).toEqual(['Jonas Berger']);
    expect(read('es', head, '<p class="autor">Por Ana García, Corresponsal Política</p>', 'https://www.news.example.es/a/1').authors).toEqual(['Ana García']);
  });
  it('keeps a co-author joined by "and" with a role after the name, and Korean names with theirs', () => {
    expect(read('en', head, '<p class="byline">By Ruth Okafor and Dan Lee Staff Writer</p>').authors).toEqual(['Ruth Okafor', 'Dan Lee']);
    expect(read('ko', head, '<p class="byline">김철수·이영희 기자</p>', 'https://www.news.example.co.kr/a/1').authors).toEqual(['김철수', '이영희']);
  });
});

describe('staff and desk bylines in Bengali and Hindi, and the Hindi author label', () => {
  const head = '<title>Council approves the harbour plan</title>';
  it('"own reporter" and "staff reporter" name no person, nor the place after them', () => {
    expect(read('bn', head, '<div class="author">নিজস্ব প্রতিবেদক, ঢাকা</div>', 'https://www.news.example.com.bd/a/1').authors).toEqual([]);
    expect(read('hi', head, '<div class="byline">निज संवाददाता, नई दिल्ली</div>', 'https://www.news.example.in/a/1').authors).toEqual([]);
    expect(read('hi', head, '<div class="byline">स्टाफ रिपोर्टर</div>', 'https://www.news.example.in/a/2').authors).toEqual([]);
    expect(read('en-IN', head, '<div class="byline">Staff Reporter, New Delhi</div>', 'https://www.news.example.in/a/3').authors).toEqual([]);
  });
  it('a person after a desk word is still read', () => {
    expect(read('bn', head, '<div class="author">রহিম উদ্দিন, নিজস্ব প্রতিবেদক</div>', 'https://www.news.example.com.bd/a/2').authors).toEqual(['রহিম উদ্দিন']);
  });
  it('"लेखक:" and "লেখক:" label the writer', () => {
    expect(read('hi', head, '<div class="lekhak">लेखक: <a href="/author/priya">प्रिया शर्मा</a></div>', 'https://www.news.example.in/a/4').authors).toEqual(['प्रिया शर्मा']);
    expect(read('bn', head, '<div class="lekhok">লেখক: <a href="/author/rahim">রহিম উদ্দিন</a></div>', 'https://www.news.example.com.bd/a/3').authors).toEqual(['রহিম উদ্দিন']);
  });
});
