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
