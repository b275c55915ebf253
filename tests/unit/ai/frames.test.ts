/**
 * Embedded frames (issue #15): a `srcdoc` frame's content — or a same-origin frame's, which the
 * content script hands over as `srcdoc` — is read within bounds; a text in a frame covers that
 * frame's images only; a frame of another origin is named, not read.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../cli/dom';
import { collectAiFacts, FRAME_LIMITS } from '../../../src/ai/collect';
import { interpretAi } from '../../../src/ai/interpret';
import { fixtureUrl, readPage } from '../../../tools/fixtures/ai-pages';

const URL_ = 'https://news.example/2025/story.html';
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const frame = (inner: string, attrs = 'width="500" height="500"'): string => `<iframe ${attrs} srcdoc="${esc(inner)}"></iframe>`;
const article = (body: string): string =>
  `<!doctype html><html lang="en"><head><title>Story</title></head><body><article><h1>Story</h1>
<figure><img src="/img/lead.jpg" alt="Lead"><figcaption>The pier on Monday. Photo: Jane Doe</figcaption></figure>
<p>The council met on Tuesday to discuss the new budget, which includes funds for roads, schools and the harbour.</p>${body}</article></body></html>`;
const post = (img: string, label: string): string => `<div class="post"><b>@someone</b><img src="${img}" width="600" height="600"><div class="label">${label}</div></div>`;
const facts = (html: string) => collectAiFacts(parseDocument(html), { url: URL_ });
const flagged = (html: string): string[] => interpretAi(facts(html)).images.filter((i) => i.aiGenerated).map((i) => i.src);

describe('embedded frames', () => {
  it("reads a srcdoc frame's images and texts, marked with the page's frame number", () => {
    const f = facts(article(`<iframe src="https://video.example/v/1" width="640" height="360"></iframe>${frame(post('/embed/a.jpg', 'Made with AI'))}`));
    const img = f.images.find((i) => i.src.endsWith('/embed/a.jpg'));
    // The second iframe of the page (the first is another origin's player).
    expect(img?.frame).toBe(1);
    expect(f.texts.find((t) => t.text === 'Made with AI')?.frame).toBe(1);
    expect(f.images.find((i) => i.src.endsWith('/img/lead.jpg'))?.frame).toBeUndefined();
    expect(f.unreadFrames).toEqual(['video.example']);
  });

  it('reads a frame document that opens with a doctype, as the content script serializes one (after a <base>, a newline or not)', () => {
    for (const lead of ['', '<base href="https://news.example/embeds/">'])
      for (const gap of ['', '\n'])
        expect(flagged(article(frame(`${lead}<!DOCTYPE html>${gap}<html lang="en"><head><meta charset="utf-8"><title>Post</title><style>img{width:9px}</style></head>\n<body>${post('/embed/a.jpg', 'Made with AI')}</body></html>`)))).toEqual([
          'https://news.example/embed/a.jpg',
        ]);
  });

  it("flags the post's image by the label under it, never the page's photo", () => {
    expect(flagged(article(frame(post('/embed/a.jpg', 'Made with AI'))))).toEqual(['https://news.example/embed/a.jpg']);
  });

  it("lists a frame's image only when it is flagged", () => {
    const r = interpretAi(facts(article(frame(post('/embed/b.jpg', 'Sunset over the bay')))));
    expect(r.images.map((i) => i.src)).toEqual(['https://news.example/img/lead.jpg']);
    expect(r.pageFlag).toBe(false);
  });

  it("a page's note covers the page's images, not an embedded post's", () => {
    const html = article(`${frame(post('/embed/c.jpg', '#harbour'))}<p><em>All images in this article were generated with AI.</em></p>`);
    expect(flagged(html)).toEqual(['https://news.example/img/lead.jpg']);
  });

  it("resolves a frame's images against its own <base>", () => {
    const inner = `<html><head><base href="https://cdn.example/gallery/7/"></head><body>${post('pics/1.jpg', 'Made with AI')}</body></html>`;
    expect(flagged(article(frame(inner)))).toEqual(['https://cdn.example/gallery/7/pics/1.jpg']);
  });

  it(`reads frames ${FRAME_LIMITS.depth} deep and no deeper`, () => {
    const two = frame(`<p>Embedded</p>${frame(post('/embed/deep2.jpg', 'Made with AI'))}`);
    expect(flagged(article(two))).toEqual(['https://news.example/embed/deep2.jpg']);
    const three = frame(`<p>Embedded</p>${frame(`<p>Again</p>${frame(post('/embed/deep3.jpg', 'Made with AI'))}`)}`);
    expect(flagged(article(three))).toEqual([]);
  });

  it(`reads at most ${FRAME_LIMITS.frames} frames and no srcdoc over ${FRAME_LIMITS.chars} characters`, () => {
    const many = Array.from({ length: FRAME_LIMITS.frames + 3 }, (_, i) => frame(post(`/embed/${i}.jpg`, 'Made with AI'))).join('');
    expect(flagged(article(many))).toHaveLength(FRAME_LIMITS.frames);
    const big = frame(`${post('/embed/big.jpg', 'Made with AI')}<p>${'x'.repeat(FRAME_LIMITS.chars)}</p>`);
    expect(flagged(article(big))).toEqual([]);
  });

  it('reads no frame in an ad, and names no tiny or addressless frame', () => {
    const f = facts(article(`<div class="ad-slot">${frame(post('/embed/ad.jpg', 'Made with AI'))}</div><iframe src="https://px.example/p" width="1" height="1"></iframe><iframe></iframe>`));
    expect(f.images.some((i) => i.frame !== undefined)).toBe(false);
    expect(f.unreadFrames).toBeUndefined();
  });

  it("a frame's text notice is not this page's, and its scripts stay text", () => {
    const r = interpretAi(facts(article(frame('<p>This article was translated with AI.</p><script>document.title="x"</script>'))));
    expect(r.textDisclosure).toBeNull();
    expect(r.pageFlag).toBe(false);
  });

  it('names the host of a cross-origin embed on a fixture page, and flags nothing', () => {
    const r = interpretAi(collectAiFacts(parseDocument(readPage('neg-en-crossorigin-embed')), { url: fixtureUrl('neg-en-crossorigin-embed') }));
    expect(r.unreadFrames).toEqual(['www.instagram.com']);
    expect(r.pageFlag).toBe(false);
  });
});

describe("an embedded post's platform label (issue #15)", () => {
  const caption = 'Sunset over the old harbour tonight, the ferries coming in one by one while the gulls circle the pier and the fishermen pack up their nets. What a view from the terrace! #harbour #sunset';
  /** A post whose label sits in its header, beside the account name, with the long caption between it and the image. */
  const headed = (label: string, tag = 'blockquote', attrs = 'class="instagram-media"'): string =>
    `<${tag} ${attrs}><div class="head"><a href="https://social.example/@harbour">harbour</a><div class="sub">${label}</div></div><div class="caption">${caption}</div><div class="media"><img src="/embed/post.jpg" width="600" height="600"></div></${tag}>`;
  const post = 'https://news.example/embed/post.jpg';

  it('a label in the header of a post quoted on the page covers the post image, in several languages', () => {
    for (const label of ['AI info', 'KI-Info', 'KI-Infos', 'Info IA', 'Información de IA', 'Made with AI', 'Mit KI erstellt', "Creato con l'IA", 'Imagined with AI'])
      expect(flagged(article(headed(label))), label).toEqual([post]);
  });

  it('in any container that says it is a post (role=article, an embed class), and in a frame that is a post', () => {
    expect(flagged(article(headed('AI info', 'div', 'role="article"')))).toEqual([post]);
    expect(flagged(article(headed('Made with AI', 'div', 'class="tiktok-embed"')))).toEqual([post]);
    expect(flagged(article(frame(headed('Info IA', 'div', 'class="x"'))))).toEqual([post]);
  });

  it('the label may share its line with the time: "2 h · Información de IA"', () => {
    expect(flagged(article(headed('<span>2 h</span> · <span>Información de IA</span>')))).toEqual([post]);
  });

  it('hands the post image over with the label in the facts', () => {
    const f = facts(article(headed('AI info')));
    const t = f.texts.find((x) => x.text === 'AI info')!;
    expect(t.own.map((i) => f.images[i]!.src)).toEqual([post]);
  });

  it('not a question, a topic, nor a long text; not outside a post; not in a frame of many images', () => {
    expect(flagged(article(headed('Made with AI?')))).toEqual([]);
    expect(flagged(article(headed('Gespräch über KI am Donnerstag')))).toEqual([]);
    expect(flagged(article(headed('Made with AI. '.repeat(8))))).toEqual([]);
    // The same header outside any post: a plain div is no post, and its label sits with no image.
    expect(flagged(article(headed('AI info', 'div', 'class="box"')))).toEqual([]);
    const gallery = Array.from({ length: 11 }, (_, i) => `<img src="/g/${i}.jpg" width="600" height="400">`).join('');
    expect(flagged(article(frame(`<div class="head">AI info</div><p>${caption}</p>${gallery}`)))).toEqual([]);
  });
});

describe('quoted words', () => {
  it("a block quotation's 'the image' is someone else's; its 'the image above' points here", () => {
    expect(flagged(article('<blockquote><p>The cover image was generated using AI. We are sorry.</p></blockquote>'))).toEqual([]);
    expect(flagged(article('<blockquote><p>The image above was generated using AI.</p></blockquote>'))).toEqual(['https://news.example/img/lead.jpg']);
  });

  const lead = ['https://news.example/img/lead.jpg'];
  it("a note label makes a block quotation the page's own note, in any of several languages", () => {
    for (const note of [
      "<p><b>Editor's note:</b> The image was generated using AI.</p>",
      '<p>Anmerkung der Redaktion: Das Foto wurde mit KI erstellt.</p>',
      '<p>Nota de la redacción: la imagen fue creada con inteligencia artificial.</p>',
      "<p>N.d.R.: L'immagine è stata generata con l'intelligenza artificiale.</p>",
      '<p><strong>Noot van de redactie</strong></p><p>De afbeelding is gemaakt met AI.</p>',
    ])
      expect(flagged(article(`<blockquote>${note}</blockquote>`)), note).toEqual(lead);
  });

  it('a class that names a note does too, unless the page cites whose words they are', () => {
    expect(flagged(article('<blockquote class="editor-note"><p>The image was generated using AI.</p></blockquote>'))).toEqual(lead);
    expect(flagged(article('<blockquote class="editor-note" cite="https://other.example/"><p>The image was generated using AI.</p></blockquote>'))).toEqual([]);
  });

  it("a quotation the page attributes is another's, even its 'image above' and its note label", () => {
    for (const quote of [
      '<blockquote cite="https://mag.example/note"><p>The image above was generated using AI.</p></blockquote>',
      '<blockquote><p>The image above was generated using AI.</p><footer>— Travel Monthly</footer></blockquote>',
      "<p>The magazine added a note to its story:</p><blockquote><p>Editor's note: The image above was generated using AI.</p></blockquote>",
      "<blockquote><p>Editor's note: The image was generated using AI.</p><cite>Travel Monthly</cite></blockquote>",
      '<figure><blockquote><p>The image above was generated using AI.</p></blockquote><figcaption>Travel Monthly, on Instagram</figcaption></figure>',
    ])
      expect(flagged(article(quote)), quote).toEqual([]);
  });

  it('words that open on a quotation mark stay quoted, label or not', () => {
    expect(flagged(article("<blockquote><p>“Editor's note: The image was generated using AI,” the magazine wrote.</p></blockquote>"))).toEqual([]);
  });

  it('says whose words a quotation holds in the facts', () => {
    const t = (html: string) => facts(article(html)).texts.find((x) => x.kind === 'text');
    expect(t('<blockquote><p>The image was made with AI.</p></blockquote>')).toMatchObject({ quoted: true });
    expect(t('<blockquote><p>The image was made with AI.</p></blockquote>')).not.toHaveProperty('cited');
    expect(t('<blockquote cite="https://x.example/"><p>The image was made with AI.</p></blockquote>')).toMatchObject({ quoted: true, cited: true });
    expect(t('<blockquote class="disclaimer"><p>The image was made with AI.</p></blockquote>')).not.toHaveProperty('quoted');
    // A quotation is read whole: its label in a paragraph of its own comes with the statement.
    expect(t("<blockquote><p>Editor's note</p><p>The image was made with AI.</p></blockquote>")?.text).toBe("Editor's note — The image was made with AI.");
  });
});
