/**
 * Every image a reader of the article sees: `img` (with lazy `data-src`/`srcset`, `picture`
 * sources), `amp-img`, and labelled CSS background images, in document order. Page furniture is
 * left out: avatars, logos, icons, ads, related-story thumbnails, navigation, tracking pixels.
 */
export interface Candidate {
  el: Element;
  /** Absolute URL. */
  src: string;
}

/** Class/id words of containers whose images are not the article's. */
export const FURNITURE =
  /avatar|author|logo|icon|profile|gravatar|emoji|sprite|related|recommend|teaser|promo|sponsor|advert|\bads?\b|\bad[-_]|adslot|dfp|outbrain|taboola|sidebar|trending|popular|more-stories|read-?more|newsletter|comment/i;
const FURNITURE_TAGS = /^(?:NAV|ASIDE|FOOTER|NOSCRIPT|TEMPLATE)$/;

/** True when `el` sits in page furniture (bounded climb). */
export function inFurniture(el: Element | null): boolean {
  for (let i = 0; el && i < 12; i++, el = el.parentElement) {
    if (FURNITURE_TAGS.test(el.tagName.toUpperCase())) return true;
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (names.length > 1 && FURNITURE.test(names)) return true;
  }
  return false;
}

const first = (srcset: string | null | undefined): string => (srcset ?? '').trim().split(/\s+/)[0] ?? '';
const PLACEHOLDER = /^data:|blank\.|spacer|placeholder|pixel\.|1x1/i;

function rawSrc(el: Element): string {
  const a = (n: string): string => el.getAttribute(n)?.trim() ?? '';
  const bg = /url\((['"]?)(.*?)\1\)/.exec(a('style'))?.[2] ?? '';
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

const tiny = (el: Element): boolean => ['width', 'height'].some((n) => +(el.getAttribute(n) || 99) < 50);

export function collectImages(doc: Document, base: string): Candidate[] {
  const out: Candidate[] = [];
  for (const el of Array.from(doc.querySelectorAll('img,amp-img,[style*="url("]'))) {
    const tag = el.tagName.toUpperCase();
    // A background counts only when the page labels it as an image.
    if (tag !== 'IMG' && tag !== 'AMP-IMG' && !el.matches('[role=img],[aria-label],[title],figure *')) continue;
    const raw = rawSrc(el);
    if (!raw || raw.startsWith('data:') || tiny(el) || inFurniture(el)) continue;
    let src = raw;
    try {
      src = new URL(raw, base).href;
    } catch {
      /* keep the page's own string */
    }
    out.push({ el, src });
  }
  return out;
}
