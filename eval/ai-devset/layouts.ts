/**
 * Held-out layouts (issue #15): the dev set's wordings (wordings.json) laid out in page templates
 * that pages.ts does not have, modelled on the markup of real publishing systems — WordPress
 * (classic `wp-caption`, Gutenberg `wp-block-image` and galleries), Arc XP, the Guardian, the BBC,
 * Le Monde, Spiegel / El País (`<small>`), Corriere (`<cite>`), AMP, lazy loaders (lazysizes,
 * WP Rocket with its `<noscript>` fallback), responsive `<picture>`, CSS background heroes,
 * slideshows whose captions are a separate list, overlay badges placed before the image, a lead image
 * in the article's header with a note at its end, a plural note in the article's footer, a
 * disclosure in the alt only beside a plain caption.
 *
 * They were written and scored (`npm run eval:ai`, "held-out layouts") before the collector was
 * changed for them: that first figure is the honest estimate of how a layout the rules never met
 * fares. Like pages.ts, deterministic, each page labelled with its AI images.
 */
import { adder, esc, FILLER, loadWordings, realPhoto, type DevPage, type Wording } from './pages';

/** A layout for a wording of one image: `t` the wording (already escaped), `neutral` a plain caption,
 *  `credit` whether the wording is a credit line (then it sits where the layout puts credits). */
type SelfLayout = (img: string, t: string, neutral: string, credit: boolean) => string;

const NEUTRAL_CREDIT = 'Jane Doe / Reuters';
const dims = 'width="800" height="450"';

const SELF: Record<string, SelfLayout> = {
  // WordPress, classic editor: [caption] shortcode.
  'wp-caption': (img, t) =>
    `<div id="attachment_4821" style="width: 810px" class="wp-caption aligncenter"><img aria-describedby="caption-attachment-4821" decoding="async" class="size-large wp-image-4821" src="${img}" alt="" ${dims} srcset="${img} 800w, ${img.replace('.jpg', '-300x169.jpg')} 300w" sizes="(max-width: 800px) 100vw, 800px"><p id="caption-attachment-4821" class="wp-caption-text">${t}</p></div>`,
  // WordPress, block editor: the caption and a credit span in one figcaption.
  'wp-block-image': (img, t, neutral, credit) =>
    `<figure class="wp-block-image size-large"><img decoding="async" src="${img}" alt="" class="wp-image-512" ${dims}><figcaption class="wp-element-caption">${credit ? neutral : t} <span class="image-credit">${credit ? t : NEUTRAL_CREDIT}</span></figcaption></figure>`,
  // Arc XP: a picture in a wrapper, caption and credit spans.
  'arc-xp': (img, t, neutral, credit) =>
    `<figure class="c-media-item"><div class="c-media-item__img"><picture><source type="image/webp" srcset="${img.replace('.jpg', '.webp')} 800w"><img alt="" src="${img}" ${dims} loading="lazy"></picture></div><figcaption class="c-media-item__fig-caption"><span class="c-media-item__caption">${credit ? neutral : t}</span> <span class="credit">(${credit ? t : NEUTRAL_CREDIT})</span></figcaption></figure>`,
  // The Guardian: a hidden label before the caption, a credit after it.
  guardian: (img, t, neutral, credit) =>
    `<figure class="dcr-1a8ujz3" data-spacefinder-role="inline" data-component="image"><div class="dcr-img-container"><picture class="dcr-picture"><source srcset="${img}?width=620&dpr=2 1240w" media="(min-width: 660px)"><img alt="" src="${img}" ${dims} loading="lazy" class="dcr-evn1e9"></picture></div><figcaption class="dcr-9ktzqp"><span class="dcr-1inf02i"><svg width="18" height="13" viewBox="0 0 18 13"><path d="M18 3.5v8l-1.5 1.5h-15l-1.5-1.5v-8l1.5-1.5h3.5l2-2h4l2 2h3.5l1.5 1.5z"></path></svg></span><span class="dcr-hidden-label">Photograph:</span> ${credit ? neutral : t} <span class="dcr-credit">${credit ? t : `Photograph: ${NEUTRAL_CREDIT}`}</span></figcaption></figure>`,
  // The BBC: the image block, its copyright over the image, the caption in a sibling wrapper.
  bbc: (img, t, neutral, credit) =>
    `<div data-component="image-block" class="ssrcss-1ocoo3l-Wrap"><figure class="ssrcss-wpgbih-StyledFigure"><div class="ssrcss-ab5fd8-StyledFigureContainer"><span class="ssrcss-1fl8l3k"><img sizes="(min-width: 1280px) 50vw, 100vw" srcset="${img} 800w" src="${img}" ${dims} alt=""></span><span role="text" class="ssrcss-1pvwv4b-Copyright"><span class="ssrcss-1i7hmh9-VisuallyHidden">Image source, </span>${credit ? t : 'Getty Images'}</span></div><div class="ssrcss-caption-wrap"><figcaption class="ssrcss-tvuve4-StyledFigureCaption"><span class="ssrcss-1i7hmh9-VisuallyHidden">Image caption, </span><p class="ssrcss-1q0x1qg-Paragraph">${credit ? neutral : t}</p></figcaption></div></figure></div>`,
  // Le Monde: the legend and, inside it, the credit in capitals.
  'le-monde': (img, t, neutral, credit) =>
    `<figure class="article__media"><picture class="article__media"><img src="${img}" ${dims} alt="" class="article__media-img"></picture><figcaption class="article__legend" aria-hidden="true">${credit ? neutral : t}<span class="article__credit" aria-hidden="true">${credit ? t : 'JANE DOE / AFP'}</span></figcaption></figure>`,
  // Spiegel, El País: a paragraph of caption, the credit in <small>.
  'small-credit': (img, t, neutral, credit) =>
    `<figure class="relative"><div class="image-wrapper"><img src="${img}" ${dims} alt=""></div><figcaption class="caption"><p>${credit ? neutral : t}</p><small>${credit ? t : `Foto: ${NEUTRAL_CREDIT}`}</small></figcaption></figure>`,
  // Corriere: the caption in a div beside the image, the agency in <cite>.
  'cite-credit': (img, t, neutral, credit) =>
    `<div class="media-news"><div class="media-news__img"><img src="${img}" ${dims} alt=""></div><div class="media-news__caption"><p>${credit ? neutral : t} <cite>${credit ? t : '(Ansa)'}</cite></p></div></div>`,
  // The caption above the image, in one block.
  'caption-before': (img, t) =>
    `<div class="photo-block"><p class="photo-block__caption">${t}</p><div class="photo-block__img"><img src="${img}" ${dims} alt=""></div></div>`,
  // WordPress classic, no [caption]: an image linked to its file, the caption an italic line after the link's paragraph.
  'linked-image': (img, t) =>
    `<p><a href="${img.replace('.jpg', '-full.jpg')}" class="lightbox"><img class="aligncenter size-large" src="${img}" ${dims} alt=""></a></p><p style="text-align: center;"><em>${t}</em></p>`,
  // WP Rocket's lazy load: an SVG placeholder, data-lazy-src, a <noscript> copy.
  'noscript-lazy': (img, t) =>
    `<figure class="post-image"><img class="lazyload" src="data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%20800%20450'%3E%3C/svg%3E" data-lazy-src="${img}" ${dims} alt=""><noscript><img src="${img}" ${dims} alt=""></noscript><figcaption>${t}</figcaption></figure>`,
  // AMP: amp-img with its noscript fallback, the caption in a div after the image's.
  'amp-div': (img, t) =>
    `<div class="amp-article-image"><amp-img src="${img}" ${dims} layout="responsive" alt=""><noscript><img src="${img}" ${dims} alt=""></noscript></amp-img></div><div class="amp-image-caption"><span>${t}</span></div>`,
  // A responsive <picture> (art direction), the caption a span after its wrapper.
  'picture-srcset': (img, t) =>
    `<div class="image"><picture><source media="(min-width: 768px)" srcset="${img.replace('.jpg', '-1200.webp')} 1200w, ${img.replace('.jpg', '-2400.webp')} 2400w" type="image/webp"><source srcset="${img.replace('.jpg', '-800.jpg')} 800w"><img src="${img}" srcset="${img.replace('.jpg', '-800.jpg')} 800w" sizes="100vw" alt="" loading="lazy" ${dims}></picture></div><span class="image__caption">${t}</span>`,
  // lazysizes: a placeholder file, data-src and data-srcset, the caption in a div of its own.
  'lazy-data-src': (img, t) =>
    `<div class="img-holder"><img src="/assets/img/placeholder.svg" data-src="${img}" data-srcset="${img} 800w" class="lazyload" ${dims} alt=""></div><div class="caption"><p>${t}</p></div>`,
  // A hero drawn by CSS, no role or label, its caption under it.
  'css-hero': (img, t) =>
    `<section class="article-hero"><div class="article-hero__image" style="background-image: url(&quot;${img}&quot;); background-size: cover; height: 420px;"></div></section><div class="article-hero__caption">${t}</div>`,
  // An overlay badge placed before the image (absolutely positioned), a plain caption under the figure.
  'badge-before': (img, t, neutral) =>
    `<figure class="story-image"><div class="story-image__wrap" style="position: relative"><span class="story-image__label" style="position: absolute; top: 8px; left: 8px">${t}</span><img src="${img}" ${dims} alt=""></div><figcaption>${neutral}</figcaption></figure>`,
  // The disclosure in the alt only; a linked image and a plain caption with a credit.
  'alt-only': (img, t, neutral) =>
    `<figure class="inline-image"><a href="${img}"><img src="${img}" alt="${t}" ${dims}></a><figcaption>${neutral} Foto: ${NEUTRAL_CREDIT}</figcaption></figure>`,
};
/** Captions that can be long: every self layout but the badge (a badge is a few words). */
const ROTATION = ['wp-caption', 'wp-block-image', 'arc-xp', 'guardian', 'bbc', 'le-monde', 'small-credit', 'cite-credit', 'caption-before', 'linked-image', 'noscript-lazy', 'amp-div', 'picture-srcset', 'lazy-data-src', 'css-hero', 'alt-only'];
/** Layouts with a credit slot, for credit lines. */
const CREDIT_ROTATION = ['wp-block-image', 'arc-xp', 'guardian', 'bbc', 'le-monde', 'small-credit', 'cite-credit'];

export function heldOutPages(wordings: Wording[] = loadWordings()): DevPage[] {
  const out: DevPage[] = [];
  let k = 0;
  wordings.forEach((w, i) => {
    const base = `https://heldout.test/${w.lang}/${i}/`;
    const abs = (p: string): string => new URL(p, base).href;
    const neutral = esc(FILLER[w.lang]?.[0] ?? FILLER.en![0]);
    const t = esc(w.text);
    const add = adder(out, w, i, base);
    const a = `img/a${i}.jpg`, b = `img/b${i}.jpg`, c = `img/c${i}.jpg`, r = `img/real${i}.jpg`;
    const one = (layout: string): void =>
      add(layout, `${SELF[layout]!(a, t, neutral, w.role === 'credit')}{P}${realPhoto(r)}`, { pageFlag: true, aiImages: [abs(a)] });
    if ((w.kind === 'image' || w.kind === 'label') && w.scope === 'self') {
      // Each wording in three layouts, rotating; labels and short captions also as a badge before the image.
      const rot = w.role === 'credit' ? CREDIT_ROTATION : ROTATION;
      for (let j = 0; j < 3; j++) one(rot[(k + j * 5) % rot.length]!);
      k++;
      if (w.text.length <= 40) one('badge-before');
      // A slideshow whose captions are a list of their own: the wording is the second slide's.
      if (k % 3 === 0) {
        const slides = [a, b, c].map((x) => `<li class="slide"><img src="${x}" ${dims} alt=""></li>`).join('');
        const caps = [neutral, t, `${neutral} (2)`].map((x) => `<li>${x}</li>`).join('');
        add('slideshow-list', `<div class="slideshow" data-ride="carousel"><ul class="slides">${slides}</ul><ol class="slide-captions">${caps}</ol></div>{P}${realPhoto(r)}`, { pageFlag: true, aiImages: [abs(b)] });
      }
    } else if (w.kind === 'image' && w.scope === 'page') {
      // Two images, the lead in the article's header; a plural note in the article's footer.
      add(
        'footer-note',
        `<header class="article-header"><figure class="lead-image"><img src="${a}" ${dims} alt=""></figure></header>{P}<figure class="wp-block-image"><img src="${b}" ${dims} alt=""><figcaption class="wp-element-caption">${neutral}</figcaption></figure>{P}<footer class="article-footer"><p class="article-disclaimer"><em>${t}</em></p></footer>`,
        { pageFlag: true, aiImages: [abs(a), abs(b)] },
      );
      // The same note after a Gutenberg gallery of two, its caption plain: all the article's images.
      add(
        'wp-gallery-note',
        `<figure class="wp-block-gallery has-nested-images columns-2 is-cropped"><figure class="wp-block-image size-large"><img src="${a}" ${dims} alt=""></figure><figure class="wp-block-image size-large"><img src="${b}" ${dims} alt=""></figure><figcaption class="blocks-gallery-caption wp-element-caption">${neutral}</figcaption></figure>{P}<p><em>${t}</em></p>`,
        { pageFlag: true, aiImages: [abs(a), abs(b)] },
      );
    } else if (w.kind === 'image' && w.scope === 'lead') {
      // The lead image in the article's header, a real photo in the body, the note at the end.
      add(
        'header-lead-note',
        `<header class="entry-header"><div class="post-thumbnail"><img class="attachment-post-thumbnail wp-post-image" src="${a}" ${dims} alt=""></div></header>{P}${realPhoto(r)}{P}<div class="entry-footer-note"><p><small>${t}</small></p></div>`,
        { pageFlag: true, aiImages: [abs(a)] },
      );
    } else if (w.kind === 'image' && w.scope === 'gallery') {
      // A Gutenberg gallery introduced by the wording, a real photo above it.
      const items = [a, b, c].map((x) => `<figure class="wp-block-image size-large"><img src="${x}" ${dims} alt=""></figure>`).join('');
      add('wp-gallery-intro', `${realPhoto(r)}{P}<p>${t}</p><figure class="wp-block-gallery has-nested-images columns-3">${items}</figure>`, { pageFlag: true, aiImages: [a, b, c].map(abs) });
    } else if (w.kind === 'near-miss' && w.attachable) {
      // A near-miss that can be a caption, under a real photo in two of the layouts.
      for (const layout of ['wp-caption', 'bbc']) add(`${layout}`, `${SELF[layout]!(r, t, neutral, false)}{P}`, {});
    }
  });
  return out;
}
