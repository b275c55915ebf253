/** DOM helpers for the metadata readers, and the one walk over the page that feeds them all. */

export const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
export const attr = (e: Element, a: string): string => e.getAttribute(a) ?? '';

/** `href` resolved against `base`; null when it is not a URL. */
export function toUrl(href: string | null | undefined, base?: string): URL | null {
  try {
    return href ? new URL(href.trim(), base) : null;
  } catch {
    return null;
  }
}

export const hostOf = (url: string | null | undefined): string | null => toUrl(url)?.hostname.replace(/^www\./, '') || null;

/** Visit the elements under `root` in document order, at most `max` of them; a visitor that
 *  returns true skips the element's subtree. (Cheaper than selectors on linkedom and browsers.) */
export function walk(root: Element | null | undefined, visit: (e: Element) => unknown, max = 1e9): void {
  const go = (e: Element): void => {
    for (let c = e.firstElementChild; c && max-- > 0; c = c.nextElementSibling) if (!visit(c)) go(c);
  };
  if (root) go(root);
}

/** Page chrome whose dates and names belong to other stories: related lists, comments, footers
 *  (issue #3, "Decoys"), and citations of other works ("Retrieved 1 May 2016"). Matched on tag
 *  names and on class/id words. */
const DECOY_NAME = /comment|related|trending|recommend|sidebar|popular|footer|teaser|more-?stories|read-?more|newsletter|widget|promo|outbrain|taboola|reply|most-?read|reference|citation/i;

export function isDecoy(el: Element | null, stop?: Element | null): boolean {
  for (let e = el; e && e !== stop && e.localName !== 'body'; e = e.parentElement) {
    if (/^(footer|aside|nav|cite)$/.test(e.localName) || DECOY_NAME.test(attr(e, 'class') + ' ' + attr(e, 'id'))) return true;
  }
  return false;
}

export interface Page {
  /** `<meta>` values keyed by lower-cased property / name / itemprop / http-equiv (first wins). */
  meta: Map<string, string>;
  /** `<link>` hrefs keyed by each rel token (first wins). */
  links: Map<string, string>;
  /** Texts of the JSON-LD scripts. */
  ld: string[];
  title: string;
  /** The first visible, non-decoy `<h1>`. */
  h1: Element | null;
  times: Element[];
}

/** Everything the readers need from the whole document, in a single walk (each selector or
 *  getElementsByTagName over a big page costs about 2% of Readability's time). */
export function scanPage(doc: Document): Page {
  const p: Page = { meta: new Map(), links: new Map(), ld: [], title: '', h1: null, times: [] };
  const keys = (e: Element, names: string[], into: Map<string, string>, v: string): void => {
    // Some sites list several properties in one attribute ("og:title twitter:title").
    for (const a of names) for (const k of attr(e, a).toLowerCase().split(/\s+/)) if (k && !into.has(k)) into.set(k, v);
  };
  walk(doc.documentElement, (e) => {
    const t = e.localName;
    if (t === 'meta') {
      const v = squash(e.getAttribute('content'));
      if (v) keys(e, ['property', 'name', 'itemprop', 'http-equiv'], p.meta, v);
    } else if (t === 'link') keys(e, ['rel'], p.links, attr(e, 'href'));
    else if (t === 'script') {
      if (/ld\+json/i.test(attr(e, 'type'))) p.ld.push(e.textContent ?? '');
    } else if (t === 'title') p.title ||= squash(e.textContent);
    else if (t === 'h1') {
      if (!p.h1 && squash(e.textContent) && !isDecoy(e)) p.h1 = e;
    } else if (t === 'time') p.times.push(e);
    return /^(script|style|svg|template)$/.test(t);
  });
  return p;
}

/** Elements near the story that may carry a date or a byline, in one bounded walk of the
 *  headline's container (four levels up), else of the body. Bylines come grouped by how
 *  specific their mark is: rel=author, itemprop=author, class byline, class author. */
export interface Marked {
  dated: Element[];
  bylines: Element[][];
}

const DATED = /date|time|publish|posted|updated|datum|fecha|meta|byline|author/i;

export function markNear(doc: Document, h1: Element | null): Marked {
  let scope: Element | null = h1;
  for (let i = 0; i < 4 && scope?.parentElement && scope.parentElement.localName !== 'body'; i++) scope = scope.parentElement;
  const out: Marked = { dated: [], bylines: [[], [], [], []] };
  walk(
    scope ?? doc.body,
    (el) => {
      const cls = attr(el, 'class') + ' ' + attr(el, 'id');
      const prop = attr(el, 'itemprop');
      const kind = attr(el, 'rel') === 'author' ? 0 : prop === 'author' ? 1 : /byline/i.test(cls) ? 2 : /author/i.test(cls) ? 3 : -1;
      if (kind >= 0) out.bylines[kind]!.push(el);
      if (DATED.test(cls) || /^date/.test(prop)) out.dated.push(el);
    },
    4000,
  );
  return out;
}
