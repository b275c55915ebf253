/**
 * An English page of no country that writes its dates the American way (issue #14): month first
 * with a 12-hour clock ("December 16, 2016, 4:19 PM", "Dec 1st 2016 1:01PM") is read in US Eastern
 * time, where most American newsrooms keep their clocks, and the time says the zone was assumed.
 * A British page ("16 December 2016, 16:19"), a month-first date with a 24-hour clock, or a page
 * whose country says otherwise is not.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../cli/dom';
import { extractMetadata } from '../../../tools/core/halves';

const page = (lang: string, line: string) =>
  `<!doctype html><html lang="${lang}"><head><title>Senator says the hack stems from a personal feud - City News</title></head>
<body><div class="page"><header><a href="/"><img src="/logo.svg" alt="City News"></a></header>
<article><h1>Senator says the hack stems from a personal feud</h1>
<div class="byline">By JANE ROE and JOHN DOE ${line}</div>
<p>The senator told a group of donors on Thursday evening that the attack on the party's servers had more to do with an old quarrel than with policy.</p>
<p>Officials declined to comment on the remarks, which were first reported by a local newspaper and later confirmed by two people present.</p>
</article></div></body></html>`;

const read = (html: string, url: string) => extractMetadata(parseDocument(html), { url, now: new Date('2026-12-01T00:00:00Z'), readability: null }).times;

describe('a month-first date with a 12-hour clock on an English page of no country', () => {
  it('is read in US Eastern time, winter and summer, noted as assumed', () => {
    const winter = read(page('en', 'December 16, 2016, 4:19 PM'), 'https://citynews.example.com/politics/story?id=44233864');
    expect(winter.published?.iso).toBe('2016-12-16T16:19:00-05:00');
    expect(winter.published?.timeZone).toBe('America/New_York');
    expect(winter.published?.note).toBe('zone assumed');
    const summer = read(page('en', 'Share Jul 1st 2016 1:01PM'), 'https://citynews.example.com/article/news/2016/07/01/teddy-bears/21618553/');
    expect(summer.published?.iso).toBe('2016-07-01T13:01:00-04:00');
  });

  it('not a British page, nor a 24-hour clock', () => {
    const uk = read(page('en', '16 December 2016, 4:19 PM'), 'https://citynews.example.com/politics/feud');
    expect(uk.published?.iso).toBe('2016-12-16T16:19:00');
    expect(uk.published?.hasOffset).toBe(false);
    const h24 = read(page('en', 'December 16, 2016, 16:19'), 'https://citynews.example.com/politics/feud');
    expect(h24.published?.hasOffset).toBe(false);
  });

  it('the site’s country comes first (en-AU, .ie)', () => {
    expect(read(page('en-AU', 'December 16, 2016, 4:19 PM'), 'https://citynews.example.com/politics/feud').published?.timeZone).toBe('Australia/Sydney');
    expect(read(page('en', 'December 16, 2016, 4:19 PM'), 'https://www.citynews.ie/politics/feud').published?.iso).toBe('2016-12-16T16:19:00+00:00');
  });
});
