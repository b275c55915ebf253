/** Small DOM helpers shared by the metadata readers. Plain functions over a Document. */

export const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** All `<meta>` values keyed by lower-cased property / name / itemprop / http-equiv (first wins). */
export function metaMap(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  for (const el of doc.getElementsByTagName('meta')) {
    const v = squash(el.getAttribute('content'));
    if (!v) continue;
    for (const a of ['property', 'name', 'itemprop', 'http-equiv']) {
      // Some sites list several properties in one attribute ("og:title twitter:title").
      for (const k of (el.getAttribute(a) ?? '').toLowerCase().split(/\s+/)) if (k && !out.has(k)) out.set(k, v);
    }
  }
  return out;
}

export function absolute(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return null;
  }
}

export function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** Page chrome whose dates and names belong to other stories: related lists, comments, footers.
 *  (Issue #3, "Decoys".) Matched on tag names and on class/id words. */
const DECOY_TAG = /^(FOOTER|ASIDE|NAV)$/;
const DECOY_NAME = /comment|related|trending|recommend|sidebar|popular|footer|teaser|more-?stories|read-?more|newsletter|widget|promo|outbrain|taboola|reply|most-?read/i;

export function isDecoy(el: Element | null, stop?: Element | null): boolean {
  for (let e = el; e && e !== stop && e.tagName !== 'BODY'; e = e.parentElement) {
    if (DECOY_TAG.test(e.tagName)) return true;
    if (DECOY_NAME.test((e.getAttribute('class') ?? '') + ' ' + (e.getAttribute('id') ?? ''))) return true;
  }
  return false;
}

/** Elements near the story that may carry a date or a byline, found in one walk (a selector per
 *  kind cost more than Readability's budget allows on big pages). Scope: the headline's
 *  container four levels up, else the body. */
export interface Marked {
  dated: Element[];
  bylines: Element[][];
}

const DATED = /date|time|publish|posted|updated|datum|fecha|meta|byline|author/i;

export function markElements(doc: Document, h1: Element | null): Marked {
  let scope: Element | null = h1;
  for (let i = 0; i < 4 && scope?.parentElement && scope.parentElement.tagName !== 'BODY'; i++) scope = scope.parentElement;
  scope = scope ?? doc.body;
  const out: Marked = { dated: [], bylines: [[], [], [], []] };
  if (!scope) return out;
  // (linkedom's Element.getElementsByTagName('*') returns nothing, so a selector walks the subtree.)
  for (const el of scope.querySelectorAll('*')) {
    const cls = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    const prop = el.getAttribute('itemprop');
    if (el.getAttribute('rel') === 'author') out.bylines[0]!.push(el);
    else if (prop === 'author') out.bylines[1]!.push(el);
    else if (/byline/i.test(cls)) out.bylines[2]!.push(el);
    else if (/author/i.test(cls)) out.bylines[3]!.push(el);
    if (DATED.test(cls) || (prop && /^date/.test(prop))) out.dated.push(el);
  }
  return out;
}
