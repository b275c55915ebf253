/**
 * Page side of AI-image disclosure detection (issue #5): read the live page once, read-only, and
 * hand over plain facts — the images, the texts that mention AI (with every set of images each
 * could cover), the JSON-LD that states source types. Everything that needs the DOM is decided here; everything
 * that needs language (is this a disclosure? of which scope?) is left to interpret.ts, which runs
 * in the background where there is no DOM. Keep this file free of language.ts: it is injected
 * into the page, and the content script has a size budget.
 */
import type { AiFacts, AiImageFact, AiTextFact, AttributeFact } from '../facts/ai';
import { galleryImages, groupImages, layout, listImages, ownImages } from './dom/attach';
import { ABBR, AI_WORDS, TOOL, hint } from './hint';
import { furnitureOf, names, scanImages, type ScannedImage } from './dom/images';
import { squash } from '../util';
import { regex } from '../phrases';
import { unseenFrame } from '../dom/frames';

/** What the facts hold at most: article images, candidate texts, and images one text can cover. */
export const LIMITS = { images: 500, texts: 300, cover: 200 } as const;

const INLINE = /^(?:A|SPAN|EM|I|B|STRONG|SMALL|SUP|SUB|MARK|TIME|ABBR|CITE|FONT|U|S|Q|LABEL|BDI|CODE|BR)$/i;
const SKIP = /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG|HEAD|TITLE|IFRAME|TEXTAREA)$/i;
const CREDIT = /credit|copyright|source|courtesy|attribution|photographer|byline|quelle|fonte|fuente/i;
const AI_ATTR = /(?:^|-)ai(?:-|$)|ai-?generated|synthetic/;


/** `hint`'s patterns, global, for one pass each over a page's joined texts. */
// (Built through the registry, as the safety test's recheck sees every pattern: the same sources, global.)
const HINTS_G = [regex(`${ABBR.flags}g`, ABBR), regex(`${AI_WORDS.flags}g`, AI_WORDS), regex(`${TOOL.flags}g`, TOOL)];

/**
 * The numbers of the texts that may pass `hint`, in order: each of its patterns runs once over the
 * texts joined by '\n', and the texts a match touches are candidates; the scan then goes on from the
 * next text. A text that passes `hint` alone is always among them: no pattern is anchored, and
 * around a text the '\n' answers every lookaround and `\b` as the ends of the text alone do (it is
 * no letter, digit or dash), so its own match is found or a match touching it is. Each candidate
 * is then tested alone, as every text was before: the same blocks, without a regex call per text.
 */
function hintCandidates(texts: readonly string[]): number[] {
  const joined = texts.join('\n');
  const starts = new Array<number>(texts.length);
  for (let i = 0, at = 0; i < texts.length; at += texts[i]!.length + 1, i++) starts[i] = at;
  /** The text at `pos` (a '\n' counts with the text before it). */
  const textAt = (pos: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const found = new Uint8Array(texts.length);
  for (const re of HINTS_G) {
    re.lastIndex = 0;
    for (let m = re.exec(joined); m; m = re.exec(joined)) {
      const last = textAt(m.index + Math.max(0, m[0].length - 1));
      for (let i = textAt(m.index); i <= last; i++) found[i] = 1;
      if (last + 1 >= texts.length) break;
      re.lastIndex = starts[last + 1]!;
    }
  }
  const out: number[] = [];
  for (let i = 0; i < texts.length; i++) if (found[i]) out.push(i);
  return out;
}

/** Where a hinted text sits in its block: the credit-like inline part that holds it (`<span
 *  class=credit>`, `<small>`, `<cite>`), whether a hinted text lies outside any such part (the
 *  caption), and the highest inline element holding it when that one stands between blocks (a
 *  `<span class=caption>` right after an image's `<div>`: a line of its own). */
interface Hinted {
  credit: Element | null;
  caption: boolean;
  line: Element | null;
}

/** An inline part a caption sets its credit in. */
const CREDIT_TAG = /^(?:SMALL|CITE)$/i;
const isCreditPart = (e: Element): boolean => CREDIT.test(names(e)) || CREDIT_TAG.test(e.tagName);
/** A sibling element laid out as a block. */
const blockSibling = (e: Element): boolean =>
  [e.previousElementSibling, e.nextElementSibling].some((x) => !!x && !INLINE.test(x.tagName));

/** Blocks (nearest non-inline ancestors) of text nodes that mention AI or a generator. The page's
 *  visible text is scanned once per pattern (hintCandidates): most pages never mention AI, and one
 *  regex pass over the joined text is far cheaper than one per text node. (`textContent` would include every inline
 *  script, often the bulk of a news page.) Each block maps to where its hinted texts sit (Hinted). */
function hintedBlocks(root: Element | DocumentFragment): Map<Element, Hinted> {
  // Text nodes in document order, skipped subtrees left out. A TreeWalker hands over each node in
  // one call (sibling and parent links cost three or four per node); linkedom's walker has nextNode
  // only, so a skipped subtree is passed over node by node.
  const nodes: Text[] = [];
  const texts: string[] = [];
  const walker = root.ownerDocument!.createTreeWalker(root, 5 /* SHOW_ELEMENT | SHOW_TEXT */);
  let n = walker.nextNode();
  while (n) {
    if (n.nodeType === 3) {
      // (Not the white space between elements, often half of a page's text nodes: no pattern of
      // `hint` matches spaces alone, so such a text is never a candidate that passes.)
      const d = (n as Text).data;
      if (/\S/.test(d)) {
        nodes.push(n as Text);
        texts.push(d);
      }
    } else if (n.firstChild && SKIP.test((n as Element).tagName)) {
      const skipped = n;
      do n = walker.nextNode();
      while (n && skipped.contains(n));
      continue;
    }
    n = walker.nextNode();
  }
  const blocks = new Map<Element, Hinted>();
  for (const i of hintCandidates(texts)) {
    if (!hint(texts[i]!)) continue;
    let b = nodes[i]!.parentElement;
    let credit: Element | null = null;
    let top: Element | null = null;
    while (b && b !== root && INLINE.test(b.tagName)) {
      if (!credit && isCreditPart(b)) credit = b;
      top = b;
      b = b.parentElement;
    }
    if (!b) continue;
    const h = blocks.get(b) ?? { credit: null, caption: false, line: null };
    if (credit) h.credit ??= credit;
    else h.caption = true;
    if (top && blockSibling(top)) h.line ??= top;
    blocks.set(b, h);
  }
  return blocks;
}

/** A block's text without its credit-like parts (the caption alone), or its whole text when none. */
function captionText(block: Element): string {
  const copy = block.cloneNode(true) as Element;
  const parts = Array.from(copy.querySelectorAll('*')).filter((e) => INLINE.test(e.tagName) && isCreditPart(e));
  for (const e of parts) e.remove();
  return parts.length ? squash(copy.textContent) : squash(block.textContent);
}

/** A credit part's text, its enclosing brackets dropped ("(Image: Midjourney)"). */
function creditText(e: Element): string {
  const t = squash(e.textContent);
  return /^[([]/.test(t) && /[)\]]$/.test(t) ? t.slice(1, -1).trim() : t;
}

/** A note's class or id: a block quotation styled as the publisher's own note or notice. */
const NOTE_NAME = /note|notice|disclaimer|disclosure|hinweis|aviso|(?:^|[\s_-])nota(?:$|[\s_-])|editor|redak|redac|transparen|callout/i;

/** An element's text, its child blocks joined by a space, or by a dash after one that ends in no
 *  punctuation; its plain text when it holds text or inline elements of its own. */
function paragraphs(el: Element): string {
  const kids = Array.from(el.childNodes);
  const blocks = kids.every((n) => (n.nodeType === 1 ? !INLINE.test((n as Element).tagName) : !(n.textContent ?? '').trim()));
  if (!blocks) return squash(el.textContent);
  return kids.reduce((out, n) => {
    const t = squash(n.textContent);
    return !t ? out : !out ? t : `${out}${/[\p{P}]$/u.test(out) ? ' ' : ' — '}${t}`;
  }, '');
}

/** Whose words a block quotation holds (issue #15): 'cited' when the page says whose (a `cite=`,
 *  a `<cite>` or `<footer>` in it, a figure's caption, or a paragraph right before it that ends in a
 *  colon, "The magazine wrote:"); 'quoted' when nothing says (interpretation reads its wording: a
 *  note label makes it the page's own note); null when its class calls it a note and nothing cites it. */
function quotation(q: Element): 'cited' | 'quoted' | null {
  const prev = q.previousElementSibling;
  const intro = prev ? squash(prev.textContent) : '';
  if (q.hasAttribute('cite') || q.querySelector('cite, footer') || q.parentElement?.closest('figure')?.querySelector('figcaption') || (intro.length < 400 && /[:：]$/.test(intro))) return 'cited';
  return NOTE_NAME.test(names(q)) ? null : 'quoted';
}

/** Embedded frames read (issue #15): at most this many, this deep (a frame in a frame), each
 *  `srcdoc` at most `chars` long and `total` in all (an embedded post's document is tens of KB);
 *  a frame whose content is not in the page (another origin's `src`) cannot be read, and is only
 *  named by its host (at most `hosts`). */
export const FRAME_LIMITS = { frames: 8, depth: 2, chars: 200_000, total: 500_000, hosts: 10 } as const;

/** A container whose class or id names an embedded social post or an embed ("instagram-media",
 *  "twitter-tweet", "tiktok-embed", "text-post-media", "fb-post", "social-embed"). */
const POST_NAME = /embed|instagram|tweet|tiktok|text-post|fb-post|facebook|threads|social-?post/i;
/** A platform's label is a few words ("AI info", "Made with AI", "Mit KI erstellt", "2h · KI-Info"). */
const LABEL_CHARS = 80;

/**
 * The images of the embedded social post a short text sits in (issue #15): a platform puts its label
 * in the post's header, beside the author's name ("AI info", "Made with AI"), or under its caption,
 * not next to the image, so the caption rules (ownImages) find none. The post is the nearest block
 * quotation, `role=article` or embed-named container holding an article image (at most 12 levels up),
 * else, in an embedded frame's document, the frame itself when it holds at most `POST_IMAGES` images
 * (a post; a gallery frame's label would be its gallery's note). [] when the text is in no post.
 */
const POST_IMAGES = 10;
function postImages(block: Element, scanned: ScannedImage[], frame: boolean): number[] {
  const of = (c: Element | DocumentFragment): number[] => scanned.flatMap((s, n) => (!s.furniture && c.contains(s.el) ? [n] : []));
  let e: Element | null = block;
  for (let i = 0; e && i < 12; i++, e = e.parentElement) {
    if (e.tagName === 'BLOCKQUOTE' || e.getAttribute('role') === 'article' || POST_NAME.test(names(e))) {
      const inside = of(e);
      if (inside.length) return inside.length <= POST_IMAGES ? inside : [];
    }
  }
  if (!frame) return [];
  const all = scanned.flatMap((s, n) => (s.furniture ? [] : [n]));
  return all.length <= POST_IMAGES ? all : [];
}

/** The facts of one document or frame: its images (furniture marked) and its texts, with image
 *  indices local to that list. */
function collectRoot(root: Document | DocumentFragment, base: string): { scanned: ScannedImage[]; texts: AiTextFact[] } {
  // Bounded, whatever the page holds (a page of 5,000 captioned images made 120 MB of facts).
  const scanned = scanImages(root, base).slice(0, LIMITS.images);
  const texts: AiTextFact[] = [];

  // Attributes of each article image and its wrapper: alt, title, aria-label, data-*.
  scanned.forEach((c, n) => {
    if (c.furniture) return;
    for (const el of [c.el, c.el.parentElement]) {
      for (const { name, value } of el?.attributes ?? []) {
        const v = squash(value);
        const isData = name.startsWith('data-');
        const kind: AttributeFact['kind'] | null =
          isData && AI_ATTR.test(name) && /^(?:true|1|yes)$/i.test(v) ? 'marker'
          : (isData || /^(?:alt|title|aria-label)$/.test(name)) && v.length > 1 && hint(v) ? (name === 'alt' ? 'alt' : 'attribute')
          : null;
        if (kind && texts.length < LIMITS.texts) texts.push({ kind, text: kind === 'marker' ? `${name}="${v}"` : v, own: [n] });
      }
    }
  });

  // Text on the page: captions, credits, badges, notes. One walk; only hinted blocks are read.
  // (No pre-check on the whole text: `textContent` includes every inline script, often the bulk of a
  // news page, and reading it costs more than this walk, which skips scripts.)
  const top = 'body' in root ? (root.body ?? root.documentElement) : root;
  const hinted = top ? hintedBlocks(top) : new Map<Element, Hinted>();
  if (hinted.size) {
    const l = layout(scanned);
    const quotes = new Set<Element>();
    for (const [found, where] of hinted) {
      if (texts.length >= LIMITS.texts) break;
      // Ads and related-story blocks speak for someone else. (Not an article's own footer, where a
      // publisher closes with its notes: `<article>…<footer class="entry-footer">`.)
      const furniture = furnitureOf(found);
      if (furniture && !l.index.has(found) && !(furniture === 'footer' && found.closest('footer')?.parentElement?.closest('article'))) continue;
      // A line of its own between blocks (a caption `<span>` after the image's `<div>`) is its own block
      // when it is an image's caption and the block around it is none, or the caption of more images.
      const lineOwn = where.line ? ownImages(where.line, l).length : 0;
      const foundOwn = lineOwn ? ownImages(found, l).length : 0;
      const hintedBlock = where.line && lineOwn && (!foundOwn || foundOwn > lineOwn) ? where.line : found;
      // A block quotation that holds no image is read whole, once (its label may be a paragraph of
      // its own: "<p><b>Editor's note</b></p><p>The image…</p>"), and said whose words it is.
      const q = hintedBlock.closest('blockquote');
      const quote = q && !l.index.has(q) && l.len(q) <= 800 ? q : null;
      if (quote && quotes.has(quote)) continue;
      if (quote) quotes.add(quote);
      const block = quote ?? hintedBlock;
      // A block quotation that holds no image quotes someone, unless it is the page's own note set
      // off as one (interpret.ts reads its label).
      const outer = hintedBlock.closest('blockquote');
      const how = outer && !l.index.has(outer) ? quotation(outer) : null;
      // A short text in an embedded post with no image of its own (a platform's label in the post's
      // header or under its caption) sits with the post's images; a caption in a list of captions,
      // with the image at its place in the list of images.
      let own = ownImages(block, l);
      if (!own.length && block.tagName === 'LI') own = listImages(block, l);
      // An image's caption and its credit part are two statements ("Made with AI <span
      // class=credit>JANE DOE / AFP</span>", "Street at dusk. <small>Image: Midjourney</small>"): each read alone.
      const parts: { text: string; credit: boolean }[] = [];
      const credit = where.credit && hintedBlock.contains(where.credit) ? where.credit : null;
      if (quote || !own.length) {
        // (A quotation's paragraphs are joined by a dash where one does not end a sentence: its label
        // is then a label, "Editor's note — The image…", not run into the first word.)
        const whole = quote ? paragraphs(quote) : squash(block.textContent);
        // A credit's own class, or an inline credit that is all the block says ("<figcaption><span class=credit>").
        parts.push({ text: whole, credit: CREDIT.test(names(block)) || (!!credit && squash(credit.textContent) === whole) });
      } else {
        if (where.caption) parts.push({ text: captionText(block), credit: CREDIT.test(names(block)) });
        if (credit) parts.push({ text: creditText(credit), credit: true });
      }
      for (const part of parts) {
        let text = part.text;
        // Disclosures are short notes, but some end a long body paragraph ("… The image above was made
        // with Midjourney."): of a long block only its sentences that mention AI go. Interpretation
        // classifies them one by one and, as they are not attached to an image, wants them to name
        // their scope ("the image above", "images in this article", "this article was written").
        if (text.length > 800) text = text.split(/(?<=[.!?。！？])\s+/).filter(hint).join(' ').slice(0, 800);
        if (!text || texts.length >= LIMITS.texts) continue;
        // (Not a question: "Made with AI?" under a post asks, it does not label.)
        const mine = !own.length && text.length <= LABEL_CHARS && !/[?？]/.test(text) ? postImages(block, scanned, !('body' in root)) : own;
        texts.push({
          ...(how ? { quoted: true, ...(how === 'cited' ? { cited: true } : {}) } : {}),
          kind: part.credit ? 'credit' : 'text',
          text,
          own: mine.slice(0, LIMITS.cover),
          next: groupImages(block, l, true).slice(0, LIMITS.cover),
          prev: groupImages(block, l, false).slice(0, LIMITS.cover),
          gallery: galleryImages(block, l).slice(0, LIMITS.cover),
        });
      }
    }
  }
  return { scanned, texts };
}

/** A doctype at the start of a frame's document, after the `<base>` the popup may put before it. */
const DOCTYPE = /^(\s*(?:<base[^>]*>\s*)?)<!doctype[^>]*>/i;

/** A frame's own document, when the page holds it: its `srcdoc` (the content script puts a
 *  same-origin frame's live document there, content-scripts/read.ts), parsed inertly in a
 *  `<template>` (no script runs, nothing loads), with its base URL. */
function frameContent(doc: Document, frame: Element, base: string, room: number): { root: DocumentFragment; base: string; chars: number } | null {
  const srcdoc = frame.getAttribute('srcdoc');
  if (srcdoc === null || srcdoc.length > Math.min(FRAME_LIMITS.chars, room)) return null;
  const t = doc.createElement('template');
  // (A doctype means nothing in a template, and linkedom, the worker's and the CLI's DOM, then keeps
  // it alone and drops the document after it: the frame copies the content script makes open with one.)
  t.innerHTML = srcdoc.replace(DOCTYPE, '$1');
  const href = t.content.querySelector('base[href]')?.getAttribute('href');
  let url = base;
  try {
    if (href) url = new URL(href, base).href;
  } catch {
    /* the page's own base */
  }
  return { root: t.content, base: url, chars: srcdoc.length };
}

/** `ld`: the page's JSON-LD texts when the caller has them already (extractPage: the metadata walk). */
export function collectAiFacts(doc: Document, opts: { url: string; ld?: readonly string[] }): AiFacts {
  const { scanned, texts } = collectRoot(doc, opts.url);
  const images: AiImageFact[] = scanned.map(({ el, ...image }) => image);

  // Embedded frames (a social post, a gallery): each read frame's images and texts join the page's,
  // marked with the number of the page's frame that holds them (in document order), so a text in a
  // frame covers only that frame's images and "Show on page" can point at the frame.
  const unread = new Set<string>();
  const frames = Array.from(doc.getElementsByTagName('iframe'));
  let read = 0;
  let chars = 0;
  const visit = (root: Document | DocumentFragment, base: string, depth: number, at: number | null): void => {
    const list = root === doc ? frames : Array.from(root.querySelectorAll('iframe'));
    list.forEach((frame, i) => {
      const n = at ?? i;
      if (furnitureOf(frame) || unseenFrame(frame)) return;
      const content = read < FRAME_LIMITS.frames && chars < FRAME_LIMITS.total ? frameContent(doc, frame, base, FRAME_LIMITS.total - chars) : null;
      if (!content) {
        const src = frame.getAttribute('src')?.trim();
        if (!src) return;
        try {
          const u = new URL(src, base);
          if (/^https?:$/.test(u.protocol) && unread.size < FRAME_LIMITS.hosts) unread.add(u.host);
        } catch {
          /* no address: nothing to name */
        }
        return;
      }
      read++;
      chars += content.chars;
      const own = collectRoot(content.root, content.base);
      const offset = images.length;
      const room = LIMITS.images - offset;
      if (room <= 0) return;
      const keep = (ix: number[]): number[] => ix.filter((x) => x < room).map((x) => x + offset);
      for (const { el, ...image } of own.scanned.slice(0, room)) images.push({ ...image, frame: n });
      for (const t of own.texts) {
        if (texts.length >= LIMITS.texts) break;
        texts.push(
          t.kind === 'text' || t.kind === 'credit'
            ? { ...t, own: keep(t.own), next: keep(t.next), prev: keep(t.prev), gallery: keep(t.gallery), frame: n }
            : { ...t, own: keep(t.own), frame: n },
        );
      }
      if (depth < FRAME_LIMITS.depth) visit(content.root, content.base, depth + 1, n);
    });
  };
  if (frames.length) visit(doc, opts.url, 1, null);

  const ld = opts.ld ?? Array.from(doc.querySelectorAll('script[type="application/ld+json"]'), (s) => s.textContent ?? '');
  const jsonLd = ld.filter((json) => json.includes('digitalSourceType'));
  return { url: opts.url, images, texts, jsonLd, ...(unread.size ? { unreadFrames: [...unread] } : {}) };
}
