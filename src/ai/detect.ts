/**
 * AI-image disclosures on the live (unmodified) page, read-only, before Readability. Pure: a
 * Document and the page URL in, plain data out. See language.ts (what a disclosure says),
 * images.ts (which images count), attach.ts (which image a disclosure covers), jsonld.ts.
 */
import type { AiEvidenceKind, AiImage, AiReport } from '../analysis';
import { groupImages, galleryImages, indexImages, ownImages } from './attach';
import { collectImages, inFurniture, type Candidate } from './images';
import { jsonLdImages } from './jsonld';
import { classifySentence, hint, sentences } from './language';

export { isAiImageDisclosureText } from './language';

const INLINE = /^(?:A|SPAN|EM|I|B|STRONG|SMALL|SUP|SUB|MARK|TIME|ABBR|CITE|FONT|U|S|Q|LABEL|BDI|CODE|BR)$/;
const SKIP = /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG|HEAD|IFRAME|TEXTAREA)$/;
const CREDIT = /credit|copyright|source|courtesy|attribution|photographer|byline|quelle|fonte|fuente/i;
const GALLERY = /galer|galler|गैलरी|ギャラリー|图集|圖集|갤러리/i;

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

export function detectAiDisclosures(doc: Document, opts: { url: string }): AiReport {
  const cands = collectImages(doc, opts.url);
  const found = new Map<string, AiImage>();
  let pageNote = false;
  let textDisclosure: string | null = null;
  const flag = (cs: Candidate[], evidence: string, evidenceKind: AiEvidenceKind): void => {
    for (const c of cs) if (!found.has(c.src)) found.set(c.src, { src: c.src, aiGenerated: true, evidence, evidenceKind });
  };

  // Attributes of the image and its wrapper: alt, title, aria-label, data-*.
  for (const c of cands) {
    for (const el of [c.el, c.el.parentElement]) {
      for (const { name, value } of Array.from(el?.attributes ?? [])) {
        const v = clean(value);
        const isData = name.startsWith('data-');
        if (isData && /(?:^|-)ai(?:-|$)|ai-?generated|synthetic/.test(name) && /^(?:true|1|yes)$/i.test(v)) flag([c], `${name}="${v}"`, 'attribute');
        else if ((isData || /^(?:alt|title|aria-label)$/.test(name)) && v.length > 1 && hint(v) && sentences(v).some((s) => classifySentence(s, true) === 'self'))
          flag([c], v, name === 'alt' ? 'alt' : 'attribute');
      }
    }
  }

  // Text on the page: captions, credits, badges, notes. One walk; only hinted blocks are read.
  const root = doc.body ?? doc.documentElement;
  if (root && hint(root.textContent ?? '')) {
    const index = indexImages(cands);
    for (const block of hintedBlocks(root)) {
      const text = clean(block.textContent);
      // Disclosures are short notes; ads and related-story blocks speak for someone else.
      if (text.length > 800 || (inFurniture(block) && !index.has(block))) continue;
      const own = ownImages(block, index);
      const credit = CREDIT.test(`${block.getAttribute('class')} ${block.getAttribute('id')}`);
      for (const s of sentences(text)) {
        const scope = classifySentence(s, own.length > 0, credit);
        if (!scope) continue;
        const evidence = text.length <= 300 ? text : s;
        if (scope === 'text') textDisclosure ??= s;
        else if (scope === 'self') flag(own, evidence, credit || /^[^:]{0,20}[:：©]/.test(s) ? 'credit' : 'caption');
        else if (scope === 'page') {
          pageNote = true;
          flag((GALLERY.test(s) ? galleryImages(block, index) : null) ?? cands, evidence, 'page-note');
        } else flag(groupImages(block, index, scope === 'next'), evidence, 'caption');
      }
    }
  }

  // Structured data.
  for (const j of jsonLdImages(doc)) {
    let src = j.src;
    try {
      src = new URL(j.src, opts.url).href;
    } catch {
      /* keep */
    }
    if (j.ai && !found.has(src)) found.set(src, { src, aiGenerated: true, evidence: j.value, evidenceKind: 'json-ld' });
  }

  // Every article image, in page order, so a reader sees "1 of 3"; then JSON-LD-only images.
  const images: AiImage[] = [];
  const seen = new Set<string>();
  for (const { src } of cands) {
    if (!seen.has(src)) images.push(found.get(src) ?? { src, aiGenerated: false, evidence: '', evidenceKind: null });
    seen.add(src);
  }
  for (const [src, img] of found) if (!seen.has(src)) images.push(img);
  return { pageFlag: pageNote || images.some((i) => i.aiGenerated), textDisclosure, images };
}
