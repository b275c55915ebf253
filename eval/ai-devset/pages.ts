/**
 * The AI-disclosure dev set as pages: each wording of wordings.json (see README.md) placed in news
 * pages of varied layout, each page labelled with which of its images are AI and whether its text
 * is disclosed as written with AI. Deterministic: the same wordings give the same pages.
 *
 * Layouts: an image's own disclosure sits in its figcaption, a caption paragraph after it, a credit
 * line, its alt / title / data-caption attribute, an overlay badge, an AMP figure (amp-img), a
 * <picture>, a lazy image (data-src), a CSS background with a caption line, or an embedded social
 * post (platform labels: under the post's image, or in its header above a long caption). A page-wide note opens or closes an article whose two images it covers.
 * A gallery's intro covers the gallery's images and not the real lead photo above it; "the
 * following" images are those after the statement, not the real photo before it; "the image
 * above" is the one just before it, not the real photo after it; "the cover image", in a closing note,
 * is the article's first image, not the real photo right before the note. Text notices close the article.
 * Near-misses sit in the body, and those that can be an image's caption (`attachable`) also under a
 * real photo. Every page also has furniture (logo, avatar) and, where the disclosure is of one
 * image, a real photo with a plain credit after it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Wording {
  text: string;
  lang: string;
  kind: 'image' | 'label' | 'text' | 'near-miss';
  scope: 'self' | 'page' | 'gallery' | 'next' | 'prev' | 'lead' | 'text' | 'ambiguous' | 'none';
  source: string;
  adapted: boolean;
  original?: string;
  role?: 'credit';
  attachable?: boolean;
}

export interface DevPage {
  /** `<lang>-<index of the wording>-<layout>`. */
  name: string;
  lang: string;
  layout: string;
  kind: Wording['kind'];
  url: string;
  html: string;
  /** The page's AI image expected: at least one image is disclosed. */
  pageFlag: boolean;
  /** Absolute srcs of the images disclosed as AI. */
  aiImages: string[];
  /** Absolute srcs not scored either way (an ambiguous statement may or may not be tied to them). */
  unscored: string[];
  textDisclosure: boolean;
  /** The wording, for failure lists. */
  text: string;
}

const here = dirname(fileURLToPath(import.meta.url));
/** wordings.json, then each later gathering kept in a file of its own (`wordings.<name>.json`, in name order). */
export const wordingFiles = (): string[] => ['wordings.json', ...readdirSync(here).filter((f) => /^wordings\..+\.json$/.test(f)).sort()];
export const loadWordings = (files: string[] = wordingFiles()): Wording[] =>
  files.flatMap((f) => JSON.parse(readFileSync(join(here, f), 'utf8')) as Wording[]);
export const FILLER = JSON.parse(readFileSync(join(here, 'filler.json'), 'utf8')) as Record<string, [string, string]>;
const RTL = new Set(['ar', 'fa', 'he', 'ur']);

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Where a disclosure of one image can sit; `img` is the image's path. */
const SELF: Record<string, (img: string, t: string) => string> = {
  figcaption: (img, t) => `<figure><img src="${img}" width="800" height="450"><figcaption>${esc(t)}</figcaption></figure>`,
  sibling: (img, t) => `<div class="article-image"><img src="${img}" width="800" height="450"></div><p class="image-caption">${esc(t)}</p>`,
  credit: (img, t) =>
    `<figure class="lead"><img src="${img}" width="800" height="450"><figcaption><span class="caption-credit">${esc(t)}</span></figcaption></figure>`,
  alt: (img, t) => `<p><img src="${img}" alt="${esc(t)}" width="800" height="450"></p>`,
  title: (img, t) => `<div class="media"><img src="${img}" title="${esc(t)}" width="800" height="450"></div>`,
  'data-attr': (img, t) => `<div class="media"><img src="${img}" data-caption="${esc(t)}" width="800" height="450"></div>`,
  badge: (img, t) => `<div class="media media--overlay"><img src="${img}" width="800" height="450"><span class="badge">${esc(t)}</span></div>`,
  amp: (img, t) =>
    `<figure class="amp-figure"><amp-img src="${img}" width="800" height="450" layout="responsive"></amp-img><figcaption>${esc(t)}</figcaption></figure>`,
  picture: (img, t) =>
    `<figure><picture><source srcset="${img.replace(/\.jpg$/, '.webp')}" type="image/webp"><img src="${img}" width="800" height="450"></picture><figcaption>${esc(t)}</figcaption></figure>`,
  lazy: (img, t) =>
    `<figure><img class="lazyload" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="${img}" width="800" height="450"><figcaption>${esc(t)}</figcaption></figure>`,
  'css-bg': (img, t) => `<div class="hero-image" role="img" style="background-image: url('${img}')"></div><p class="hero-caption">${esc(t)}</p>`,
  embed: (img, t) =>
    `<blockquote class="social-embed" data-platform="instagram"><div class="embed-header">@harbourcity</div><img src="${img}" width="600" height="600"><div class="embed-label">${esc(t)}</div><p>#harbour #sunset</p></blockquote>`,
  // A platform's label in the post's header, beside the account name, the post's long caption between it and the image.
  'embed-header': (img, t) =>
    `<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/x/"><div class="ig-header"><a href="https://www.instagram.com/harbourcity/">harbourcity</a><div class="ig-sub">${esc(t)}</div></div><div class="ig-caption">{P}</div><a class="ig-media" href="https://www.instagram.com/p/x/"><img src="${img}" width="600" height="600"></a></blockquote>`,
};
const SELF_ROTATION = ['figcaption', 'sibling', 'alt', 'badge', 'amp', 'title', 'picture', 'lazy', 'data-attr', 'css-bg', 'credit', 'embed'];
const LABEL_ROTATION = ['embed', 'badge', 'figcaption', 'alt'];

export const realPhoto = (img: string): string => `<figure><img src="${img}" width="800" height="450"><figcaption>© Reuters / J. Doe</figcaption></figure>`;

export function page(lang: string, body: string): string {
  const [head, para] = FILLER[lang] ?? FILLER.en!;
  const p = `<p>${esc(para)}</p>`;
  return `<!doctype html><html lang="${lang}" dir="${RTL.has(lang) ? 'rtl' : 'ltr'}"><head><meta charset="utf-8"><title>${esc(head)}</title></head><body>
<header class="site-header"><a href="/"><img class="logo" src="/static/logo.png" alt="Daily"></a><nav><a href="/city">City</a></nav></header>
<main><article><h1>${esc(head)}</h1><div class="byline"><img class="author-avatar" src="/avatars/jd.jpg" alt="J. Doe" width="40" height="40"> J. Doe</div>
${p}${body.replaceAll('{P}', p)}${p}
</article></main><footer><p>© Daily</p></footer></body></html>`;
}

/** What adds one labelled page of wording `w` (the `i`th) under `base` to `out`: a layout's name, its
 *  body, and what differs from "nothing flagged". Shared by the dev pages and the held-out layouts. */
export const adder =
  (out: DevPage[], w: Wording, i: number, base: string) =>
  (layout: string, body: string, exp: Partial<DevPage>): void => {
    out.push({
      name: `${w.lang}-${i}-${layout}`,
      lang: w.lang,
      layout,
      kind: w.kind,
      url: `${base}page.html`,
      html: page(w.lang, body),
      pageFlag: false,
      aiImages: [],
      unscored: [],
      textDisclosure: false,
      text: w.text,
      ...exp,
    });
  };

export function devPages(wordings: Wording[] = loadWordings()): DevPage[] {
  const out: DevPage[] = [];
  let k = 0; // the layouts rotate over the wordings of one image
  wordings.forEach((w, i) => {
    const base = `https://devset.test/${w.lang}/${i}/`;
    const abs = (p: string): string => new URL(p, base).href;
    const add = adder(out, w, i, base);
    const a = `img/a${i}.jpg`, b = `img/b${i}.jpg`, r = `img/real${i}.jpg`;
    if ((w.kind === 'image' || w.kind === 'label') && w.scope === 'self') {
      const rot = w.kind === 'label' ? LABEL_ROTATION : SELF_ROTATION;
      const first = w.role === 'credit' ? 'credit' : rot[k % rot.length]!;
      let second = rot[(k + 5) % rot.length]!;
      if (second === first) second = rot[(k + 6) % rot.length]!;
      if (w.role !== 'credit') k++;
      // (A platform's label also in a post's header: every label once more.)
      for (const layout of w.kind === 'label' ? [first, second, 'embed-header'] : [first, second]) {
        // The disclosed image between two paragraphs, a real photo after it.
        add(layout, `${SELF[layout]!(a, w.text)}{P}${realPhoto(r)}`, { pageFlag: true, aiImages: [abs(a)] });
      }
    } else if ((w.kind === 'image' || w.kind === 'label') && w.scope === 'page') {
      const imgs = `<figure><img src="${a}" width="800" height="450"></figure>{P}<figure><img src="${b}" width="800" height="450"></figure>`;
      add('closing-note', `${imgs}{P}<p class="note"><em>${esc(w.text)}</em></p>`, { pageFlag: true, aiImages: [abs(a), abs(b)] });
      add('opening-note', `<p class="standfirst"><em>${esc(w.text)}</em></p>{P}${imgs}`, { pageFlag: true, aiImages: [abs(a), abs(b)] });
    } else if (w.scope === 'gallery') {
      const c = `img/c${i}.jpg`;
      const items = [a, b, c].map((x) => `<div class="gallery-item"><img src="${x}" width="800" height="450"></div>`).join('');
      add('gallery', `${realPhoto(r)}{P}<section class="gallery"><p class="gallery-intro">${esc(w.text)}</p>${items}</section>`, { pageFlag: true, aiImages: [a, b, c].map(abs) });
    } else if (w.scope === 'next') {
      const imgs = `<figure><img src="${a}" width="800" height="450"></figure><figure><img src="${b}" width="800" height="450"></figure>`;
      add('following', `${realPhoto(r)}{P}<p>${esc(w.text)}</p>${imgs}`, { pageFlag: true, aiImages: [abs(a), abs(b)] });
    } else if (w.scope === 'prev') {
      add('above', `<figure class="lead"><img src="${a}" width="800" height="450"></figure>{P}<p>${esc(w.text)}</p>{P}${realPhoto(r)}`, { pageFlag: true, aiImages: [abs(a)] });
    } else if (w.scope === 'lead') {
      // The lead image disclosed by a closing note, a real photo between them.
      add('lead-note', `<figure class="lead"><img src="${a}" width="800" height="450"></figure>{P}${realPhoto(r)}{P}<p class="note"><em>${esc(w.text)}</em></p>`, { pageFlag: true, aiImages: [abs(a)] });
    } else if (w.scope === 'ambiguous') {
      add('figcaption', `${SELF.figcaption!(a, w.text)}{P}`, { pageFlag: true, unscored: [abs(a)] });
    } else if (w.kind === 'text' || (w.kind === 'label' && w.scope === 'text')) {
      const notice = w.kind === 'label' ? `<div class="article-label">${esc(w.text)}</div>` : `<p class="disclosure"><em>${esc(w.text)}</em></p>`;
      add('closing-note', `${realPhoto(r)}{P}${notice}`, { textDisclosure: true });
    } else {
      add('body', `${realPhoto(r)}{P}<p>${esc(w.text)}</p>`, {});
      if (w.attachable) add('caption-of-real', `${SELF.figcaption!(r, w.text)}{P}`, {});
    }
  });
  return out;
}
