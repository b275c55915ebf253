import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../cli/dom';
import { analyzeDocument } from '../../../src/analyze';
import { snapshot, SNAPSHOT_LIMITS } from '../../../src/dom/snapshot';
import { HOSTILE_PAGES } from '../../../tools/hostile/pages';
import { collectAiFacts } from '../../../src/ai/collect';
import { interpretAi } from '../../../src/ai/interpret';

const story = (n = 12) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i} of the story tells what happened, to whom, and when it did.</p>`).join('');
const page = (body: string, head = '<title>A story</title>') =>
  parseDocument(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`);
const NOW = new Date('2026-01-01T00:00:00Z');

describe('snapshot: the page as bounded HTML for the isolated reader', () => {
  it('copies an ordinary page: the same Analysis from the copy as from the page', () => {
    const head = '<title>Council votes</title><meta property="og:site_name" content="Daily"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-04-28T09:57:00+05:30","author":{"@type":"Person","name":"Jane Doe"}}</script>';
    const doc = page(`<article><h1>Council votes</h1><p class="byline">By <a href="/jane">Jane Doe</a></p>${story()}<figure><img src="/a.jpg" alt="A photo"><figcaption>This image was generated with AI.</figcaption></figure></article>`, head);
    const s = snapshot(doc);
    expect(s.truncated).toBe(false);
    const url = 'https://news.example/a';
    expect(analyzeDocument(parseDocument(s.html), { url, now: NOW })).toEqual(analyzeDocument(doc, { url, now: NOW }));
  });

  it('leaves out scripts, styles, handlers and over-long attributes; escapes text and attributes', () => {
    const doc = page(`<p onclick="steal()" title="a &quot;b&quot; <c>" data-x="${'y'.repeat(3000)}">1 &lt; 2 &amp; <b>bold</b></p><script>var s = "</p>";</script><style>p{}</style>`);
    const { html } = snapshot(doc);
    expect(html).toContain('<p title="a &quot;b&quot; &lt;c>">1 &lt; 2 &amp; <b>bold</b></p>');
    expect(html).not.toMatch(/onclick|steal|data-x|var s|p\{\}/);
  });

  it('keeps nesting past the depth limit as text in the deepest kept element', () => {
    const doc = page(`${'<div>'.repeat(500)}<p>deep words</p>${'</div>'.repeat(500)}`);
    const { html, truncated } = snapshot(doc);
    expect(truncated).toBe(false);
    expect(html.match(/<div>/g)).toHaveLength(SNAPSHOT_LIMITS.depth - 2); // html and body are two of the levels
    expect(html).toContain('deep words');
    expect(parseDocument(html).body.textContent).toBe('deep words');
  });

  it('cuts a long page, a long paragraph, a huge title, and says so when the page was cut', () => {
    const long = snapshot(page(story(20_000)));
    expect(long.truncated).toBe(true);
    expect(long.html.length).toBeLessThanOrEqual(SNAPSHOT_LIMITS.chars + 200);
    const para = snapshot(page(`<p>${'word '.repeat(400_000)}</p>`));
    expect(para.truncated).toBe(true);
    expect(parseDocument(para.html).body.textContent.length).toBeGreaterThan(100_000);
    const title = snapshot(page(story(), `<title>${'Breaking '.repeat(100_000)}</title>`));
    expect(title.truncated).toBe(false);
    expect(parseDocument(title.html).title.length).toBeLessThanOrEqual(SNAPSHOT_LIMITS.attribute);
  });

  it.each(HOSTILE_PAGES.filter((p) => !p.bytes && !p.contentType).map((p) => [p.name, p] as const))('%s: the copy is bounded and its article is still found', (_, p) => {
    const s = snapshot(parseDocument(p.html()));
    expect(s.html.length).toBeLessThanOrEqual(SNAPSHOT_LIMITS.chars + 64 * SNAPSHOT_LIMITS.depth);
    const a = analyzeDocument(parseDocument(s.html), { url: 'https://news.example/a', now: NOW });
    expect(a.notArticle).toBeNull();
    expect(a.summary.length).toBeGreaterThan(0);
  }, 60_000); // a 5 MB page is parsed twice in linkedom: seconds on a busy machine

  describe('embedded frames (issue #15)', () => {
    const URL_ = 'https://news.example/2025/story.html';
    const post = '<div class="post"><b>@harbourcity</b><img src="/embed/sunset.jpg" width="600" height="600"><div class="label">Made with AI</div></div>';
    const esc = (x: string) => x.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    const flagged = (html: string) => interpretAi(collectAiFacts(parseDocument(html), { url: URL_ })).images.filter((i) => i.aiGenerated).map((i) => i.src);
    const deep = (inner: string) => `${'<div>'.repeat(80)}${inner}${'</div>'.repeat(80)}`;

    it("keeps a srcdoc frame's document, so its label is read on the bounded path, at any depth", () => {
      const doc = page(`<article><h1>Sunset</h1>${story()}${deep(`<iframe width="500" height="600" srcdoc="${esc(post)}"><p>fallback</p></iframe>`)}</article>`);
      const { html } = snapshot(doc);
      expect(html).not.toContain('fallback');
      expect(flagged(html)).toEqual(['https://news.example/embed/sunset.jpg']);
    });

    it("puts a same-origin frame's copy into its <iframe> by number, with the frame's base", () => {
      const doc = page(`<article>${story()}<iframe src="https://video.example/v/1" width="640" height="360"></iframe><iframe src="/embeds/post/7" width="500" height="600"></iframe></article>`);
      const frames = [{ path: [1], html: `<html><body>${post.replace('/embed/', 'img/')}</body></html>`, url: 'https://news.example/embeds/post/7' }];
      const { html } = snapshot(doc, SNAPSHOT_LIMITS, frames);
      expect(flagged(html)).toEqual(['https://news.example/embeds/post/img/sunset.jpg']);
      // Without the copy, the same frame is another origin's for all the reader knows: nothing flagged.
      expect(flagged(snapshot(doc).html)).toEqual([]);
    });

    it('puts a frame copied inside a frame into that frame (written by the walk: its scripts left out), so its label is read two deep', () => {
      // What frames.ts hands over for a post embedded in an embed: the outer frame at [1], the post in
      // its second frame at [1, 1] (its first is another origin's player).
      const doc = page(`<article>${story()}<iframe src="https://video.example/v/1" width="640" height="360"></iframe><iframe src="/embeds/wrap/3" width="560" height="700"></iframe></article>`);
      const outer = '<!DOCTYPE html><html><head><script>track()</script></head><body><p>Embedded post</p><iframe src="https://player.example/x" width="400" height="300"></iframe><iframe src="/embeds/post/9" width="520" height="640"></iframe></body></html>';
      const inner = `<!DOCTYPE html><html><body>${post.replace('/embed/', 'img/')}<script>steal()</script></body></html>`;
      const frames = [
        { path: [1], html: outer, url: 'https://news.example/embeds/wrap/3' },
        { path: [1, 1], html: inner, url: 'https://news.example/embeds/post/9' },
      ];
      const { html, truncated } = snapshot(doc, SNAPSHOT_LIMITS, frames);
      expect(truncated).toBe(false);
      expect(html).not.toContain('track()');
      expect(flagged(html)).toEqual(['https://news.example/embeds/post/img/sunset.jpg']);
      // The outer frame alone (its post not copied): the post is not in the copy, nothing flagged.
      expect(flagged(snapshot(doc, SNAPSHOT_LIMITS, frames.slice(0, 1)).html)).toEqual([]);
      // Within the frames' limit only: with room for the outer frame alone, neither is kept.
      expect(flagged(snapshot(doc, { ...SNAPSHOT_LIMITS, frames: outer.length + 100 }, frames).html)).toEqual([]);
    });

    it("keeps frames' documents within their own limit, outside the page's", () => {
      const big = `<p>${'x'.repeat(SNAPSHOT_LIMITS.frames)}</p>${post}`;
      const doc = page(`<article>${story()}<iframe width="500" height="600" srcdoc="${esc(big)}"></iframe><iframe width="500" height="600" srcdoc="${esc(post)}"></iframe></article>`);
      const { html, truncated } = snapshot(doc);
      expect(truncated).toBe(false);
      expect(html.length).toBeLessThan(SNAPSHOT_LIMITS.frames);
      // The second frame keeps its number and its document.
      expect(interpretAi(collectAiFacts(parseDocument(html), { url: URL_ })).images.filter((i) => i.aiGenerated).map((i) => i.src)).toEqual(['https://news.example/embed/sunset.jpg']);
    });
  });
});
