/**
 * Attribution by structure (issue #15): the layouts of real publishing systems — a caption and its
 * credit part, a caption line between blocks, a hidden label before a caption, a list of captions
 * beside a list of slides, a CSS hero, an article's own footer — and the scope of plural notes,
 * gallery intros and quoted sentences.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../cli/dom';
import { collectAiFacts } from '../../../src/ai/collect';
import { namesImages } from '../../../src/ai/language';
import type { BlockFact } from '../../../src/facts/ai';
import { detectAiDisclosures } from '../../../tools/core/halves';

const URL_ = 'https://news.example/2026/05/harbour/';
const PROSE = `<p>${'The council met on Tuesday to discuss the new budget for roads, schools and the harbour. '.repeat(3)}</p>`;
const page = (body: string, after = ''): string =>
  `<!doctype html><html lang="en"><head><title>Harbour</title></head><body><article><h1>The harbour</h1>${PROSE}${body}${PROSE}</article>${after}</body></html>`;
const facts = (body: string, after = '') => collectAiFacts(parseDocument(page(body, after)), { url: URL_ });
const blocks = (body: string): BlockFact[] => facts(body).texts.filter((t): t is BlockFact => t.kind === 'text' || t.kind === 'credit');
const flagged = (body: string, after = ''): string[] =>
  detectAiDisclosures(parseDocument(page(body, after)), { url: URL_ }).images.filter((i) => i.aiGenerated).map((i) => new URL(i.src).pathname);
const img = (name: string): string => `<img src="/${name}.jpg" width="800" height="450" alt="">`;

describe('a caption and its credit part', () => {
  it('are two statements, even with no space between them', () => {
    const t = blocks(`<figure>${img('a')}<figcaption class="legend">Made with AI<span class="article__credit">JANE DOE / AFP</span></figcaption></figure>`);
    expect(t.map((x) => [x.kind, x.text])).toEqual([['text', 'Made with AI']]);
    expect(t[0]!.own).toEqual([0]);
    expect(flagged(`<figure>${img('a')}<figcaption>Made with AI<span class="credit">JANE DOE / AFP</span></figcaption></figure>`)).toEqual(['/a.jpg']);
  });
  it('a credit in <small> or <cite> is read alone, without its brackets', () => {
    const t = blocks(`<div class="media">${img('a')}<p>The quay in 2050 <cite>(Image: Midjourney)</cite></p></div>`);
    expect(t.map((x) => [x.kind, x.text])).toEqual([['credit', 'Image: Midjourney']]);
    expect(flagged(`<figure>${img('a')}<figcaption><p>The quay in 2050</p><small>Illustration: Midjourney/Jane Doe</small></figcaption></figure>`)).toEqual(['/a.jpg']);
  });
  it('a caption about AI with a plain credit is no disclosure', () => {
    expect(flagged(`<figure>${img('a')}<figcaption>An AI conference in Paris.<span class="credit">JANE DOE / AFP</span></figcaption></figure>`)).toEqual([]);
  });
});

describe('where a caption sits', () => {
  it('a caption span between blocks covers the picture right before it, not the article', () => {
    const body = `<div class="image"><picture>${img('a')}</picture></div><span class="image__caption">Image generated with AI</span>${PROSE}<div class="image">${img('b')}</div><span class="image__caption">Photo: Reuters</span>`;
    expect(blocks(body)[0]!.own).toEqual([0]);
    expect(flagged(body)).toEqual(['/a.jpg']);
  });
  it('a short hidden label before the caption does not part it from its image', () => {
    const body = `<figure><div>${img('a')}</div><div class="caption-wrap"><figcaption><span class="visually-hidden">Image caption, </span><p>Imagined with AI</p></figcaption></div></figure>`;
    expect(flagged(body)).toEqual(['/a.jpg']);
  });
  it('a line of prose before the caption does', () => {
    const body = `<div>${img('a')}</div><div><p>${'The harbour at dusk, seen from the north quay. '.repeat(2)}</p><p>Imagined with AI</p></div>`;
    expect(blocks(body)[0]!.own).toEqual([]);
  });
  it('a caption in a list of captions covers the slide at its place', () => {
    const slides = `<ul class="slides"><li>${img('a')}</li><li>${img('b')}</li><li>${img('c')}</li></ul>`;
    const caps = (n: number) => `<ol class="captions">${['The quay in 1950', 'The quay in 2050, an image generated with AI', 'The quay today'].slice(0, n).map((c) => `<li>${c}</li>`).join('')}</ol>`;
    expect(flagged(`<div class="slideshow">${slides}${caps(3)}</div>`)).toEqual(['/b.jpg']);
    // (Lists of different lengths are not matched item by item.)
    expect(blocks(`<div class="slideshow">${slides}${caps(2)}</div>`)[0]!.own).toEqual([]);
  });
});

describe('images and notes the layout hides', () => {
  it('a CSS background whose class names an image is one; a plain coloured box is not', () => {
    const hero = `<section><div class="article-hero__image" style="background-image: url('/hero.jpg')"></div></section>`;
    expect(facts(hero).images.map((i) => new URL(i.src).pathname)).toEqual(['/hero.jpg']);
    expect(facts(`<div class="band" style="background-image: url('/stripes.png')"></div>`).images).toEqual([]);
    expect(flagged(`${hero}<div class="article-hero__caption">Illustration: Midjourney</div>`)).toEqual(['/hero.jpg']);
  });
  it("a note in the article's own footer is read; the site's footer is not", () => {
    const imgs = `<figure>${img('a')}</figure>${PROSE}<figure>${img('b')}</figure>`;
    expect(flagged(`${imgs}<footer class="article-footer"><p>The images in this article were created with AI.</p></footer>`)).toEqual(['/a.jpg', '/b.jpg']);
    expect(flagged(imgs, '<footer><p>The images in this article were created with AI.</p></footer>')).toEqual([]);
  });
});

describe('scope', () => {
  it('knows a plural image noun from a singular one', () => {
    expect(namesImages('The images were made with AI.')).toBe(true);
    expect(namesImages('The image was made with AI.')).toBe(false);
    expect(namesImages('Die Bilder wurden mit KI erstellt.')).toBe(true);
    expect(namesImages('Das Bild wurde mit KI erstellt.')).toBe(false);
    expect(namesImages('Las imágenes fueron creadas con IA.')).toBe(true);
    expect(namesImages('La imagen fue creada con IA.')).toBe(false);
  });
  it('a plural closing note covers every image, a singular one on a page of two none', () => {
    const imgs = `<figure>${img('a')}</figure>${PROSE}<figure>${img('b')}</figure>${PROSE}${PROSE}`;
    expect(flagged(`${imgs}<p><em>The images were made with AI.</em></p>`)).toEqual(['/a.jpg', '/b.jpg']);
    expect(flagged(`${imgs}<p><em>Las imágenes fueron creadas con IA.</em></p>`)).toEqual(['/a.jpg', '/b.jpg']);
    expect(flagged(`${imgs}<p><em>The image was made with AI.</em></p>`)).toEqual([]);
  });
  it('an intro before a gallery block covers the gallery, not the lead photo above', () => {
    const body = `<figure>${img('lead')}<figcaption>Photo: Reuters</figcaption></figure>${PROSE}<p>All pictures of the following gallery were generated with AI.</p><figure class="wp-block-gallery">${['a', 'b', 'c'].map((x) => `<figure>${img(x)}</figure>`).join('')}</figure>`;
    expect(flagged(body)).toEqual(['/a.jpg', '/b.jpg', '/c.jpg']);
  });
  it('a line ending in a colon right before images introduces them, as their caption', () => {
    const gallery = `<div class="gallery">${['a', 'b'].map((x) => `<figure>${img(x)}</figure>`).join('')}</div>`;
    const lead = `<figure>${img('lead')}<figcaption>Photo: Reuters</figcaption></figure>${PROSE}`;
    expect(flagged(`${lead}<p>Hier kommen die zehn KI-Bilder. Die jeweilige Überschrift findest du in der Bildlegende:</p>${gallery}`)).toEqual(['/a.jpg', '/b.jpg']);
    // (A negation stays one.)
    expect(flagged(`${lead}<p>The photos below were not made with AI:</p>${gallery}`)).toEqual([]);
  });
  it('a sentence in quotation marks is someone else’s, wherever it stands in its paragraph', () => {
    const photo = `<figure>${img('real')}<figcaption>A newsstand. Photo: Reuters</figcaption></figure>${PROSE}`;
    expect(flagged(`${photo}<p>"The cover image was generated using AI. We are sorry," the editor wrote.</p>`)).toEqual([]);
    expect(flagged(`${photo}<p>The editor wrote: "We are sorry. The cover image was generated using AI."</p>`)).toEqual([]);
    // (The page's own note, unquoted, still covers its lead image.)
    expect(flagged(`${photo}<p><em>The cover image was generated using AI.</em></p>`)).toEqual(['/real.jpg']);
  });
});
