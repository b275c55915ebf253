import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../cli/dom';
import { extractMetadata } from '../../../tools/core/halves';
import { runReadability } from '../../../src/text/collect';

const STORY = `<p>${'The board approved the new release schedule on Friday after months of testing on three platforms. '.repeat(4)}</p>
<p>${'Engineers said the change would let users get fixes a week sooner, with fewer regressions along the way. '.repeat(4)}</p>`;

/** The shape of a Blogger post page: the <h1> is the blog's name, the whole main column is a
 *  "widget Blog" section, and the date and author sit in the post's own footer. */
const blogger = (opening = '') => `<!doctype html><html lang="en"><head><title>Release notes: Spring</title></head><body>
<header><h1 class="title">Engineering Notes</h1></header>
<div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">
<div class="post hentry"><h3 class="post-title entry-title">Release notes: Spring</h3>
<div class="post-body entry-content">${opening}${STORY}</div>
<div class="post-footer"><div class="post-footer-line"><span class="post-author vcard">Posted by
<span itemprop="author" itemscope itemtype="http://schema.org/Person"><a class="g-profile" href="/profile/1" rel="author"><span itemprop="name">Dev Team Account</span></a></span></span>
<span class="post-timestamp">at <a class="timestamp-link" href="/2016/05/spring.html"><abbr class="published" itemprop="datePublished" title="2016-05-08T00:55:00-07:00">12:55 AM</abbr></a></span></div></div>
</div></div></div></div>
<div class="sidebar"><div class="widget"><p>Posted by Someone Else on 2016-01-01</p></div></div>
</body></html>`;

function meta(html: string, url = 'https://notes.example/2016/05/spring.html') {
  const doc = parseDocument(html);
  return extractMetadata(doc, { url, now: new Date('2025-06-01T00:00:00Z'), readability: runReadability(doc) });
}

describe('a blog post page (Blogger layout)', () => {
  it('dates the post from <abbr itemprop=datePublished title=…> in the post footer', () => {
    expect(meta(blogger()).times.published?.iso).toBe('2016-05-08T00:55:00-07:00');
  });

  it('names the posting account when the post has no signed opening line', () => {
    expect(meta(blogger()).authors).toEqual(['Dev Team Account']);
  });

  it('does not take a sentence that opens with "By the way" or "Par exemple" for a byline', () => {
    expect(meta(blogger('<p><em>By the way, this release took longer than planned.</em></p>')).authors).toEqual(['Dev Team Account']);
    expect(meta(blogger('<p><em>Par exemple, le ministre a dit non.</em></p>')).authors).toEqual(['Dev Team Account']);
  });

  it('prefers the opening "Posted by …" line of the post, without the role after the comma', () => {
    const m = meta(blogger('<p><em>Posted by Andrew Hayden, Software Engineer on Google Play</em></p>'));
    expect(m.authors).toEqual(['Andrew Hayden']);
  });

  it('reads no day from a URL that names only a month (/2016/05/), and a day from one that names it', () => {
    const undated = blogger().replace(/<abbr[^>]*>[^<]*<\/abbr>/, '');
    expect(meta(undated).times.published).toBeNull();
    expect(meta(undated, 'https://notes.example/2016/05/08/spring.html').times.published?.iso).toBe('2016-05-08');
    expect(meta(undated, 'https://notes.example/news/20160508-spring').times.published?.iso).toBe('2016-05-08');
    expect(meta(undated, 'https://notes.example/2016/13/45/spring.html').times.published).toBeNull();
  });
});

describe('a day printed without its year', () => {
  const page = `<!doctype html><html lang="en"><head><title>Gunmen storm museum</title></head><body><article>
<h1>Gunmen storm museum</h1><p class="byline">By Erin Cunningham</p><span class="pb-timestamp">March 18 at 3:57 PM</span>${STORY}</article></body></html>`;
  const at = (url: string) => {
    const doc = parseDocument(page);
    return extractMetadata(doc, { url, now: new Date('2026-11-26T00:00:00Z'), readability: runReadability(doc) }).times.published?.iso;
  };

  it('takes the year of the same day in the URL', () => {
    expect(at('https://news.example/world/gunmen-storm-museum/2015/03/18/00202e76_story.html')).toBe('2015-03-18T15:57:00');
  });

  it('else assumes the most recent past year', () => {
    expect(at('https://news.example/world/gunmen-storm-museum')).toBe('2026-03-18T15:57:00');
  });
});

describe('a blog without a headline element', () => {
  it('is dated by the dated byline that opens the post', () => {
    const html = `<!doctype html><html lang="en"><head><title>On Recent Events - Jane Roe</title></head><body>
<div class="post"><p>Tuesday 15 October 2019 by Jane Roe</p>${STORY}</div></body></html>`;
    const doc = parseDocument(html);
    const m = extractMetadata(doc, { url: 'https://jane.example/blog/recent', now: new Date('2025-06-01T00:00:00Z'), readability: runReadability(doc) });
    expect(m.times.published?.iso).toBe('2019-10-15');
  });

  it('is dated by an opening "Posted by <handles> on <date>" line', () => {
    const html = `<!doctype html><html lang="en"><head><title>Friday Facts #282</title></head><body>
<div class="post"><p>Posted by kovarex, TOGos on 2019-02-15, all posts</p>${STORY}</div></body></html>`;
    const doc = parseDocument(html);
    const m = extractMetadata(doc, { url: 'https://game.example/blog/fff-282', now: new Date('2025-06-01T00:00:00Z'), readability: runReadability(doc) });
    expect(m.times.published?.iso).toBe('2019-02-15');
    expect(m.authors).toEqual(['kovarex', 'TOGos']);
  });
});
