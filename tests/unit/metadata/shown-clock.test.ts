/**
 * The clock the page shows decides between machine times of one day (issue #14), and a story column
 * laid out "withSidebar" is the story, not a sidebar: its byline's time is read.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../cli/dom';
import { extractMetadata } from '../../../tools/core/halves';

const read = (html: string, url: string) =>
  extractMetadata(parseDocument(html), { url, now: new Date('2026-12-01T00:00:00Z'), readability: null }).times;
const story = '<p>The company has delayed the launch again, saying it needs more time to review the data from the last test flight.</p>';

describe('machine times that disagree on the clock', () => {
  it('the one the <time> text shows to the minute wins over a higher-ranked meta tag', () => {
    const t = read(
      `<!doctype html><html lang="en"><head><title>What is the hold-up?</title>
<meta property="article:published" content="Tue Dec 13 2016 18:06:00 GMT+0000 (UTC)"><meta name="datePublished" content="2016-12-13T12:31:48.000Z">
<meta name="dateModified" content="2016-12-13T18:06:00.000Z"></head><body><article><h1>What is the hold-up?</h1>
<div class="article-body__date-source"><time datetime="2016-12-13T18:06:00.000Z">Dec. 13, 2016, 12:31 PM UTC / Updated Dec. 13, 2016, 6:06 PM UTC</time></div>
${story}</article></body></html>`,
      'https://www.network.example.com/tech/what-is-the-hold-up-n695001',
    );
    expect(t.published?.iso).toBe('2016-12-13T12:31:48+00:00');
    expect(t.published?.signal).toBe('meta:datepublished');
  });
});

describe('a page whose only machine time disagrees with its words', () => {
  it('keeps the machine instant: the words choose among machine times, they do not replace them', () => {
    const t = read(
      `<!doctype html><html lang="en"><head><title>Second pencil rumored</title></head><body><article><h1>Second pencil rumored</h1>
<div class="byline"><time datetime="2017-01-18T11:44:11-08:00">Wednesday January 18, 2017 10:44 am PST</time> by Juli Clover</div>${story}</article></body></html>`,
      'http://www.rumors.example.com/2017/01/18/second-pencil/',
    );
    expect(t.published?.iso).toBe('2017-01-18T11:44:11-08:00');
  });
});

describe('a story column with a sidebar beside it', () => {
  it('reads the byline’s time ("Posted: Oct 14, 2022 9:27 AM ET") inside a "withSidebar" container', () => {
    const t = read(
      `<!doctype html><html lang="en"><head><title>Housing slowdown continues</title></head><body><main class="content">
<div class="detailBodyContainer withSidebar"><div class="detailMainCol"><h1 class="detailHeadline">Housing slowdown continues</h1>
<div class="byline"><span class="authorText"><a href="/author/pete">Pete Evans</a></span> · CBC News ·
<time class="timeStamp" datetime="2022-10-14T16:20:52.800Z">Posted: Oct 14, 2022 9:27 AM ET | Last Updated: 24 minutes ago</time></div>
${story}</div><aside class="sidebar"><h2>Most popular</h2><time datetime="2022-10-10T10:00:00Z">Oct 10, 2022</time></aside></div></main></body></html>`,
      'https://www.broadcaster.example.ca/news/business/housing-1.6616369',
    );
    expect(t.published?.iso).toBe('2022-10-14T09:27:00-04:00');
    expect(t.published?.signal).toBe('text:Posted');
  });

  it('reads a clock after a colon ("November 29, 2016: 3:33 AM ET") and gives its zone to the metadata’s zone-less time', () => {
    const t = read(
      `<!doctype html><html><head><title>Airport workers strike</title><meta name="DC.date.issued" content="2016-11-29T03:33:08"></head><body>
<div id="storytext"><h1>Airport workers strike</h1><div class="byline">by Julia Horowitz @jh</div><span class="cnnDateStamp">November 29, 2016: 3:33 AM ET</span>
${story}</div></body></html>`,
      'http://business.example.com/2016/11/29/news/airport-workers-strike/index.html',
    );
    expect(t.published?.iso).toBe('2016-11-29T03:33:08-05:00');
  });
});
