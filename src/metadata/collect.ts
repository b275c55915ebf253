/**
 * The page side of the metadata reader (issue #3): one walk over the live DOM that collects what
 * interpretMeta (./interpret.ts) needs, as plain JSON data. Questions of structure are settled here
 * (is an element in a related list or footer, in a table of facts, near the headline); questions
 * of language and numbers (is this a date, a label, a name) are left to interpretation, which runs
 * where there is no DOM. This file is part of the content script: it imports no interpretation
 * module, and stays small.
 */
import { attrOf } from '../dom/attr';
import type { MetaFacts, TimeFact } from '../facts/meta';
import { regex } from '../phrases';
import { squash } from '../util';

/** Abbreviations that name more than one zone in zones.ts (a test keeps the two in step). Never
 *  read as a zone after a Latin letter ("PLAYLIST"); after a digit or 分 they are ("09:57IST"). */
export const AMBIGUOUS_ZONE = /(?<![A-Za-z])(?:BST|CST|IST)(?!\p{L})/u;
/** The letters AMBIGUOUS_ZONE needs: a page whose facts hold none of them (most) is not serialized to look. */
const ZONE_LETTERS = /[BCI]ST/;

/** Whether a string anywhere in `v` (keys included) matches `re`: far cheaper than JSON.stringify. */
function mentions(v: unknown, re: RegExp): boolean {
  if (typeof v === 'string') return re.test(v);
  if (Array.isArray(v)) return v.some((x) => mentions(x, re));
  if (v && typeof v === 'object') return Object.entries(v).some(([k, x]) => re.test(k) || mentions(x, re));
  return false;
}

const attr = attrOf;

/** What the facts hold at most, whatever the page holds (a 1 MB title, 3 MB of JSON-LD, 20,000
 *  short lines): each value, each JSON-LD block, how many tags, short lines and body characters. */
export const LIMITS = { value: 2_000, tags: 400, jsonLd: 1_000_000, jsonLdBlocks: 20, shortLines: 500, bodyText: 200_000 } as const;
const clip = (s: string | null | undefined, max: number): string => (s ?? '').slice(0, max);

/** Visit the elements under `root` in document order, at most `max` of them; a visitor that
 *  returns true skips the element's subtree. (Cheaper than selectors on linkedom and browsers.) A
 *  TreeWalker hands over each element in one call (child and sibling links cost two); a skipped
 *  subtree is passed over up to the element after it (linkedom's walker has nextNode only). */
function walk(root: Element | null | undefined, visit: (e: Element) => unknown, max = 1e9): void {
  if (!root) return;
  const w = root.ownerDocument.createTreeWalker(root, 1 /* SHOW_ELEMENT */);
  for (let e = w.nextNode() as Element | null; e && max-- > 0; ) {
    if (visit(e)) {
      let a: Element | null = e;
      while (a && a !== root && !a.nextElementSibling) a = a.parentElement;
      const after = a && a !== root ? a.nextElementSibling : null;
      do e = w.nextNode() as Element | null;
      while (e && e !== after);
    } else e = w.nextNode() as Element | null;
  }
}

/** The element's textContent when shorter than `cap`, else null: the text of a large element (the
 *  story's container) is never built just to learn that it is long. */
function textUnder(el: Element, cap: number): string | null {
  let text = '';
  for (let n: Node | null = el.firstChild; n; ) {
    const t = n.nodeType;
    if (t === 3 || t === 4) {
      if ((text += (n as CharacterData).data).length >= cap) return null;
    } else if (t === 1 && n.firstChild) {
      n = n.firstChild;
      continue;
    }
    while (n && n !== el && !n.nextSibling) n = n.parentNode;
    n = n && n !== el ? n.nextSibling : null;
  }
  return text;
}

/** The first `n` characters of the element's text (all of it when shorter), without building the
 *  text of a long paragraph. */
function textStart(el: Element, n: number): string {
  let text = '';
  for (let c: Node | null = el.firstChild; c && text.length < n; ) {
    const t = c.nodeType;
    if (t === 3 || t === 4) text += (c as CharacterData).data;
    else if (t === 1 && c.firstChild) {
      c = c.firstChild;
      continue;
    }
    while (c && c !== el && !c.nextSibling) c = c.parentNode;
    c = c && c !== el ? c.nextSibling : null;
  }
  return text.slice(0, n);
}

/** Elements a browser lays out as blocks (and `<br>`): their text is a line of its own. */
const BLOCK = /^(?:address|article|aside|blockquote|br|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|section|table|td|th|tr|ul)$/;
/** Two texts that touch across an element boundary and would read as one word: letters or digits on
 *  both sides ("Jane Doe|Staff Writer", "松村太郎|2019年"), except a digit before a CJK unit ("2019|年"). */
const GLUED = /[\p{L}\p{N}]$/u;
const GLUES = /^[\p{L}\p{N}]/u;
const CJK = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;

/** The element's text as a reader sees its lines: " | " between blocks, and between inline elements
 *  whose texts touch (CSS sets them apart: "By <span>Joe Roe</span><span>Staff Writer</span>";
 *  textContent glues them into "Joe RoeStaff Writer"). Null when longer than `cap`. Datelines join
 *  with a space: a date badge's blocks ("Apr 04", "2013") are one date. */
export function linesOf(el: Element, cap: number, sep = ' | '): string | null {
  let text = '';
  let hard = false;
  let soft = false;
  const edge = (e: Node): void => {
    if (BLOCK.test((e as Element).localName)) hard = true;
    else soft = true;
  };
  for (let n: Node | null = el.firstChild; n; ) {
    const t = n.nodeType;
    if (t === 3 || t === 4) {
      // (Runs of spaces count as one: the cap is on what a reader sees, not on the page's indentation.)
      const d = (n as CharacterData).data.replace(/\s+/g, ' ');
      if (d.trim()) {
        const head = d.trimStart();
        if (text.trim() && (hard || (soft && d === head && GLUED.test(text) && GLUES.test(head) && !(/\d$/.test(text) && CJK.test(head))))) text += '\n';
        hard = soft = false;
      }
      if ((text += d).length >= cap) return null;
    } else if (t === 1) {
      const name = (n as Element).localName;
      if (name === 'script' || name === 'style' || name === 'template') {
        /* no text of its own */
      } else {
        edge(n);
        if (n.firstChild) {
          n = n.firstChild;
          continue;
        }
      }
    }
    while (n && n !== el && !n.nextSibling) {
      n = n.parentNode;
      if (n && n !== el) edge(n);
    }
    n = n && n !== el ? n.nextSibling : null;
  }
  // (A break is a line feed meanwhile: the page's own spaces, line feeds included, are squashed above.)
  return text
    .split('\n')
    .map(squash)
    .filter(Boolean)
    .join(sep);
}

/** Page chrome whose dates and names belong to other stories: related lists, comments, footers
 *  (issue #3, "Decoys"), and citations of other works ("Retrieved 1 May 2016"). */
const DECOY_NAME = /*#__PURE__*/ regex(
  'i',
  'comment|related|trending|recommend|(?<!with-?|has-?)sidebar|popular|(?<!post-|entry-|article-|story-)footer|teaser|more-?stories|' +
    'read-?more|newsletter|widget|promo(?!ted)|outbrain|taboola|reply|most-?read|(?<!entity-)reference|citation',
);

/** A box named for the story's writer: "author-card", "about-author", "autor-box", "writer". */
const AUTHOR_CARD = /author|autor|auteur|writer/i;

/** The element that holds one story (hAtom entry, schema.org Article/BlogPosting, <article>): what
 *  wraps it (Blogger's "widget Blog" section, a site's layout) does not make its dates decoys. */
const STORY = (e: Element): boolean =>
  e.localName === 'article' || /(?:^|\s)h-?entry(?:\s|$)/.test(attr(e, 'class')) || /(?:Article|Posting)$/.test(attr(e, 'itemtype'));

function inStory(el: Element): boolean {
  for (let e = el.parentElement; e && e.localName !== 'body'; e = e.parentElement) if (STORY(e)) return true;
  return false;
}

/** Whether an <h1> is among the element's children or beside it: the box of the page's headline. */
const holdsHeadline = (e: Element): boolean => hasH1(e.children) || hasH1(e.parentElement?.children);
const hasH1 = (list: HTMLCollection | undefined): boolean => {
  if (list) for (let i = 0; i < list.length; i++) if (list[i]!.localName === 'h1') return true;
  return false;
};

/** `margin`: an <aside> inside the story is its margin (the Guardian's byline column), not a decoy.
 *  A quotation (<blockquote>, <cite>) dates what it quotes: an embedded post's "Mar 12, 2018". A
 *  decoy's class name on the headline's own box ("teaser" on the figure that holds the <h1>, or on
 *  the date line beside it) names the site's layout, not another story. */
function isDecoy(el: Element | null, stop?: Element | null, margin = false, anchor?: Element | null, card = false): boolean {
  for (let e = el; e && e !== stop && e.localName !== 'body'; e = e.parentElement) {
    // (A story's own <footer> holds its author and date: "<article>…<footer>Posted by …". `card`: an
    // <aside> or <footer> named for the author, "<aside class=author-card>" after the story, is the
    // writer's card, where a byline is looked for.)
    const own = ((e.localName === 'footer' || (margin && e.localName === 'aside')) && inStory(e)) || (card && AUTHOR_CARD.test(attr(e, 'class') + ' ' + attr(e, 'id')));
    if (/^(footer|aside|nav|cite|blockquote)$/.test(e.localName) && !own) return true;
    // `anchor`: the story's headline; a box that holds it is the story's layout whatever its name
    // ("PageArticle_commentHeader", "sticky-sidebar-parent", "teaser-body").
    // (The name first: the layout's walk over children is wanted only for a decoy-named box.)
    const layout = (): boolean => e.localName !== 'footer' && (holdsHeadline(e) || (!!anchor && e.contains(anchor)));
    if (DECOY_NAME.test(attr(e, 'class') + ' ' + attr(e, 'id')) && !layout() && !(anchor && ownPart(e, anchor))) return true;
    if (STORY(e)) return false;
  }
  return false;
}

/** Whether a decoy-named element is a part of the headline's own box by its names: a BEM element of
 *  a block that holds the headline ("ArticleHeaderComment_publishDate" in "<article
 *  class=ArticleHeaderComment>"), or a box named footer beside the headline's ("<div class=header>
 *  <h3>…</div><div class=footer><time>…"), as a story's own <footer> is. */
function ownPart(e: Element, anchor: Element): boolean {
  const names = attr(e, 'class').split(/\s+/).filter((c) => DECOY_NAME.test(c));
  if (attr(e, 'id') && DECOY_NAME.test(attr(e, 'id'))) return false;
  if (names.every((c) => /^footer$/i.test(c)) && e.parentElement?.contains(anchor)) return true;
  const blocks = new Set<string>();
  for (let a: Element | null = anchor; a && a.localName !== 'body'; a = a.parentElement) for (const c of attr(a, 'class').split(/\s+/)) if (c) blocks.add(c);
  // (The element's own part must not be a decoy's name: "Article_comments" is the comments.)
  return names.length > 0 && names.every((c) => {
    const block = c.split(/__?/)[0]!;
    return block !== c && blocks.has(block) && !DECOY_NAME.test(c.slice(block.length));
  });
}

/** A writer's page: a folder of people, then the writer's slug ("/about/editors/jon-fingas/"). */
const AUTHOR_PAGE = /\/(?:authors?|autor(?:en|in)?|auteurs?|autore|editors?|staff|people|profiles?|journalists?|writers?|contributors?|columnists?|redakteur(?:in)?|mitarbeiter)\/([\p{L}\p{N}%._-]{3,80})\/?(?:[?#]|$)/iu;
const slugOf = (s: string): string => s.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]+/gu, '');

/** Links (at most four, outside page chrome) whose text is the name their writer's page is addressed by. */
function authorLinks(doc: Document): Element[] {
  const out: Element[] = [];
  for (const a of doc.querySelectorAll('a[href]')) {
    const m = AUTHOR_PAGE.exec(attr(a, 'href').slice(0, 300));
    const text = squash(clip(a.textContent, 200));
    if (!m || !text.includes(' ') || text.length > 60) continue;
    let slug = m[1]!;
    try {
      slug = decodeURIComponent(slug);
    } catch {
      // (a malformed escape: the slug as written)
    }
    if (slugOf(slug) === slugOf(text) && !isDecoy(a) && out.push(a) >= 4) break;
  }
  return out;
}

/** A kicker set apart at the start of a headline (a Dachzeile, a surtitre, "ENTRETIEN."): its first
 *  element's text, when nothing precedes it, something follows it, and it is marked as a
 *  kicker: by its class, by a final period or colon, or as one of exactly two elements that hold the
 *  whole headline ("<h1><span>Streit um X</span> <span>Bauern blockieren Brüssel</span></h1>"). */
function kickerOf(h: Element, text: string): string | undefined {
  const first = h.firstElementChild;
  const k = squash(first?.textContent);
  if (!first || !k || k.length > 80 || k.length >= text.length || !text.startsWith(k)) return undefined;
  const loose = [...h.childNodes].some((n) => n.nodeType === 3 && squash(n.textContent));
  const marked = KICKER.test(attr(first, 'class')) || /[.:：]$/.test(k) || (h.childElementCount === 2 && !loose);
  return marked ? k : undefined;
}
const KICKER = /kicker|surtit|dachzeile|overline|eyebrow|topline|roofline|antetit|occhiello|sobretit/i;

/** Class names of a page's own date line, page-wide: stricter than DATED (no "author", no "timeline"). */
const DATE_CLASS = /date|datum|fecha|publish|posted|created|submitted|(?:^|[-_\s])(?:time|meta|byline)(?![a-z])/i;
const DATED = /date|time|publish|posted|updated|datum|fecha|meta|byline|author/i;
/** A tooltip that holds a date: a year, or a day and month in numbers. */
const TOOLTIP_DATE = /(?<!\d)(?:19|20)\d\d(?!\d)|(?<!\d)\d\d?[./-]\d\d?[./-]\d\d(?!\d)/;

/** A data-* attribute that holds a time ("data-timestamp", "data-publish-date", "data-utime"), and
 *  its value: epoch seconds or milliseconds, or an ISO date with a clock. */
const STAMP_ATTR = /^data-[\w-]*(?:time|date|stamp|epoch|publish|updat|modif)/i;
const STAMP = /^1\d{9}(?:\d{3})?$|^\d{4}-\d\d-\d\dT\d\d:\d\d/;

/** `article`: Readability's article element, where credit lines are looked for (none without it). */
/** A link to the site's front page: "/", "./", "/index.html", "https://host/". */
const FRONT_PAGE = /^(?:\.?\/|(?:https?:)?\/\/[^/?#]+\/?)(?:index\.\w+)?$/i;

/** Whether an image is the site's logo: it links to the front page, or it or its link is named a logo. */
function isLogo(img: Element): boolean {
  const a = img.closest('a');
  if (a && FRONT_PAGE.test(attr(a, 'href').trim())) return true;
  return [img, a].some((e) => e && /logo/i.test(`${attr(e, 'class')} ${attr(e, 'id')}`)) || /logo/i.test(attr(img, 'src').split('/').pop() ?? '');
}

export function collectMetaFacts(doc: Document, article: Element | null = null): MetaFacts {
  const html = doc.documentElement;
  const f: MetaFacts = {
    meta: [],
    links: [],
    ld: [],
    title: '',
    headline: '',
    headings: [],
    lang: attr(html, 'lang'),
    dir: attr(html, 'dir'),
    times: [],
    itemprops: [],
    dateLines: [],
    afterHeadline: [],
    bylines: [],
    shortLines: [],
  };
  const seen = new Set<string>();
  const keys = (e: Element, names: string[], into: [string, string][], v: string): void => {
    // Some sites list several properties in one attribute ("og:title twitter:title").
    for (const a of names) {
      for (const k of clip(attr(e, a), 200).toLowerCase().split(/\s+/)) {
        if (k && into.length < LIMITS.tags && !seen.has(names[0] + ' ' + k) && seen.add(names[0] + ' ' + k)) into.push([k, v]);
      }
    }
  };
  let h1 = null as Element | null;
  let times = 0;
  const timeEls: Element[] = [];
  // Headings that may be the story's headline when no <h1> is (see `anchor` below).
  const heads: Element[] = [];
  // One walk over the whole document (each selector over a big page costs ~2% of Readability's time).
  walk(html, (e) => {
    const t = e.localName;
    if (t === 'meta') {
      const v = squash(clip(e.getAttribute('content'), LIMITS.value));
      if (v) keys(e, ['property', 'name', 'itemprop', 'http-equiv'], f.meta, v);
    } else if (t === 'link') keys(e, ['rel'], f.links, clip(attr(e, 'href'), LIMITS.value));
    else if (t === 'script') {
      const json = /ld\+json/i.test(attr(e, 'type')) ? (e.textContent ?? '') : '';
      if (json && json.length <= LIMITS.jsonLd && f.ld.length < LIMITS.jsonLdBlocks) f.ld.push(json);
    } else if (t === 'title') f.title ||= squash(clip(e.textContent, LIMITS.value));
    else if (t === 'h1' || t === 'h2' || t === 'h3') {
      if (heads.length < 40) heads.push(e);
      if (t === 'h3') return false;
      const level = t === 'h1' ? 1 : 2;
      const text = squash(clip(e.textContent, LIMITS.value));
      if (text && f.headings!.filter((h) => h.level === level).length < 4 && !isDecoy(e)) {
        if (level === 1 && !h1) f.headline = text;
        if (level === 1) h1 ??= e;
        const kicker = level === 1 ? kickerOf(e, text) : undefined;
        if (text.length <= 300) f.headings!.push(kicker ? { level, text, kicker } : { level, text });
      }
    } else if (t === 'img' && !h1 && f.logo === undefined) {
      const alt = squash(clip(attr(e, 'alt'), 200));
      if (alt && isLogo(e)) f.logo = { alt, href: clip(attr(e.closest('a'), 'href'), 500) };
    } else if (t === 'a' && !h1 && f.logo === undefined && FRONT_PAGE.test(attr(e, 'href').trim())) {
      // A logo drawn in SVG, named by its link: <a href="/" aria-label="Albion News, Home"><svg>…
      const label = squash(clip(attr(e, 'aria-label') || attr(e, 'title'), 200));
      if (label && e.querySelector('svg') && !e.querySelector('img') && !squash(e.textContent)) f.logo = { alt: label, href: clip(attr(e, 'href'), 500) };
    } else if ((t === 'time' || t === 'amp-timeago') && times++ < 20) timeEls.push(e);
    return t === 'script' || t === 'style' || t === 'svg' || t === 'template';
  });

  // The story's headline, around which its dates are looked for: the first <h1> outside page chrome;
  // else the first heading (h1–h3, not a link to another story, not in a nav, aside or footer) whose
  // text the document's title repeats: a headline in a box named "comment" or "sidebar" by the
  // site's layout, or a blog that sets its headline in an <h2> ("<h2 class=title>" under the blog's
  // name). Its boxes are then no decoys (isDecoy's `anchor`).
  const fold = (s: string | null | undefined): string => squash(s ?? '').toLowerCase();
  const titles = [f.title, ...f.meta.filter(([k]) => k === 'og:title' || k === 'twitter:title').map(([, v]) => v)].map(fold).filter(Boolean);
  const anchor =
    h1 ??
    heads
      .filter((e) => {
        const text = fold(clip(e.textContent, 400));
        return text.length >= 12 && titles.some((t) => t.includes(text)) && !e.closest('a,nav,aside,footer');
      })
      .sort((a, b) => a.localName.localeCompare(b.localName))[0] ??
    null;
  for (const e of timeEls) {
    if (isDecoy(e, null, false, anchor)) continue;
    // (The text before it: a label in an element of its own, "<span>Updated</span> <time …>", when only spaces part them.)
    const before = e.previousSibling?.textContent?.trim() || clip(e.previousElementSibling?.textContent, 40);
    const around = `${e.getAttribute('class')} ${e.hasAttribute('pubdate') ? 'pubdate' : ''} ${before} ${attr(e.parentElement, 'class')}`;
    f.times.push({ datetime: clip(attr(e, 'datetime'), 200), text: clip(e.textContent, 500), around: clip(around, 500) });
  }

  // Near the story: one bounded walk of the headline's container (four levels up), else the body.
  let scope: Element | null = anchor;
  for (let i = 0; i < 4 && scope?.parentElement && scope.parentElement.localName !== 'body'; i++) scope = scope.parentElement;
  const dated: Element[] = [];
  const marked: Element[][] = [[], [], [], []];
  const classes = new Map<string, number>();
  walk(
    scope ?? doc.body,
    (el) => {
      // Most elements carry no attribute at all: one call instead of four reads (each read allocates
      // an Attr in browsers).
      if (!el.hasAttributes()) return;
      const c = attr(el, 'class');
      const id = attr(el, 'id');
      // What class and id say (1 byline, 2 author or an hCard, 4 dated), remembered per class of an element
      // without an id: a page repeats a few classes.
      let says = id ? undefined : classes.get(c);
      if (says === undefined) {
        const cls = c + ' ' + id;
        says = (/byline/i.test(cls) ? 1 : /author|autor|auteur|writer|reporter|contributor|signature|(?:^|\s)vcard(?:\s|$)/i.test(cls) ? 2 : 0) | (DATED.test(cls) ? 4 : 0);
        if (!id) classes.set(c, says);
      }
      const prop = attr(el, 'itemprop');
      const kind = attr(el, 'rel') === 'author' ? 0 : prop === 'author' ? 1 : says & 1 ? 2 : says & 2 ? 3 : -1;
      if (kind >= 0) marked[kind]!.push(el);
      if (says & 4 || /^date/.test(prop)) dated.push(el);
    },
    4000,
  );

  // Microdata dates are explicit wherever they sit: when none is near the headline (a blog whose <h1>
  // is the blog's name), one selector over the page finds them (<abbr itemprop=datePublished title=…>).
  // (Only when the page states no date in <meta> or JSON-LD, which outrank microdata: a selector over a
  // whole page costs ~1% of Readability's time.)
  const stated = (re: RegExp): boolean => f.meta.some(([k]) => re.test(k)) || f.ld.some((t) => re.test(t));
  if (!dated.some((el) => /^date/.test(attr(el, 'itemprop'))) && !stated(/date|publish|created/i)) dated.push(...doc.querySelectorAll('[itemprop^="date"]:not(meta)'));
  for (const el of dated) {
    // (hAtom near the headline as well as page-wide below: <abbr class="published" title="…">.)
    const hatom = el.localName === 'abbr' && el.hasAttribute('title') && /(?:^|\s)(published|updated)(?:\s|$)/.exec(attr(el, 'class'));
    if (hatom && !isDecoy(el, null, false, anchor)) f.itemprops.push([hatom[1] === 'updated' ? 'dateModified' : 'datePublished', clip(el.getAttribute('title'), 200)]);
    // An instant in a data-* attribute of a date line, whose text may be relative ("<span
    // class=story-time data-timestamp=1771053120>vor 3 Std.</span>"): read as a <time> is.
    for (const a of el.localName === 'time' ? [] : Array.from(el.attributes)) {
      if (!STAMP_ATTR.test(a.name) || !STAMP.test(a.value) || f.times.length >= 24 || isDecoy(el, null, false, anchor)) continue;
      const text = clip(el.textContent, 300);
      f.times.push({ datetime: clip(a.value, 40), text, around: `${attr(el, 'class')} ${a.name} ${text}` });
    }
    const prop = attr(el, 'itemprop');
    if (!/^date(Published|Modified|Created)$/.test(prop) || el.localName === 'meta' || isDecoy(el, null, false, anchor)) continue;
    const value = el.getAttribute('datetime') ?? el.getAttribute('content') ?? (el.localName === 'abbr' ? el.getAttribute('title') : null);
    f.itemprops.push([prop, value ?? el.textContent ?? '']);
  }

  // Short blocks right after (and just before) the headline, then short date-ish elements. A long
  // paragraph means the story has begun: dates in the story are decoys (issue #3), so it stops there.
  let stop = false;
  let n = 0;
  const line = (raw: string, facts: unknown): void => {
    const text = squash(raw);
    if (text) n++;
    // (Any script's digits: "٢٤ أبريل ٢٠٢٠", "２０２４年３月５日".)
    if (/\p{Nd}/u.test(text)) f.dateLines.push({ text, facts: !!facts });
  };
  const take = (el: Element | null, depth: number, facts: boolean): void => {
    if (!el || stop || n > 12 || isDecoy(el, el.parentElement, false, anchor)) return;
    const raw = textUnder(el, 300);
    // Tables and definition lists hold facts about the subject ("Founded 28 February 1998").
    facts ||= /^(table|dl)$/.test(el.localName);
    if (el.localName === 'p' && (raw === null || raw.length > 120)) {
      // (Not a standfirst inside the headline's own <header> box, "<p class=vorspann>" above the
      // byline and the dates: the story does not begin in its header. A box of a few paragraphs only.)
      const header = anchor?.closest('header');
      if (header?.contains(el) && header.querySelectorAll('p').length <= 4) return;
      stop = true;
      // (Its opening may be a dateline: "(18.01.2018) Deutschlands Landwirte …".)
      f.leadStart ??= squash(textStart(el, 100)) || undefined;
    }
    // Cells run together in textContent ("PublishedMarch 3"): keep them apart.
    else if (raw !== null) line(facts ? Array.from(el.querySelectorAll('th,td,dt,dd'), (c) => c.textContent).join(' ') || raw : (linesOf(el, 400, ' ') ?? raw), facts);
    else if (depth > 3) stop = true;
    else for (const c of Array.from(el.children).slice(0, 8)) take(c, depth + 1, facts);
  };
  if (anchor) {
    const prev = anchor.previousElementSibling;
    if (prev && textUnder(prev, 200) !== null) take(prev, 3, false);
    for (let a: Element | null = anchor, i = 0; a && i < 4 && a.localName !== 'body' && !stop; a = a.parentElement, i++) {
      for (let s = a.nextElementSibling; s && !stop; s = s.nextElementSibling) take(s, 0, false);
    }
  }
  for (const el of dated.slice(0, 40)) {
    const t = textUnder(el, 200) === null ? null : linesOf(el, 300, ' ');
    // A table around the headline too is page layout, not a table of facts.
    const box = el.closest('table,dl');
    // (No headline: a page laid out in tables, whose cells are no infobox.)
    if (t !== null && !isDecoy(el, null, false, anchor)) line(t, box && anchor && !box.contains(anchor));
    // A time shown relative ("Publicado hace 5 horas") whose date and clock are only in its tooltip
    // (<span title="18/02/2026 10:24">): the words, then the tooltip, one line (issue #14).
    const tip = t !== null && el.getAttribute('title');
    if (tip && tip.length <= 60 && TOOLTIP_DATE.test(tip) && !TOOLTIP_DATE.test(t!) && !isDecoy(el, null, false, anchor)) line(`${t} ${tip}`, false);
  }

  // Nothing dated near the headline (the <h1> is the site's logo, or the date sits in a column of
  // its own): as htmldate does, the first short elements of the page whose class or id says "date"
  // (Drupal's "field--name-field-publishing-date", "post-created", "content__meta__date"), and RDFa
  // dates (<span property="schema:dateCreated" content="…">), outside page chrome.
  const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)|(?<!\d)\d\d?[./-]\d\d?[./-]\d\d(?!\d)/;
  if (!f.times.length && !f.itemprops.length && !f.dateLines.some((l) => YEAR.test(l.text)) && !stated(/date|published|created/i)) {
    let found = 0;
    // Short lines with a year but no date class ("Veröffentlicht am 16.08.2019", "Posted by X on …"):
    // flagged as facts, so that interpretation reads them only when a label says which date they are.
    let loosely = 0;
    const loose = (el: Element): boolean => {
      if (loosely >= 6 || !/^(p|li|span|div|dd|small|em|strong|b|i|td|h[2-6])$/.test(el.localName)) return false;
      const raw = textUnder(el, 400);
      const text = raw && squash(raw);
      if (!text || text.length > 120 || !YEAR.test(text) || isDecoy(el, null, true, anchor)) return false;
      // (Its subtree is still walked: a date-classed element inside it is the better evidence.)
      const t = linesOf(el, 200, ' ') ?? text;
      if (t !== f.dateLines.at(-1)?.text) {
        line(t, true);
        loosely++;
      }
      return false;
    };
    walk(
      // (A "<body>" written inside a script leaves linkedom's body empty: the whole document then.)
      doc.body?.firstElementChild ? doc.body : html,
      (el) => {
        if (found >= 6) return true;
        const t = el.localName;
        if (/^(script|style|svg|template|nav)$/.test(t)) return true;
        if (!el.hasAttributes()) return loose(el);
        const c = attr(el, 'class') + ' ' + attr(el, 'id');
        const rdfa = attr(el, 'property');
        const rdfaDate = /^(schema:|dc:|dcterms:)?date(published|created|modified)?$|^(dc|dcterms):(created|issued|modified)$/i.test(rdfa) && el.hasAttribute('content');
        // hAtom: <abbr class="published" title="2016-12-23T05:11:00-05:00">5:11 AM</abbr>.
        const hatom = t === 'abbr' && /(?:^|\s)(published|updated)(?:\s|$)/.exec(attr(el, 'class'));
        if (!rdfaDate && !hatom && !DATE_CLASS.test(c)) return loose(el);
        // (Upwards, as the rest of this file judges decoys: a story inside a "widget" is no decoy, and
        // a decoy's subtree may still hold the story: Blogger's "date-outer" in a "widget Blog".)
        if (isDecoy(el, null, true, anchor)) return;
        if (rdfaDate || hatom) {
          const value = rdfaDate ? el.getAttribute('content') : el.getAttribute('title');
          f.itemprops.push([/modified|updated/i.test(rdfa || (hatom && hatom[1]) || '') ? 'dateModified' : 'datePublished', clip(value, 200)]);
          found++;
          return;
        }
        const text = textUnder(el, 200) === null ? null : linesOf(el, 300, ' ');
        if (text && YEAR.test(text)) {
          line(text, anchor && el.closest('table,dl'));
          found++;
          return true;
        }
      },
      20000,
    );
  }

  // A wiki's own line for the page's last edit, in its footer (MediaWiki writes it in every
  // language under one id): a page of a wiki is dated by it, as its readers date it.
  if (f.meta.some(([k, v]) => k === 'generator' && /^mediawiki/i.test(v))) {
    const lastmod = doc.getElementById('footer-info-lastmod');
    const t = lastmod && textUnder(lastmod, 300);
    if (t && squash(t)) f.lastEdited = squash(t);
  }

  for (let e = h1?.nextElementSibling, i = 0; e && i < 3; e = e.nextElementSibling, i++) {
    const t = linesOf(e, 400) ?? '';
    if (t.length < 200) f.afterHeadline.push(t);
  }
  // Authors marked up away from the headline (a blog post's footer): the explicit kinds, page-wide
  // (only when JSON-LD names no author; meta tags often name the publisher).
  const bylines = (els: Element[], explicit: number): void => {
    for (const [k, el] of els.entries()) {
      let t = linesOf(el.querySelector('[itemprop=name]') ?? el, 400) ?? '';
      // A linked name is one of the line's names: "<a rel=author>X</a> and <a rel=author>Y</a>".
      const line = k < explicit && el.parentElement ? linesOf(el.parentElement, 200) : null;
      if (t && line && line.length < 120 && line.includes(t)) t = line;
      if (t && t.length < 120 && /\p{L}/u.test(t) && !isDecoy(el, null, k < explicit, null, true) && !f.bylines.includes(t) && f.bylines.push(t) > 3) break;
    }
  };
  bylines(marked.flat(), marked[0]!.length + marked[1]!.length);
  if (!f.bylines.length && !f.ld.some((t) => /author|creator/i.test(t))) {
    const explicit = [...doc.querySelectorAll('[rel=author],[itemprop=author]')];
    bylines(explicit, 1e9);
    // Then a byline by its class, outside the headline's box (a story whose byline sits in its body).
    if (!f.bylines.length) bylines([...doc.querySelectorAll('[class*="byline" i],[class*="author-name" i]')].slice(0, 8), 0);
    // Then a link to the writer's page that reads as its address ("Jon Fingas" to …/editors/jon-fingas/).
    if (!f.bylines.length) bylines(authorLinks(doc), 0);
  }

  const short = new Set<string>();
  walk(article, (el) => {
    if (short.size >= LIMITS.shortLines || !/^(p|em|i|small|figcaption|span)$/.test(el.localName)) return;
    const t = squash(textUnder(el, 400));
    // (A wire story's sign-off of several parts runs longer: "Reporting by … in Lagos and … in Abuja;
    // Additional reporting by …; Writing by …; Editing by … and …".)
    if (t && (t.length < 160 || (t.length < 320 && t.includes('; ') && /^\p{L}[\p{L} ]{0,40} by /u.test(t)))) short.add(t);
  });
  f.shortLines = [...short];

  if (mentions(f, ZONE_LETTERS) && AMBIGUOUS_ZONE.test(JSON.stringify(f))) f.bodyText = clip(doc.body?.textContent, LIMITS.bodyText);
  return f;
}
