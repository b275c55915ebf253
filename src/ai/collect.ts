/**
 * Page side of AI-image disclosure detection (issue #5): read the live page once, read-only, and
 * hand over plain facts — the images, the texts that mention AI (with every set of images each
 * could cover), the JSON-LD that states source types. Everything that needs the DOM is decided here; everything
 * that needs language (is this a disclosure? of which scope?) is left to interpret.ts, which runs
 * in the background where there is no DOM. Keep this file free of language.ts: it is injected
 * into the page, and the content script has a size budget.
 */
import type { AiFacts, AiImageFact, AiTextFact, AttributeFact } from '../facts/ai';
import { galleryImages, groupImages, layout, ownImages } from './dom/attach';
import { hint } from './hint';
import { furnitureOf, names, scanImages } from './dom/images';
import { squash } from '../util';

/** What the facts hold at most: article images, candidate texts, and images one text can cover. */
export const LIMITS = { images: 500, texts: 300, cover: 200 } as const;

const INLINE = /^(?:A|SPAN|EM|I|B|STRONG|SMALL|SUP|SUB|MARK|TIME|ABBR|CITE|FONT|U|S|Q|LABEL|BDI|CODE|BR)$/i;
const SKIP = /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG|HEAD|IFRAME|TEXTAREA)$/i;
const CREDIT = /credit|copyright|source|courtesy|attribution|photographer|byline|quelle|fonte|fuente/i;
const AI_ATTR = /(?:^|-)ai(?:-|$)|ai-?generated|synthetic/;


/** Blocks (nearest non-inline ancestors) of text nodes that mention AI or a generator. The page's
 *  visible text is tested once first: most pages never mention AI, and one regex pass over the
 *  joined text is far cheaper than one per text node. (`textContent` would include every inline
 *  script, often the bulk of a news page.) Each block maps to the inline element with a credit's name
 *  that holds the hinted text, if any (`<figcaption><span class="credit">…`), else null. */
function hintedBlocks(root: Element): Map<Element, Element | null> {
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
  const blocks = new Map<Element, Element | null>();
  if (!hint(texts.join('\n'))) return blocks;
  for (let i = 0; i < nodes.length; i++) {
    if (!hint(texts[i]!)) continue;
    let b = nodes[i]!.parentElement;
    let credit: Element | null = null;
    while (b && b !== root && INLINE.test(b.tagName)) {
      if (CREDIT.test(names(b))) credit = b;
      b = b.parentElement;
    }
    if (b && !blocks.get(b)) blocks.set(b, credit);
  }
  return blocks;
}

/** `ld`: the page's JSON-LD texts when the caller has them already (extractPage: the metadata walk). */
export function collectAiFacts(doc: Document, opts: { url: string; ld?: readonly string[] }): AiFacts {
  // Bounded, whatever the page holds (a page of 5,000 captioned images made 120 MB of facts).
  const scanned = scanImages(doc, opts.url).slice(0, LIMITS.images);
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
  const root = doc.body ?? doc.documentElement;
  const hinted = root ? hintedBlocks(root) : new Map<Element, Element | null>();
  if (hinted.size) {
    const l = layout(scanned);
    for (const [block, inlineCredit] of hinted) {
      if (texts.length >= LIMITS.texts) break;
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
        // A credit's own class, or an inline credit that is all the block says ("<figcaption><span class=credit>").
        kind: CREDIT.test(names(block)) || (inlineCredit && squash(inlineCredit.textContent) === text) ? 'credit' : 'text',
        text,
        own: ownImages(block, l).slice(0, LIMITS.cover),
        next: groupImages(block, l, true).slice(0, LIMITS.cover),
        prev: groupImages(block, l, false).slice(0, LIMITS.cover),
        gallery: galleryImages(block, l).slice(0, LIMITS.cover),
      });
    }
  }

  const ld = opts.ld ?? Array.from(doc.querySelectorAll('script[type="application/ld+json"]'), (s) => s.textContent ?? '');
  const jsonLd = ld.filter((json) => json.includes('digitalSourceType'));
  return { url: opts.url, images: scanned.map(({ el, ...image }) => image), texts, jsonLd };
}
