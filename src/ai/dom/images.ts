/**
 * Every image a reader of the article sees: `img` (with lazy `data-src`/`srcset`, `picture`
 * sources), `amp-img`, and labelled CSS background images, in document order. Page furniture
 * (avatars, logos, icons, ads, related-story thumbnails, navigation) is marked, not an article
 * image; tracking pixels, placeholders and images without a source are not images at all.
 */
import { attrOf } from '../../dom/attr';
import { regex } from '../../phrases';
import { BACKGROUND_IMAGE_NAMES, IMAGE_FURNITURE } from '../phrases/images';

export interface Candidate {
  el: Element;
  /** Absolute URL. */
  src: string;
}

export interface ScannedImage extends Candidate {
  /** Why the image is page furniture (the class/id word or tag, e.g. "avatar", "nav"); '' = article image. */
  furniture: string;
}

/** Class/id words of containers whose images are not the article's. */
export const FURNITURE = /*#__PURE__*/ regex('i', IMAGE_FURNITURE);
const FURNITURE_TAGS = /^(?:NAV|ASIDE|FOOTER|NOSCRIPT|TEMPLATE)$/i;

/** Class and id, one string. */
export const names = (el: Element): string => `${attrOf(el, 'class')} ${attrOf(el, 'id')}`;

/** Why `el` sits in page furniture (bounded climb): the tag or class/id word; '' when it does not. */
export function furnitureOf(el: Element | null): string {
  for (let i = 0; el && i < 12; i++, el = el.parentElement) {
    const word = FURNITURE_TAGS.exec(el.tagName) ?? FURNITURE.exec(names(el));
    if (word) return word[0].toLowerCase();
  }
  return '';
}

const first = (srcset: string | null | undefined): string => (srcset ?? '').trim().split(/\s+/)[0] ?? '';
const PLACEHOLDER = /^data:|blank\.|spacer|placeholder|pixel\.|1x1/i;
const LINE_END = /[\n\r\u2028\u2029]/g;

/** The address in a style's first `url(…)`, its quotes dropped when they pair up: what
 *  /url\((['"]?)(.*?)\1\)/ captures, in linear time (that pattern scans the rest of the line again
 *  from every "url(" that never closes). A `)` cannot be across a line break. */
function backgroundUrl(style: string): string {
  for (let i = style.indexOf('url('); i >= 0; i = style.indexOf('url(', i + 1)) {
    LINE_END.lastIndex = i + 4;
    const end = LINE_END.exec(style)?.index ?? style.length;
    const rest = style.slice(i + 4, end);
    const quote = rest[0] === '"' || rest[0] === "'" ? rest.indexOf(`${rest[0]})`, 1) : -1;
    if (quote > 0) return rest.slice(1, quote);
    const close = rest.indexOf(')');
    if (close >= 0) return rest.slice(0, close);
    // No ")" before the line ends: no "url(" before it closes either.
    i = end;
  }
  return '';
}

function rawSrc(el: Element): string {
  const a = (n: string): string => el.getAttribute(n)?.trim() ?? '';
  const bg = backgroundUrl(a('style'));
  const src = a('src');
  if (src && !PLACEHOLDER.test(src)) return src;
  return (
    a('data-src') ||
    a('data-lazy-src') ||
    a('data-original') ||
    a('data-url') ||
    first(a('data-srcset') || a('srcset')) ||
    first(el.parentElement?.querySelector('source[srcset]')?.getAttribute('srcset')) ||
    bg ||
    src
  );
}

/** Class or id words of an element whose CSS background is the picture. */
const BACKGROUND_IMAGE = /*#__PURE__*/ regex('i', BACKGROUND_IMAGE_NAMES);

const tiny = (el: Element): boolean => ['width', 'height'].some((n) => +(el.getAttribute(n) || 99) < 50);

/** All images with a source, furniture included (marked), in document order. */
export function scanImages(doc: Document | DocumentFragment, base: string): ScannedImage[] {
  const out: ScannedImage[] = [];
  for (const el of doc.querySelectorAll('img,amp-img,[style*="url("]')) {
    // A live page (scripts on) and linkedom read <noscript> as text; a DOMParser document (a linked
    // page) parses it, and its images would be counted twice or be tracking pixels.
    if (el.closest('noscript')) continue;
    // A background counts only when the page labels it as an image.
    // (Or its class names an image: a hero or cover drawn by CSS, "article-hero__image".)
    if (!/^(?:amp-)?img$/i.test(el.tagName) && !el.matches('[role=img],[aria-label],[title],figure *') && !BACKGROUND_IMAGE.test(names(el))) continue;
    const raw = rawSrc(el);
    if (!raw || raw.startsWith('data:') || tiny(el)) continue;
    let src = raw;
    try {
      src = new URL(raw, base).href;
    } catch {
      /* keep the page's own string */
    }
    out.push({ el, src, furniture: furnitureOf(el) });
  }
  return out;
}

/** The article's images (furniture left out), in document order. */
export const collectImages = (doc: Document, base: string): Candidate[] => scanImages(doc, base).filter((c) => !c.furniture);
