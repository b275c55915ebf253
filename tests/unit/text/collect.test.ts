import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../cli/dom';
import { analyzeDocument } from '../../../src/analyze';

// A server-rendered React page: JSX interpolation leaves `<!-- -->` between text pieces, here in a
// story paragraph set as a <div> of text (as Next.js sites print them).
const para = (s: string) => `<p>${s}</p>`;
const html = `<!doctype html><html lang="en"><head><title>Blast at chemical plant injures dozens</title></head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article><h1>Blast at chemical plant injures dozens</h1>
<div class="article-body">
${para('An explosion tore through a chemical plant on the outskirts of the port city early on Tuesday, shattering windows across the industrial district and sending a column of black smoke over the harbour.')}
<div class="article-body__text">The ministry said <!-- -->42<!-- --> people were hurt in the blast on <!-- -->Tuesday<!-- -->, <!-- -->six<!-- --> of them seriously, and that the fire was under control by noon.</div>
${para('Firefighters from three neighbouring towns were called in to help, and residents within two kilometres were told to keep their windows closed until air samples had been tested.')}
${para('The plant, which makes solvents for the paint industry, had passed a safety inspection in March, according to the regional authority, which has opened an investigation into the cause.')}
</div></article></main><footer>© 2025 Example News</footer></body></html>`;

describe('Readability on a page with comment nodes inside text', () => {
  const doc = parseDocument(html);
  const a = analyzeDocument(doc, { url: 'https://news.example/world/blast', now: new Date('2025-05-14T12:00:00Z') });

  it('keeps a <div> of text split by React comments as one paragraph', () => {
    expect(a.text.split('\n\n')).toContain(
      'The ministry said 42 people were hurt in the blast on Tuesday, six of them seriously, and that the fire was under control by noon.',
    );
    expect(a.text).not.toMatch(/\n\n(?:42|Tuesday|six)\n\n/);
  });

  it('leaves the comments in the caller’s document', () => {
    expect(doc.body.innerHTML).toContain('<!-- -->42<!-- -->');
  });
});

describe('furniture named on a wrapper that Readability folds away', () => {
  // A caption <div> around a single <p> (Readability puts the <p> in its place) and a newsletter box
  // inside a generic wrapper that holds nothing else (Readability gives the box its wrapper's class).
  const story = [
    'The city council voted on Monday to close the old harbour bridge to cars from next spring, ending a decade of arguments over repairs that engineers said could no longer be postponed.',
    'Cyclists and pedestrians will still be allowed to cross, and a shuttle bus will run every ten minutes between the two banks while the new crossing is built further upstream.',
    'Shop owners on the north bank said they feared losing customers, but the council promised a fund of two million euros to help businesses through the three years of works.',
    'The new bridge, designed by a firm from Rotterdam, is due to open in 2029 and will carry two tram lines as well as a wide lane for bicycles in each direction.',
  ];
  const html = `<!doctype html><html lang="en"><head><title>Harbour bridge to close to cars</title></head><body><main><article>
<h1>Harbour bridge to close to cars</h1>
<div class="story-body">
<p>${story[0]}</p>
<div class="image-caption"><p>The old harbour bridge at dusk, seen from the north bank of the river near the ferry terminal.</p></div>
<p>${story[1]}</p>
<div class="story-embed"><div class="newsletter-wrapper"><p>Get the morning briefing, our daily newsletter about the city.</p><div><h2>Monthly</h2><p>$7/month</p></div><div><h2>Annual</h2><p>$70/year</p></div></div></div>
<p>${story[2]}</p>
<p>${story[3]}</p>
</div></article></main></body></html>`;
  const a = analyzeDocument(parseDocument(html), { url: 'https://news.example/city/bridge', now: new Date('2025-05-14T12:00:00Z') });

  it('keeps the story and leaves the caption and the newsletter box out', () => {
    expect(a.text.split('\n\n')).toEqual(story);
  });
});
