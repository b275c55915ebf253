// @vitest-environment happy-dom
/**
 * The page half in the popup (popup/reader.ts): the tab's page arrives as the browser serialized it
 * (src/dom/serialize.ts) and is parsed again as the live page was built (a `<base>` of its URL,
 * `<noscript>` as text), then read; a reading that throws hands the copy on as a bounded snapshot.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseDocument } from '../../../cli/dom';
import { serialize, withoutScriptText } from '../../../src/dom/serialize';

const collect = await import('../../../src/collect');
const { parseCopy, readCopy } = await import('../../../popup/reader');

const story = Array.from({ length: 12 }, (_, i) => `<p>Paragraph ${i} of the story tells what happened, to whom, and when it did.</p>`).join('');
const PAGE = `<!DOCTYPE html><html><head><title>Council votes</title></head><body><article><h1>Council votes</h1>${story}<noscript><img src="/pixel.gif"></noscript><img src="lead.jpg" alt="The council"></article></body></html>`;
const URL = 'https://news.example/city/story.html';

afterEach(() => vi.restoreAllMocks());

describe('the page’s copy', () => {
  it('resolves the page’s relative URLs against the page, not the popup', () => {
    expect(parseCopy(PAGE, URL).querySelector('head > base')!.getAttribute('href')).toBe(URL);
    const read = readCopy(PAGE, URL);
    if (read.kind !== 'facts') throw new Error(read.kind);
    expect(read.facts.ai.images[0]!.src).toBe('https://news.example/city/lead.jpg');
  });

  it('holds <noscript> content as text, as a page with scripting on does: no image of it is read', () => {
    const doc = parseCopy(PAGE, URL);
    expect(doc.querySelector('noscript')!.children).toHaveLength(0);
    expect(doc.querySelector('noscript')!.textContent).toBe('<img src="/pixel.gif">');
    const read = readCopy(PAGE, URL);
    if (read.kind !== 'facts') throw new Error(read.kind);
    expect(read.facts.ai.images.map((i) => i.src)).toEqual(['https://news.example/city/lead.jpg']);
  });

  it('is checked before it is read: a copy with a control named after a DOM property goes to the worker as a snapshot, with the reason', () => {
    const extract = vi.spyOn(collect, 'extractPage');
    const read = readCopy(`<!DOCTYPE html><html><body><form><input name="parentNode"></form><article>${story}</article></body></html>`, URL);
    expect(read).toMatchObject({ kind: 'snapshot', truncated: false, reason: '<input name="parentNode">' });
    if (read.kind === 'snapshot') expect(read.html).toContain('Paragraph 11 of the story');
    expect(extract).not.toHaveBeenCalled();
  });

  it('is handed on as a bounded snapshot when reading it throws', () => {
    vi.spyOn(collect, 'extractPage').mockImplementation(() => {
      throw new TypeError('a loop was cut short');
    });
    const read = readCopy(PAGE, URL);
    expect(read).toMatchObject({ kind: 'snapshot', truncated: false, reason: 'reading the page failed: a loop was cut short' });
    if (read.kind === 'snapshot') expect(read.html).toContain('Paragraph 11 of the story');
  });
});

describe('the embedded frames handed over beside the copy (issue #15)', () => {
  // (Frames without a src: happy-dom would try to load one.)
  const FRAMED = PAGE.replace('</article>', '<iframe title="Embedded post" width="500" height="600"></iframe></article>');
  const post = (img: string, inner = ''): string => `<!DOCTYPE html><html><head></head><body><div class="post"><img src="${img}" width="600" height="600"><div class="label">Made with AI</div>${inner}</div></body></html>`;

  it("puts a frame's document back as its iframe's srcdoc, read with the frame's own base URL", () => {
    const frames = [{ path: [0], html: post('media/1.jpg'), url: 'https://news.example/embeds/post/7' }];
    expect(parseCopy(FRAMED, URL, frames).querySelector('iframe')!.getAttribute('srcdoc')).toMatch(/^<base href="https:\/\/news.example\/embeds\/post\/7">/);
    const read = readCopy(FRAMED, URL, frames);
    if (read.kind !== 'facts') throw new Error(read.kind);
    expect(read.facts.ai.images.find((i) => i.frame === 0)?.src).toBe('https://news.example/embeds/post/media/1.jpg');
  });

  it('puts a frame inside a frame into its parent first', () => {
    const frames = [
      { path: [0], html: post('a.jpg', '<iframe width="400" height="400"></iframe>'), url: 'https://news.example/embeds/post/7' },
      { path: [0, 0], html: post('b.jpg'), url: 'https://news.example/embeds/inner/' },
    ];
    const read = readCopy(FRAMED, URL, frames);
    if (read.kind !== 'facts') throw new Error(read.kind);
    expect(read.facts.ai.images.filter((i) => i.frame === 0).map((i) => i.src)).toEqual(['https://news.example/embeds/post/a.jpg', 'https://news.example/embeds/inner/b.jpg']);
  });

  it('ignores a frame whose place the copy does not have', () => {
    const read = readCopy(PAGE, URL, [{ path: [3], html: post('x.jpg'), url: URL }]);
    if (read.kind !== 'facts') throw new Error(read.kind);
    expect(read.facts.ai.images.map((i) => i.src)).toEqual(['https://news.example/city/lead.jpg']);
  });
});

describe('serialize: the page as the browser serializes it', () => {
  it('keeps the doctype of a standards-mode page, and none for quirks mode', () => {
    expect(serialize(parseDocument(PAGE))).toMatch(/^<!DOCTYPE html><html>/);
    // happy-dom has no compatMode: the browser's getter, for a page with no doctype.
    Object.defineProperty(Document.prototype, 'compatMode', { configurable: true, get: () => 'BackCompat' });
    try {
      expect(serialize(new DOMParser().parseFromString('<p>quirks</p>', 'text/html'))).toMatch(/^<html>/);
    } finally {
      delete (Document.prototype as { compatMode?: string }).compatMode;
    }
  });

  it('leaves out the head’s <noscript>, whose content a parser with scripting off would move into the body', () => {
    const doc = new DOMParser().parseFromString(`<!DOCTYPE html><html lang="en"><head><title>T</title><noscript><img src="/pixel.gif"></noscript><meta name="a" content="b"></head><body><p>text</p></body></html>`, 'text/html');
    expect(serialize(doc)).toBe('<!DOCTYPE html><html lang="en"><head><title>T</title><meta name="a" content="b"></head><body><p>text</p></body></html>');
  });

  it('cannot be fooled by markup named after what it reads', () => {
    const doc = new DOMParser().parseFromString(`<!DOCTYPE html><img name="documentElement"><img name="compatMode"><img name="head"><p>text</p>`, 'text/html');
    expect(serialize(doc)).toBe(`<!DOCTYPE html>${doc.documentElement.outerHTML}`);
  });
});

describe('withoutScriptText: the copy without the text no reader reads', () => {
  const LD = '{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council votes","datePublished":"2025-03-04T10:00:00Z","author":{"@type":"Person","name":"Ana Ruiz"}}';
  const STATE = `window.__STATE__ = ${JSON.stringify({ items: Array.from({ length: 200 }, (_, i) => ({ id: i, title: `Story ${i} <b>&amp;</b>` })) })};`;
  const NEWS = `<!DOCTYPE html><html lang="en"><head><title>Council votes | City News</title><meta property="og:site_name" content="City News">
<style>body > p { color: #222 } a[href*="x"]::after { content: "</p>" }</style>
<!--[if lt IE 9]><script src="/html5shiv.js"></script><![endif]-->
<script type="application/ld+json">${LD}</script><script src="/app.js" async></script><script>${STATE}</script></head>
<body><header><nav><a href="/">Home</a></nav></header><article><h1>Council votes</h1><p class="byline">By Ana Ruiz</p>${story}
<script>document.querySelector("h1").dataset.seen = "1 < 2";</script><figure><img src="lead.jpg" alt="The council"><figcaption>The council at work.</figcaption></figure>
<svg width="20" height="20"><style>.a{fill:red}</style><circle class="a" r="5"></circle></svg><script-loader data-x="1"></script-loader></article></body></html>`;

  it('empties every script and style sheet but JSON-LD, and the copy reads as the whole page does', () => {
    const doc = new DOMParser().parseFromString(NEWS, 'text/html');
    const whole = serialize(doc);
    const cut = withoutScriptText(doc, whole);
    expect(cut.length).toBeLessThan(whole.length / 2);
    expect(cut).not.toContain('__STATE__');
    expect(cut).not.toContain('dataset.seen');
    expect(cut).not.toContain('fill:red');
    expect(cut).toContain(LD);
    expect(cut).toContain('<script src="/app.js" async=""></script>');
    expect(cut).toContain('<![endif]-->');
    // Only the scripts' and styles' text went: the rest of the markup is the whole copy's, in order.
    const parsed = new DOMParser().parseFromString(cut, 'text/html');
    expect(parsed.querySelectorAll('script, style')).toHaveLength(doc.querySelectorAll('script, style').length);
    expect(parsed.body.textContent).toBe(Array.from(doc.body.childNodes, function text(n: Node): string {
      if (n.nodeType === 3) return n.textContent ?? '';
      const name = (n as Element).localName;
      return name === 'script' || name === 'style' ? '' : Array.from(n.childNodes, text).join('');
    }).join(''));
    const a = readCopy(whole, URL);
    const b = readCopy(cut, URL);
    if (a.kind !== 'facts' || b.kind !== 'facts') throw new Error(`${a.kind} ${b.kind}`);
    expect(b.facts).toEqual(a.facts);
    expect(b.facts.meta.ld).toEqual([LD]);
  });

  it('hands the markup back as it was when it cannot match it to the page’s scripts exactly', () => {
    const doc = new DOMParser().parseFromString(NEWS, 'text/html');
    const whole = serialize(doc);
    // A script whose text was changed after serializing (its length no longer the markup's).
    doc.querySelectorAll('script')[2]!.textContent += ' ';
    expect(withoutScriptText(doc, whole)).toBe(whole);
    // One script more in the page than in the markup.
    const more = new DOMParser().parseFromString(NEWS, 'text/html');
    const html = serialize(more);
    more.body.append(more.createElement('script'));
    expect(withoutScriptText(more, html)).toBe(html);
    // A comment left open.
    expect(withoutScriptText(doc, `${whole}<!-- <script>`)).toBe(`${whole}<!-- <script>`);
  });
});
