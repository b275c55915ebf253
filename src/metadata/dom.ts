/** Small DOM helpers shared by the metadata readers. Plain functions over a Document. */

export const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** All `<meta>` values keyed by lower-cased property / name / itemprop / http-equiv (first wins). */
export function metaMap(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  for (const el of doc.querySelectorAll('meta')) {
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
