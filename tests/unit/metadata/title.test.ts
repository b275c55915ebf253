import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../cli/dom';
import { analyzeDocument } from '../../../src/analyze';
import { headlineOf, storyTitle } from '../../../src/metadata/title';

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

describe('headlineOf: the headline the page displays, without the site', () => {
  const sites = ['Blister', 'blisterreview.com'];
  it('drops the site name at the end or the start of the title', () => {
    expect(headlineOf('2021-2022 Line Outline | Blister', [], '', sites)).toBe('2021-2022 Line Outline');
    expect(headlineOf('Blister: 2021-2022 Line Outline', [], '', sites)).toBe('2021-2022 Line Outline');
    expect(headlineOf('DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶_科技_腾讯网', [], '', ['腾讯网', 'qq.com'])).toBe(
      'DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶_科技',
    );
    expect(headlineOf('Mozilla - Wikipedia', [], '', ['Wikipedia', 'en.wikipedia.org'])).toBe('Mozilla');
    expect(headlineOf('Home | Blister', [], '', sites)).toBe('Home');
    expect(headlineOf('A | Blister', [], '', sites)).toBe('A | Blister'); // nothing telling left
  });

  it('takes the displayed <h1> when it is the title, or most of it, in its own typography', () => {
    expect(headlineOf("Box Office: It's Good to Be 'Peculiar' | Fandom", [], 'Box Office: It’s Good to Be ‘Peculiar’', ['Fandom'])).toBe(
      'Box Office: It’s Good to Be ‘Peculiar’',
    );
    expect(headlineOf('Opinion | Enough platitudes: Let’s name names', [], 'Enough platitudes: Let’s name names', ['The Washington Post'])).toBe(
      'Enough platitudes: Let’s name names',
    );
    expect(headlineOf('Genetik: Das Geheimnis der parasitischen Riesenblumen', [], 'Das Geheimnis der parasitischen Riesenblumen', [])).toBe(
      'Das Geheimnis der parasitischen Riesenblumen',
    );
  });

  it('prefers the displayed headline to a social og:title when the page’s own <title> carries it', () => {
    const og = 'It’s been a rough few months for Elon Musk’s SpaceX';
    expect(headlineOf(og, [og, 'What’s the Hold-Up at SpaceX? - NBC News'], 'What’s the Hold-Up at SpaceX?', ['NBC News'])).toBe('What’s the Hold-Up at SpaceX?');
  });

  it('never makes the site’s own <h1> (its name in the page header) the headline', () => {
    expect(headlineOf('standalone WebAssembly binaries using Emscripten · V8', [], 'V8', ['v8.dev'])).toBe(
      'standalone WebAssembly binaries using Emscripten',
    );
    expect(headlineOf('standalone WebAssembly binaries using Emscripten · V8', [], 'V8', [])).toBe(
      'standalone WebAssembly binaries using Emscripten · V8',
    );
    expect(headlineOf('A quiet story about trains', [], 'Daily Planet', ['Daily Planet'])).toBe('A quiet story about trains');
  });
});
