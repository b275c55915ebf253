import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../cli/dom';
import { analyzeDocument } from '../../../src/analyze';
import { storyTitle } from '../../../src/metadata/title';

const OPENING =
  'An unmanned Russian cargo spaceship heading to the International Space Station broke up in the atmosphere over Siberia on Thursday due to a malfunction, the Russian space agency said. The ship malfunctions were the latest in a series of failures.';
const HEADLINE = 'Russia: Space ship malfunctions, breaks up over Siberia';

describe('storyTitle', () => {
  it('puts the headline over a title that only names the site', () => {
    expect(storyTitle('Yahoo News - Latest News & Headlines', HEADLINE, OPENING, 'yahoo.com https://us.yahoo.com/news/')).toBe(HEADLINE);
  });

  it('keeps a title that names the story, even when the headline differs', () => {
    const title = 'Russian cargo ship breaks up over Siberia';
    expect(storyTitle(title, HEADLINE, OPENING, 'yahoo.com')).toBe(title);
  });

  it('keeps a title that does not name the site, and a headline that does not name the story', () => {
    expect(storyTitle('Dublin Core property title', HEADLINE, OPENING, 'example.com')).toBe('Dublin Core property title');
    expect(storyTitle('Yahoo News - Latest News & Headlines', 'Yahoo News', OPENING, 'yahoo.com')).toBe('Yahoo News - Latest News & Headlines');
    expect(storyTitle('Yahoo News', '', OPENING, 'yahoo.com')).toBe('Yahoo News');
  });
});

describe('the Analysis title', () => {
  it('is the page headline when every page of the site has the site as its title', () => {
    const html = `<!doctype html><html lang="en"><head><title>Yahoo News - Latest News &amp; Headlines</title>
<meta property="og:title" content="Yahoo News - Latest News &amp; Headlines"><link rel="canonical" href="https://us.yahoo.com/news/"></head>
<body><article><h1>${HEADLINE}</h1><p>${OPENING}</p><p>${OPENING.replace('Thursday', 'Friday')}</p></article></body></html>`;
    expect(analyzeDocument(parseDocument(html), { url: 'https://news.yahoo.com/russia-space-ship-123.html' }).title).toBe(HEADLINE);
  });
});
