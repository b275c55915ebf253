/**
 * Page side of AI-image disclosure detection (issue #5): read the live page once, read-only, and
 * hand over plain facts — the images, the texts that mention AI (with every set of images each
 * could cover), JSON-LD source types. Everything that needs the DOM is decided here; everything
 * that needs language (is this a disclosure? of which scope?) is left to interpret.ts, which runs
 * in the background where there is no DOM. Keep this file free of language.ts: it is injected
 * into the page, and the content script has a size budget.
 */
import { galleryImages, groupImages, layout, ownImages } from './attach';
import { hint } from './hint';
import { inFurniture, scanImages } from './images';
import { jsonLdImages, type JsonLdImage } from './jsonld';

export interface AiImageFact {
  /** Absolute URL (the page's own string when it does not parse). */
  src: string;
  /** Why the image is page furniture, not the article's ("avatar", "logo", "related", "nav"…); '' = article image. */
  furniture: string;
}

/**
 * Where a text was found:
 * - alt / attribute: an article image's (or its wrapper's) alt, or title / aria-label / data-*;
 * - marker: a data-* attribute whose name says AI and whose value is true (`data-ai-generated="true"`),
 *   a disclosure by itself; `text` is `name="value"`;
 * - credit: a block whose class/id says credit/source/copyright;
 * - text: any other block (caption, badge, paragraph, note).
 */
export type AiTextKind = 'alt' | 'attribute' | 'marker' | 'credit' | 'text';

/** A text worth classifying and, as indices into `AiFacts.images`, the images each scope covers. */
export interface AiTextFact {
  kind: AiTextKind;
  /** Whitespace collapsed. */
  text: string;
  /** The images the text sits with (caption, credit, badge, attribute); [] = free-standing. */
  own: number[];
  /** The group of images right after the text ("the following image"), and right before it ("above"). */
  next: number[];
  prev: number[];
  /** The gallery holding the text (nearest ancestor with two or more images); [] when none. */
  gallery: number[];
}

/** Plain JSON data only: it crosses from the content script to the background by message. */
export interface AiFacts {
  /** Every image with a source, in page order, furniture marked; a page-level note covers the
   *  non-furniture ones. The same src may appear twice. */
  images: AiImageFact[];
  /** In the order interpretation must weigh them (the first evidence for an image wins):
   *  attributes image by image, then page blocks in document order. */
  texts: AiTextFact[];
  /** schema.org digitalSourceType values, any node with an image URL. */
  jsonLd: JsonLdImage[];
}

const INLINE = /^(?:A|SPAN|EM|I|B|STRONG|SMALL|SUP|SUB|MARK|TIME|ABBR|CITE|FONT|U|S|Q|LABEL|BDI|CODE|BR)$/;
const SKIP = /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG|HEAD|IFRAME|TEXTAREA)$/;
const CREDIT = /credit|copyright|source|courtesy|attribution|photographer|byline|quelle|fonte|fuente/i;
const AI_ATTR = /(?:^|-)ai(?:-|$)|ai-?generated|synthetic/;

const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** Blocks (nearest non-inline ancestors) of text nodes that mention AI or a generator. */
function hintedBlocks(root: Element): Element[] {
  const blocks = new Set<Element>();
  const stack: Node[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeType === 3) {
      if (!hint((n as Text).data)) continue;
      let b = n.parentElement;
      while (b && b !== root && INLINE.test(b.tagName.toUpperCase())) b = b.parentElement;
      if (b) blocks.add(b);
    } else if (n.nodeType === 1 && !SKIP.test((n as Element).tagName.toUpperCase())) {
      const kids = n.childNodes;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return [...blocks];
}

export function collectAiFacts(doc: Document, opts: { url: string }): AiFacts {
  const scanned = scanImages(doc, opts.url);
  const texts: AiTextFact[] = [];

  // Attributes of each article image and its wrapper: alt, title, aria-label, data-*.
  scanned.forEach((c, n) => {
    if (c.furniture) return;
    for (const el of [c.el, c.el.parentElement]) {
      for (const { name, value } of Array.from(el?.attributes ?? [])) {
        const v = clean(value);
        const isData = name.startsWith('data-');
        const kind: AiTextKind | null =
          isData && AI_ATTR.test(name) && /^(?:true|1|yes)$/i.test(v) ? 'marker'
          : (isData || /^(?:alt|title|aria-label)$/.test(name)) && v.length > 1 && hint(v) ? (name === 'alt' ? 'alt' : 'attribute')
          : null;
        if (kind) texts.push({ kind, text: kind === 'marker' ? `${name}="${v}"` : v, own: [n], next: [], prev: [], gallery: [] });
      }
    }
  });

  // Text on the page: captions, credits, badges, notes. One walk; only hinted blocks are read.
  const root = doc.body ?? doc.documentElement;
  if (root && hint(root.textContent ?? '')) {
    const l = layout(scanned);
    for (const block of hintedBlocks(root)) {
      const text = clean(block.textContent);
      // Disclosures are short notes; ads and related-story blocks speak for someone else.
      if (text.length > 800 || (inFurniture(block) && !l.index.has(block))) continue;
      texts.push({
        kind: CREDIT.test(`${block.getAttribute('class')} ${block.getAttribute('id')}`) ? 'credit' : 'text',
        text,
        own: ownImages(block, l),
        next: groupImages(block, l, true),
        prev: groupImages(block, l, false),
        gallery: galleryImages(block, l),
      });
    }
  }

  return { images: scanned.map(({ src, furniture }) => ({ src, furniture })), texts, jsonLd: jsonLdImages(doc, opts.url) };
}
