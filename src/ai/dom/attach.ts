/**
 * Which images a piece of text would cover, for each scope a disclosure can have. The page side
 * works all of them out (they need the DOM); interpretation picks one by what the text says.
 * 1. own: text inside an image's own small container (figcaption, overlay badge, credit line)
 *    covers the image(s) in it; text right after such a container (the caption paragraph) covers
 *    its last image. "Small" = the container holds at most ~300 characters more than the text.
 * 2. next / prev: the images that follow the text up to the next stretch of prose ("the
 *    following image"), or that precede it ("the image(s) above").
 * 3. gallery: the nearest ancestor holding two or more images (a gallery note). A page-level note
 *    covers all the article's images (furniture is never in the index).
 * Images are numbers: positions in the list collect.ts hands over.
 */

/** Each article image's element and its ancestors up to 6 levels → the images under it. Built
 *  once per page, so tying text to images never searches subtrees (a caption sits within a few
 *  levels). `len` memoizes text lengths: blocks share ancestors and siblings. */
export interface Layout {
  index: Map<Element, number[]>;
  len: (e: Element) => number;
}

export function layout(images: { el: Element; furniture: string }[]): Layout {
  const index = new Map<Element, number[]>();
  images.forEach((c, n) => {
    if (c.furniture) return;
    let e: Element | null = c.el;
    for (let i = 0; e && i < 7; i++, e = e.parentElement) index.set(e, [...(index.get(e) ?? []), n]);
  });
  const lengths = new Map<Element, number>();
  return { index, len: (e) => lengths.get(e) ?? lengths.set(e, (e.textContent ?? '').length).get(e)! };
}

const at = (l: Layout, e: Element): number[] => l.index.get(e) ?? [];

/** Rule 1: the image(s) this text is a caption/credit/badge of, or none. */
export function ownImages(block: Element, l: Layout): number[] {
  const base = l.len(block) + 300;
  let e: Element | null = block;
  for (let i = 0; e && i < 4 && l.len(e) <= base; i++, e = e.parentElement) {
    const inside = at(l, e);
    if (inside.length) return inside;
    const prev = e.previousElementSibling;
    if (prev && l.len(prev) < 400) {
      const p = at(l, prev);
      if (p.length) return p.slice(-1);
    }
    // (A short inline label before it is no prose: the BBC's hidden "Image caption, " span.)
    if (prev && l.len(prev) > 0 && !(SHORT_INLINE.test(prev.tagName) && l.len(prev) <= 40)) break;
  }
  return [];
}

const SHORT_INLINE = /^(?:SPAN|B|STRONG|EM|I|SMALL|LABEL)$/i;

/**
 * A caption in a list of captions beside a list of images (a slideshow's "slide-captions" after its
 * "slides"): the image of the item at the same position, when the two lists are the same length and
 * each image item holds one image. [] otherwise.
 */
export function listImages(block: Element, l: Layout): number[] {
  const item = block.closest('li');
  const list = item?.parentElement;
  if (!item || !list || !item.contains(block) || l.len(item) > l.len(block) + 40) return [];
  const items = Array.from(list.children);
  const k = items.indexOf(item);
  for (const other of [list.previousElementSibling, list.nextElementSibling]) {
    if (!other || other.children.length !== items.length || at(l, other).length !== items.length) continue;
    const one = at(l, other.children[k]!);
    if (one.length === 1) return one;
  }
  return [];
}

/** Rule 2: the group of images after (`next`) or before the text. */
export function groupImages(block: Element, l: Layout, next: boolean): number[] {
  const out: number[] = [];
  let e: Element | null = block;
  for (let up = 0; e && up < 4; up++, e = e.parentElement) {
    let s = next ? e.nextElementSibling : e.previousElementSibling;
    for (let n = 0; s && n < 20; n++, s = next ? s.nextElementSibling : s.previousElementSibling) {
      const found = at(l, s);
      if (found.length) out.push(...found);
      else if (l.len(s) > 150 || (out.length && l.len(s) > 60)) return out;
    }
    if (out.length) return out;
  }
  return out;
}

/** Rule 3 for galleries: the nearest ancestor holding two or more images; [] when none. */
export function galleryImages(block: Element, l: Layout): number[] {
  let e: Element | null = block.parentElement;
  for (let i = 0; e && i < 5; i++, e = e.parentElement) {
    const inside = at(l, e);
    if (inside.length > 1) return inside;
  }
  return [];
}
