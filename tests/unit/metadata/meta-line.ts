/**
 * The times read from a short article whose date lines are `lines`, in a `<div class=meta>` under its
 * headline: the page the date-habit tests share. `withChrome` adds a site header (a nav link) and a
 * second paragraph, as a full news page has; without it the article stands alone.
 */
import { parseDocument } from '../../../cli/dom';
import { extractMetadata } from '../../../tools/core/halves';

const STORY = 'The story goes on for a while, as stories do, with enough words to be an article. ';
const MORE = 'A second paragraph follows the first one and says a little more about what happened. ';

export function timesUnderHeadline(lang: string, lines: string, url: string, withChrome = true) {
  const header = withChrome ? '<header><nav><a href="/">Home</a></nav></header>\n' : '';
  const more = withChrome ? `\n<p>${MORE.repeat(2)}</p>` : '';
  return extractMetadata(
    parseDocument(`<!doctype html><html lang="${lang}"><head><title>Headline</title></head><body>${header}<article><h1>Headline</h1>
<div class="meta">${lines}</div><p>${STORY.repeat(3)}</p>${more}</article></body></html>`),
    { url, now: new Date('2026-12-01T00:00:00Z'), readability: null },
  ).times;
}
