/**
 * Page side of AI-image disclosure detection (issue #5): read the live page once, read-only, and
 * hand over plain facts — the images, the texts that mention AI (with every set of images each
 * could cover), the JSON-LD that states source types. Everything that needs the DOM is decided here; everything
 * that needs language (is this a disclosure? of which scope?) is left to interpret.ts, which runs
 * in the background where there is no DOM. Keep this file free of language.ts: it is injected
 * into the page, and the content script has a size budget.
 */
import { galleryImages, groupImages, layout, ownImages } from './attach';
import { hint } from './hint';
import { furnitureOf, names, scanImages } from './images';
import { squash } from '../util';

export interface AiImageFact {
  /** Absolute URL (the page's own string when it does not parse). */
  src: string;
  /** Why the image is page furniture, not the article's ("avatar", "logo", "related", "nav"…); '' = article image. */
  furniture: string;
}

/**
 * A text worth classifying, where it was found, and (as indices into `AiFacts.images`) the images
 * it would cover for each scope interpretation may give it.
 * - alt / attribute: an article image's (or its wrapper's) alt, or title / aria-label / data-*;
 * - marker: a data-* attribute whose name says AI and whose value is true (`data-ai-generated="true"`),
 *   a disclosure by itself; `text` is `name="value"`.
 * These speak for their own image only. Blocks on the page may speak for more:
 * - credit: a block whose class/id says credit/source/copyright; text: any other block (caption,
 *   badge, paragraph, note).
 */
export type AiTextFact = AttributeFact | BlockFact;
export type AiTextKind = AiTextFact['kind'];

export interface AttributeFact {
  kind: 'alt' | 'attribute' | 'marker';
  /** Whitespace collapsed. */
  text: string;
  /** The image the attribute belongs to. */
  own: number[];
}

export interface BlockFact {
  kind: 'credit' | 'text';
  /** Whitespace collapsed, at most 800 characters (disclosures are short notes); of a longer block,
   *  only its sentences that mention AI. */
  text: string;
  /** The images the text sits with (caption, credit, badge); [] = free-standing. */
  own: number[];
  /** The group of images right after the text ("the following image"), and right before it ("above"). */
  next: number[];
  prev: number[];
  /** The gallery holding the text (nearest ancestor with two or more images); [] when none. */
  gallery: number[];
}

/** Plain JSON data only: it crosses from the content script to the background by message. */
export interface AiFacts {
  /** The page URL (JSON-LD image URLs are resolved against it). */
  url: string;
  /** Every image with a source, in page order, furniture marked; a page-level note covers the
   *  non-furniture ones. The same src may appear twice. */
  images: AiImageFact[];
  /** In the order interpretation must weigh them (the first evidence for an image wins):
   *  attributes image by image, then page blocks in document order. */
  texts: AiTextFact[];
  /** The page's JSON-LD blocks that mention digitalSourceType, as written (parsed in the background). */
  jsonLd: string[];
}

const INLINE = /^(?:A|SPAN|EM|I|B|STRONG|SMALL|SUP|SUB|MARK|TIME|ABBR|CITE|FONT|U|S|Q|LABEL|BDI|CODE|BR)$/i;
const SKIP = /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG|HEAD|IFRAME|TEXTAREA)$/i;
const CREDIT = /credit|copyright|source|courtesy|attribution|photographer|byline|quelle|fonte|fuente/i;
const AI_ATTR = /(?:^|-)ai(?:-|$)|ai-?generated|synthetic/;


/** Blocks (nearest non-inline ancestors) of text nodes that mention AI or a generator. The page's
 *  visible text is tested once first: most pages never mention AI, and one regex pass over the
 *  joined text is far cheaper than one per text node. (`textContent` would include every inline
 *  script, often the bulk of a news page.) */
function hintedBlocks(root: Element): Set<Element> {
  // Text nodes in document order, skipped subtrees left out. A TreeWalker hands over each node in
  // one call (sibling and parent links cost three or four per node); linkedom's walker has nextNode
  // only, so a skipped subtree is passed over node by node.
  const nodes: Text[] = [];
  const texts: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 5 /* SHOW_ELEMENT | SHOW_TEXT */);
  let n = walker.nextNode();
  while (n) {
    if (n.nodeType === 3) {
      nodes.push(n as Text);
      texts.push((n as Text).data);
    } else if (n.firstChild && SKIP.test((n as Element).tagName)) {
      const skipped = n;
      do n = walker.nextNode();
      while (n && skipped.contains(n));
      continue;
    }
    n = walker.nextNode();
  }
  const blocks = new Set<Element>();
  if (!hint(texts.join('\n'))) return blocks;
  for (let i = 0; i < nodes.length; i++) {
    if (!hint(texts[i]!)) continue;
    let b = nodes[i]!.parentElement;
    while (b && b !== root && INLINE.test(b.tagName)) b = b.parentElement;
    if (b) blocks.add(b);
  }
  return blocks;
}

/** `ld`: the page's JSON-LD texts when the caller has them already (extractPage: the metadata walk). */
export function collectAiFacts(doc: Document, opts: { url: string; ld?: readonly string[] }): AiFacts {
  const scanned = scanImages(doc, opts.url);
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
        if (kind) texts.push({ kind, text: kind === 'marker' ? `${name}="${v}"` : v, own: [n] });
      }
    }
  });

  // Text on the page: captions, credits, badges, notes. One walk; only hinted blocks are read.
  // (No pre-check on the whole text: `textContent` includes every inline script, often the bulk of a
  // news page, and reading it costs more than this walk, which skips scripts.)
  const root = doc.body ?? doc.documentElement;
  const hinted = root ? hintedBlocks(root) : new Set<Element>();
  if (hinted.size) {
    const l = layout(scanned);
    for (const block of hinted) {
      // Ads and related-story blocks speak for someone else.
      if (furnitureOf(block) && !l.index.has(block)) continue;
      let text = squash(block.textContent);
      // Disclosures are short notes, but some end a long body paragraph ("… The image above was made
      // with Midjourney."): of a long block only its sentences that mention AI go. Interpretation
      // classifies them one by one and, as they are not attached to an image, wants them to name
      // their scope ("the image above", "images in this article", "this article was written").
      if (text.length > 800) text = text.split(/(?<=[.!?。！？])\s+/).filter(hint).join(' ').slice(0, 800);
      if (!text) continue;
      texts.push({
        kind: CREDIT.test(names(block)) ? 'credit' : 'text',
        text,
        own: ownImages(block, l),
        next: groupImages(block, l, true),
        prev: groupImages(block, l, false),
        gallery: galleryImages(block, l),
      });
    }
  }

  const ld = opts.ld ?? Array.from(doc.querySelectorAll('script[type="application/ld+json"]'), (s) => s.textContent ?? '');
  const jsonLd = ld.filter((json) => json.includes('digitalSourceType'));
  return { url: opts.url, images: scanned.map(({ el, ...image }) => image), texts, jsonLd };
}
