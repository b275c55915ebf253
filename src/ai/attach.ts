/**
 * Tie disclosure text to the images it covers. The rules, in order:
 * 1. Text inside an image's own small container (figcaption, overlay badge, credit line) covers
 *    the image(s) in it; text right after such a container (the caption paragraph) covers its
 *    last image. "Small" = the container holds at most ~300 characters more than the text.
 * 2. Text that announces "the following image(s)" covers the images that follow it up to the next
 *    stretch of prose; "the image(s) above" the ones before it.
 * 3. A page-level note ("images in this article…") covers all the article's images (furniture was
 *    never collected); a gallery note covers the gallery that holds it.
 */
import type { Candidate } from './images';

const len = (e: Element): number => (e.textContent ?? '').length;

/** Each image's element and its ancestors up to 6 levels → the images under it. Built once per
 *  page, so tying text to images never searches subtrees (a caption sits within a few levels). */
export type ImageIndex = Map<Element, Candidate[]>;
export function indexImages(cands: Candidate[]): ImageIndex {
  const index: ImageIndex = new Map();
  for (const c of cands) {
    let e: Element | null = c.el;
    for (let i = 0; e && i < 7; i++, e = e.parentElement) index.set(e, [...(index.get(e) ?? []), c]);
  }
  return index;
}

/** Rule 1: the image(s) this text is a caption/credit/badge of, or none. */
export function ownImages(block: Element, cands: ImageIndex): Candidate[] {
  const base = len(block) + 300;
  let e: Element | null = block;
  for (let i = 0; e && i < 4 && len(e) <= base; i++, e = e.parentElement) {
    const inside = (cands.get(e) ?? []);
    if (inside.length) return inside;
    const prev = e.previousElementSibling;
    if (prev && len(prev) < 400) {
      const p = (cands.get(prev) ?? []);
      if (p.length) return p.slice(-1);
    }
    if (prev && len(prev) > 0) break;
  }
  return [];
}

/** Rule 2: the group of images after (`dir` next) or before (prev) the text. */
export function groupImages(block: Element, cands: ImageIndex, next: boolean): Candidate[] {
  const out: Candidate[] = [];
  let e: Element | null = block;
  for (let up = 0; e && up < 4; up++, e = e.parentElement) {
    let s = next ? e.nextElementSibling : e.previousElementSibling;
    for (let n = 0; s && n < 20; n++, s = next ? s.nextElementSibling : s.previousElementSibling) {
      const found = (cands.get(s) ?? []);
      if (found.length) out.push(...found);
      else if (len(s) > 150 || (out.length && len(s) > 60)) return out;
    }
    if (out.length) return out;
  }
  return out;
}

/** Rule 3 for galleries: the nearest ancestor holding two or more images. */
export function galleryImages(block: Element, cands: ImageIndex): Candidate[] | null {
  let e: Element | null = block.parentElement;
  for (let i = 0; e && i < 5; i++, e = e.parentElement) {
    const inside = (cands.get(e) ?? []);
    if (inside.length > 1) return inside;
  }
  return null;
}
