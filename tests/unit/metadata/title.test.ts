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
    // The section before the site's name, joined by the same separator, goes with it.
    expect(headlineOf('DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶_科技_腾讯网', [], '', ['腾讯网', 'qq.com'])).toBe(
      'DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶',
    );
    expect(headlineOf('Mozilla - Wikipedia', [], '', ['Wikipedia', 'en.wikipedia.org'])).toBe('Mozilla');
    expect(headlineOf('Home | Blister', [], '', sites)).toBe('Home');
    expect(headlineOf('A | Blister', [], '', sites)).toBe('A | Blister'); // nothing telling left
  });

  it('takes the displayed <h2> that is the social headline and holds every word of a short <h1> (the <h1> is its label)', () => {
    const h2 = 'Why Your Tomato Plants Are Wilting — and How to Save Them This Summer';
    const headings = [
      { level: 1 as const, text: 'Wilting Tomato Plants' },
      { level: 2 as const, text: h2 },
    ];
    expect(headlineOf('Wilting Tomato Plants | Garden Weekly', [h2, 'Wilting Tomato Plants | Garden Weekly'], headings, ['Garden Weekly'])).toBe(h2);
    // An <h2> that is no title (a section's heading) leaves the <h1> the headline.
    const other = [headings[0]!, { level: 2 as const, text: 'Tomato Plants Wilting? Read More Stories' }];
    expect(headlineOf('Wilting Tomato Plants | Garden Weekly', [h2], other, ['Garden Weekly'])).toBe('Wilting Tomato Plants');
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

describe('headlineOf: agreement between the titles and the headings the page displays', () => {
  const h1 = (text: string) => ({ level: 1 as const, text });
  const h2 = (text: string) => ({ level: 2 as const, text });

  it('passes over an <h1> that is the site’s logo or a short part of the <title>, for the next heading that is the story', () => {
    const title = 'How a Young Filmmaker Resurrected the Musical - Rolling Stone';
    const og = "'La La Land': How a Young Filmmaker Resurrected the Hollywood Musical";
    expect(headlineOf(title, [og], [h1('Rolling Stone'), h1('‘La La Land’: How a Young Filmmaker Resurrected the Hollywood Musical')], [])).toBe(
      '‘La La Land’: How a Young Filmmaker Resurrected the Hollywood Musical',
    );
    const portal = '新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天 :: 痞客邦 PIXNET ::';
    expect(headlineOf(portal, [], [h1('痞客邦 PIXNET'), h1('史蒂文的家_藍天')], ['史蒂文的家_藍天'])).toBe('新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天 :: 痞客邦 PIXNET');
  });

  it('takes an <h1> that tells the title’s story in other words (a title written for search or social feeds)', () => {
    expect(
      headlineOf("Zsa Zsa Gabor's Palm Springs home is for sale — see inside", [], [h1("Take a tour inside Zsa Zsa Gabor's former Palm Springs retreat — it's for sale!")], []),
    ).toBe("Take a tour inside Zsa Zsa Gabor's former Palm Springs retreat — it's for sale!");
    // Two shared words are not the same story when they are a small part of the heading (a site's motto).
    expect(headlineOf('Kinder und Arbeit', [], [h1('ProNATs e.V. Verein zur Unterstützung arbeitender Kinder und Jugendlicher')], [])).toBe('Kinder und Arbeit');
  });

  it('keeps the title when the <h1> holds it with a kicker or a subtitle printed in the same element', () => {
    const title = 'Another Bay Area child dead from fentanyl, another parent behind bars';
    expect(headlineOf(`${title} | Mercury News`, [], [h1(`Crime and Public Safety | ${title}`)], ['Mercury News'])).toBe(title);
    expect(headlineOf('Lagen-Pyramide mit GA2', [], [h1('Einheit der WocheLagen-Pyramide mit GA2')], [])).toBe('Lagen-Pyramide mit GA2');
  });

  it('takes the whole heading where the title is cut short, and an <h2> that is the title when no <h1> is the story', () => {
    expect(headlineOf('Israele - Hamas, le news di oggi. Raid su campo profughi Bureij, almen…', [], [h1('Israele - Hamas, le news di oggi. Raid su campo profughi Bureij, almeno 15 morti')], [])).toBe(
      'Israele - Hamas, le news di oggi. Raid su campo profughi Bureij, almeno 15 morti',
    );
    expect(headlineOf('Get your Frontend JavaScript Code Covered | Code | Nicolas Perriault', [], [h1("Hi, I'm Nicolas."), h2('Get your Frontend JavaScript Code Covered')], [])).toBe(
      'Get your Frontend JavaScript Code Covered',
    );
  });

  it('drops an archive note, an author’s name and hyphenation hints', () => {
    expect(headlineOf('The Day the Bridge Closed (Published 2016)', [], [], [])).toBe('The Day the Bridge Closed');
    expect(headlineOf("'What is the sea telling us?': whale strandings | Eleanor Ainge Roy", [], [], [], ['Eleanor Ainge Roy'])).toBe("'What is the sea telling us?': whale strandings");
    expect(headlineOf('Pressemitteilungen 2022 - Messengerdienste sind kein rechtsfreier Raum', [], [h1('Mes\u00adsen\u00adger\u00addiens\u00adte sind kein rechts\u00adfrei\u00ader Raum')], [])).toBe(
      'Messengerdienste sind kein rechtsfreier Raum',
    );
  });
});
