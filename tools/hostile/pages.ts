/**
 * Hostile and unusual pages, made on demand (never stored): the shapes that froze a tab or kept the
 * popup waiting (issue #13). Shared by the Node property tests, the benchmark and the real-browser
 * suite, so each shape is written once.
 */

const para = (i: number): string =>
  `<p>Paragraph ${i} of the story tells what happened in the city council, who said what, and when the vote is due.</p>`;
const paras = (n: number, from = 0): string => Array.from({ length: n }, (_, i) => para(from + i)).join('\n');
const doc = (body: string, head = ''): string =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A story</title>${head}</head><body>${body}</body></html>`;
const attr = (v: string): string => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const article = (inner: string): string => `<article><h1>Council votes on the budget</h1><p class="byline">By Jane Doe</p>${inner}</article>`;

export interface HostilePage {
  name: string;
  /** What the page does to a reader. */
  what: string;
  html: () => string;
  /** How the server labels it (default: text/html; charset=utf-8). */
  contentType?: string;
  /** The bytes to send instead of the UTF-8 of `html()` (a page in another encoding). */
  bytes?: () => Uint8Array;
}

/** Strings that become markup or script if any of them is rendered as HTML. */
export const INJECTIONS = [
  '<img src=x onerror="document.title=1">',
  '"><script>alert(1)</script>',
  '<svg onload=alert(1)>',
  'javascript:alert(1)',
  '\u202eevil\u202c',
];

export const HOSTILE_PAGES: HostilePage[] = [
  {
    name: 'clobbered-form',
    what: 'form controls named after the DOM properties readers walk by',
    html: () => {
      const names = ['attributes', 'parentNode', 'children', 'childNodes', 'firstElementChild', 'nextElementSibling', 'tagName', 'nodeName', 'textContent', 'getAttribute', 'querySelectorAll', 'ownerDocument'];
      return doc(`<form id="page">${names.map((n) => `<input name="${n}">`).join('')}${article(paras(30))}</form>`);
    },
  },
  {
    name: 'clobbered-document',
    what: 'images named after document properties',
    html: () => doc(`<img name="body" src="data:,"><img name="documentElement" src="data:,"><img name="createTreeWalker" src="data:,">${article(paras(30))}`),
  },
  {
    name: 'injection',
    what: 'injection strings in every field the popup renders',
    html: () => {
      const [tag, script, svg, js, bidi] = INJECTIONS as [string, string, string, string, string];
      const esc = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
      const ld = JSON.stringify({ '@type': 'NewsArticle', headline: tag, author: { name: script }, datePublished: '2025-04-28T09:57:00Z', publisher: { name: svg } }).replace(/</g, '\\u003c');
      return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${esc(tag)} budget vote</title>` +
        `<meta property="og:site_name" content="${esc(svg)}"><link rel="canonical" href="${esc(js)}">` +
        `<script type="application/ld+json">${ld}</script></head><body>` +
        article(`<p>${esc(bidi)} ${esc(script)}</p>${paras(20)}<figure><img src="/img/a.jpg" alt="${esc(tag)}"><figcaption>${esc(tag)} AI-generated image</figcaption></figure>`) +
        `</body></html>`;
    },
  },
  {
    name: 'deep-script',
    what: 'the article moved by a script under a chain of 2,000 nested <div>s',
    html: () =>
      doc(
        `${article(paras(30))}<script>(function () { var a = document.querySelector('article'); var top = document.createElement('div'), d = top;` +
          ` for (var i = 0; i < 2000; i++) { var n = document.createElement('div'); d.appendChild(n); d = n; } d.appendChild(a); document.body.appendChild(top); })();</script>`,
      ),
  },
  {
    name: 'rewriting',
    what: 'a page that rewrites its DOM every 10 ms',
    html: () =>
      doc(
        `${article(paras(30))}<div id="ticker"></div><script>setInterval(function () { var t = document.getElementById('ticker');` +
          ` t.textContent = ''; for (var i = 0; i < 50; i++) { var p = document.createElement('p'); p.textContent = 'Tick ' + Date.now() + ' ' + i; t.appendChild(p); } }, 10);</script>`,
      ),
  },
  {
    name: 'overridden-builtins',
    what: 'a page script that overrides built-ins and DOM methods in the main world',
    html: () =>
      doc(
        `${article(paras(30))}<script>Array.prototype.map = function () { throw new Error('map'); }; JSON.stringify = function () { return '{}'; };` +
          ` Element.prototype.getAttribute = function () { return 'x'; }; Object.defineProperty(Node.prototype, 'textContent', { get: function () { return ''; } });` +
          ` document.createTreeWalker = function () { throw new Error('walker'); }; window.setTimeout = function () {};</script>`,
      ),
  },
  {
    name: 'frames',
    what: 'the article in the page, and more pages in frames',
    html: () => doc(`${article(paras(20))}<iframe srcdoc="${'<p>Frame text, not the article.</p>'.repeat(50)}"></iframe><iframe src="/hostile/clobbered-form.html"></iframe>`),
  },
  {
    name: 'frames-srcdoc-2mb',
    what: 'twelve srcdoc frames of 180 KB each, every one a post with an AI label (2.2 MB of attribute in all)',
    html: () => {
      const post = (i: number): string =>
        `<div class="post"><img src="/img/post-${i}.jpg" width="500" height="500"><div class="label">Made with AI</div>${'<p>Reply to the post, with a few words in it.</p>'.repeat(3_600)}</div>`;
      return doc(`${article(paras(20))}${Array.from({ length: 12 }, (_, i) => `<iframe width="500" height="600" srcdoc="${attr(post(i))}"></iframe>`).join('')}`);
    },
  },
  {
    name: 'frames-nested-12',
    what: 'srcdoc frames nested twelve deep, each with a labelled image',
    html: () => {
      let inner = '<p>The innermost frame.</p>';
      for (let i = 12; i > 0; i--) inner = `<div class="post"><img src="/img/nested-${i}.jpg" width="400" height="300"><p class="label">Made with AI</p><iframe width="500" height="500" srcdoc="${attr(inner)}"></iframe></div>`;
      return doc(`${article(paras(20))}${inner}`);
    },
  },
  {
    name: 'frame-post-4000',
    what: 'an embedded post of 4,000 elements (the page the frames-same-origin-30 shape embeds)',
    html: () => doc(`<div class="post"><img src="/img/post.jpg" width="500" height="500"><div class="label">Made with AI</div>${'<div><span>reply</span></div>'.repeat(2_000)}</div>`),
  },
  {
    name: 'frames-same-origin-30',
    what: "thirty frames of the page's own origin, each a post of 4,000 elements",
    html: () => doc(`${article(paras(20))}${Array.from({ length: 30 }, () => '<iframe width="500" height="600" src="/hostile/frame-post-4000.html"></iframe>').join('')}`),
  },
  {
    name: 'plain-text',
    what: 'a text/plain document',
    contentType: 'text/plain; charset=utf-8',
    html: () => `Council votes on the budget\n\n${Array.from({ length: 30 }, (_, i) => `Paragraph ${i} of the story, in plain text.`).join('\n\n')}`,
  },
  {
    name: 'binary',
    what: 'binary bytes served as a web page',
    contentType: 'text/html',
    html: () => '',
    bytes: () => Uint8Array.from({ length: 200_000 }, (_, i) => (i * 7919 + 13) % 256),
  },
  {
    name: 'wrong-encoding',
    what: 'windows-1251 bytes declared as UTF-8',
    contentType: 'text/html; charset=utf-8',
    html: () => '',
    bytes: () => {
      // "Совет голосует" and a story, in windows-1251 (Cyrillic letters 0xC0-0xFF), labelled UTF-8.
      const cp1251 = (s: string) => Array.from(s, (c) => (c >= 'А' && c <= 'я' ? c.charCodeAt(0) - 0x410 + 0xc0 : c.charCodeAt(0) & 0x7f));
      const page = doc(article(Array.from({ length: 20 }, (_, i) => `<p>Абзац ${i} рассказывает, что решил совет города.</p>`).join('')));
      return Uint8Array.from(cp1251(page));
    },
  },
  {
    name: 'no-encoding',
    what: 'Latin-1 bytes with no charset anywhere',
    contentType: 'text/html',
    html: () => '',
    bytes: () => Uint8Array.from(Array.from(`<html><head><title>Café budget</title></head><body>${article(paras(20).replace(/city/g, 'cité'))}</body></html>`, (c) => c.charCodeAt(0) & 0xff)),
  },
  {
    name: 'base-elsewhere',
    what: 'a <base href> pointing at another site',
    html: () => doc(article(`${paras(20)}<figure><img src="photo.jpg" alt="Photo"><figcaption>This image was generated with AI.</figcaption></figure>`), '<base href="https://elsewhere.invalid/news/">'),
  },
  {
    name: 'deep-2000',
    what: 'the article under 2,000 nested <div>s',
    html: () => doc(`${'<div>'.repeat(2000)}${article(paras(30))}${'</div>'.repeat(2000)}`),
  },
  ...[150, 210, 300, 600].map((n) => ({
    name: `deep-${n}`,
    what: `the article under ${n.toLocaleString('en')} nested <div>s (around the bounded copy's nesting limit of 200)`,
    html: () => doc(`${'<div>'.repeat(n)}${article(paras(30))}${'</div>'.repeat(n)}`),
  })),
  {
    name: 'deep-60000',
    what: '60,000 nested elements in the HTML',
    html: () => doc(`${article(paras(20))}${'<span>'.repeat(60_000)}x${'</span>'.repeat(60_000)}`),
  },
  {
    name: 'long-5mb',
    what: 'a 5 MB article',
    html: () => doc(article(paras(45_000))),
  },
  {
    name: 'paragraphs-20000',
    what: '20,000 short paragraphs',
    html: () => doc(article(Array.from({ length: 20_000 }, (_, i) => `<p>Line ${i}.</p>`).join(''))),
  },
  {
    name: 'text-node-2mb',
    what: 'a 2 MB text node with no punctuation',
    html: () => doc(article(`<p>${'word '.repeat(400_000)}</p>`)),
  },
  {
    name: 'jsonld-3mb',
    what: '3 MB of deeply nested JSON-LD',
    html: () => {
      let node = '{"@type":"Thing","name":"leaf"}';
      for (let i = 0; i < 5000; i++) node = `{"@type":"Thing","name":"n${i}","hasPart":${node}}`;
      const big = `[${Array.from({ length: 8 }, () => node).join(',')}]`;
      return doc(article(paras(30)), `<script type="application/ld+json">${big}</script>`);
    },
  },
  {
    name: 'meta-1mb',
    what: '1 MB values in the title and meta tags',
    html: () => {
      const v = 'Breaking '.repeat(115_000);
      return doc(article(paras(30)), `<meta property="og:title" content="${v}"><meta name="description" content="${v}"><meta name="author" content="${v}">`).replace('<title>A story</title>', `<title>${v}</title>`);
    },
  },
  {
    name: 'images-5000',
    what: '5,000 images',
    html: () => doc(article(paras(30) + Array.from({ length: 5000 }, (_, i) => `<figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=#${i}" alt="Photo ${i}"><figcaption>Photo ${i}: AI-generated image</figcaption></figure>`).join(''))),
  },
];
