/**
 * A full day in the page's address is the day the story was first published (issue #14): when the
 * date read from the page's data and lines is more than a year later (a CMS migration restamped
 * datePublished, or the lines are a feed of today's stories), the address's day dates the story;
 * within a year, the page's own date stands (an address may carry a draft's or an event's day).
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../cli/dom';
import { extractMetadata } from '../../../tools/core/halves';

const read = (html: string, url: string) =>
  extractMetadata(parseDocument(html), { url, now: new Date('2026-12-01T00:00:00Z'), readability: null }).times;

const page = (ld: string, lines = '') => `<!doctype html><html lang="en"><head><title>Under the radar: Montauk</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"Under the radar: Montauk","datePublished":"${ld}"}</script>
</head><body><article><h1>Under the radar: Montauk</h1>${lines}
<p>The drive out along the south fork takes longer than anyone admits, but the light at the end of the island makes up for it every single time.</p></article></body></html>`;

describe('the day in the address', () => {
  it('dates the story when the structured date is years later (a restamped blog post)', () => {
    const t = read(page('2019-06-17T18:28:00+02:00'), 'https://www.blog.example/home/2017/7/12/under-the-radar-montauk');
    expect(t.published?.iso).toBe('2017-07-12');
    expect(t.published?.signal).toBe('url');
  });

  it('dates the story when the lines near the headline are a feed of another year', () => {
    const feed = '<ul class="feed"><li><span class="date">8/10/2022 9:57 AM PT</span></li><li><span class="date">8/10/2022 9:55 AM PT</span></li></ul>';
    const html = `<!doctype html><html lang="en"><head><title>Estate dispute -- a claim</title></head><body><h1>Estate dispute -- a claim</h1>${feed}<p>${'A woman says she was married to the singer and wants a say in his estate, court papers show. '.repeat(3)}</p></body></html>`;
    expect(read(html, 'https://www.gossip.example/2016/11/28/estate-dispute/').published?.iso).toBe('2016-11-28');
  });

  it('gives way to the page’s own date within a year of it', () => {
    const t = read(page('2023-10-31T09:47:16+01:00'), 'https://blog.example/2023/10/03/foundation/');
    expect(t.published?.iso).toBe('2023-10-31T09:47:16+01:00');
  });
});

describe('Chinese portals’ addresses, the day split off the month', () => {
  const bare = (title: string) => `<!doctype html><html lang="zh-CN"><head><title>${title}</title></head><body><h1>${title}</h1>
<p>${'新华网石家庄电 今年以来，河北省各地加快推进农村公路建设，全省新改建农村公路一千多公里，方便了群众出行。'.repeat(2)}</p></body></html>`;

  it('Xinhua’s /2012-06/04/content_… and People’s Daily’s /2020/0604/c1001-… date a page that shows no date', () => {
    expect(read(bare('河北加快农村公路建设'), 'http://www.he.xinhuanet.example.com/news/2012-06/04/content_25340717.htm').published?.iso).toBe('2012-06-04');
    expect(read(bare('河北加快农村公路建设'), 'http://politics.people.example.com.cn/n1/2020/0604/c1001-31734567.html').published?.iso).toBe('2020-06-04');
  });

  it('a year and a month alone (/2012-06/, /2021/22/ a season) is no day', () => {
    expect(read(bare('河北加快农村公路建设'), 'http://www.example.com.cn/news/2012-06/content_1.htm').published).toBeNull();
    expect(read(bare('河北加快农村公路建设'), 'https://www.slf.example.ch/de/berichte/2021/22/wochenbericht.html').published).toBeNull();
  });
});
