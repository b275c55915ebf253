/**
 * Readability's article element as a list of text blocks, keeping paragraph structure. Each block
 * remembers its tag and how much of its text is link text (related-story lists are all links).
 * Figures, captions, widgets and small elements whose class or id names furniture are skipped outright.
 */

import type { Block } from '../../facts/text';
import { attrOf } from '../../dom/attr';
import { regex } from '../../phrases';
import { CHROME_CLASS_WORDS, EMBED_CLASSES, FURNITURE_CLASS_WORDS, HIDDEN_CLASS_WORDS } from '../phrases/paragraphs';

const HEADINGS = 'H1 H2 H3 H4 H5 H6';
/** Block elements: each is a paragraph. */
const BLOCK = 1;
/** Elements that hold a block: a block inside them is a paragraph of its own. */
const NESTED = 2;
/** Figures, captions, scripts, embeds and controls: skipped outright. */
const SKIP = 4;
/** Tag → the kinds above (one lookup per element instead of three patterns). Built by a pure call:
 *  a module that only imports this file's types (the popup, through the message guards) drops it. */
const KIND: ReadonlyMap<string, number> = /*#__PURE__*/ kinds();
function kinds(): Map<string, number> {
  const map = new Map<string, number>();
  for (const [kind, tags] of [
    [BLOCK, `P LI BLOCKQUOTE ${HEADINGS} PRE DD DT TD TH`],
    [NESTED, `P LI BLOCKQUOTE ${HEADINGS} PRE DD DL DT TD TH TR UL OL TABLE TBODY THEAD`],
    [SKIP, 'FIGCAPTION FIGURE CAPTION SCRIPT STYLE NOSCRIPT TEMPLATE SVG MATH BUTTON NAV FORM INPUT SELECT TEXTAREA IFRAME'],
  ] as const) {
    for (const tag of tags.split(' ')) map.set(tag, (map.get(tag) ?? 0) | kind);
  }
  return map;
}
/** Words that name furniture inside a class or id (Readability keeps ids and, see runReadability,
 *  classes): the tables of phrases/paragraphs.ts. Not when negated: "no_caption", "has-tags" and
 *  "ad-free" describe the element, they do not name it. A pure construction: a bundle that never
 *  calls articleBlocks drops this file. */
const FURNITURE_WORD = /*#__PURE__*/ regex(
  'i',
  '(?:^|[\\s_-])(?<!(?:no|without|has|with)[_-])(?:',
  FURNITURE_CLASS_WORDS,
  '|',
  HIDDEN_CLASS_WORDS,
  '|',
  CHROME_CLASS_WORDS,
  ')(?![_-]free)(?:$|[\\s_-])',
);
/** Whole class names of furniture: a table of contents ("toc", "toc-container"; a heading's
 *  "toc-backref" link is the heading), an icon's label ("external-link-icon"; an "icon-list" of points
 *  is story), a post embedded from a social network (phrases/paragraphs.ts). */
const FURNITURE_NAME = /*#__PURE__*/ regex(
  'i',
  /(?:^|\s)(?:toc|table-of-contents)(?:[_-](?:container|wrapper|list))?(?=$|\s)|(?:^|[\s_-])icon(?=$|\s)/,
  '|(?:^|\\s)(?:',
  EMBED_CLASSES,
  ')(?=$|\\s)',
);
/** A hinted element is furniture only when small: a caption, a share bar, a tag list. A class word on
 *  a container of the story ("post social-enabled") must not take the story with it. */
const MAX_FURNITURE_SHARE = 0.25;
const MAX_FURNITURE_CHARS = 1500;

/** A footnote mark set in superscript ("[8]", "[n 1]", "[citation needed]"): a pointer, not text. */
const FOOTNOTE_MARK = /^\s*\[[^\]]{1,20}\]\s*$/;

interface Acc {
  text: string;
  link: number;
}

/** Text and link-text length of an element in one pass, furniture inside it left out (a caption
 *  set as a <span> in the paragraph, a footnote mark); false if it holds a nested block. */
function gather(el: Element, acc: Acc, inLink: boolean, furniture: (e: Element) => boolean): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) {
      const t = n.nodeValue ?? '';
      acc.text += t;
      if (inLink) acc.link += t.replace(/\s+/g, '').length;
    } else if (n.nodeType === 1) {
      const tag = (n as Element).tagName.toUpperCase();
      const kind = KIND.get(tag) ?? 0;
      if (kind & SKIP || furniture(n as Element) || (tag === 'SUP' && FOOTNOTE_MARK.test(n.textContent ?? ''))) continue;
      if (kind & NESTED || !gather(n as Element, acc, inLink || tag === 'A', furniture)) return false;
    }
  }
  return true;
}

/** Whether a class list and id name furniture ("article-share-bar", "pb-caption"); an id made from a
 *  heading ("sharing-with-a-single-developer") names a section of the story, not furniture. */
export function namesFurniture(cls: string, id: string): boolean {
  if (id && /^[a-z\d]+(?:-[a-z\d]+){3,}$/.test(id)) id = '';
  if (!cls && !id) return false;
  const names = `${cls} ${id}`;
  return FURNITURE_WORD.test(names) || FURNITURE_NAME.test(names);
}

/** `namesFurniture` of an element's class and id. Pages repeat a few class lists, so one (of an
 *  element without an id) is tested once per tester. */
export function furnitureNameTester(): (el: Element) => boolean {
  const byClass = new Map<string, boolean>();
  return (el) => {
    // Most elements have no attribute at all, and many none of these two (a link's href).
    if (!el.hasAttributes()) return false;
    const cls = attrOf(el, 'class');
    const id = attrOf(el, 'id');
    if (id) return namesFurniture(cls, id);
    let hit = byClass.get(cls);
    if (hit === undefined) byClass.set(cls, (hit = namesFurniture(cls, '')));
    return hit;
  };
}

/** `named`: whether an element is named as furniture. Readability's article passes its own
 *  (ReadabilityArticle.furniture), which also knows the names Readability folded away. */
export function articleBlocks(root: Element, named: (el: Element) => boolean = furnitureNameTester()): Block[] {
  const out: Block[] = [];
  /** Adds `el` as one block; false (adding nothing) if it holds a nested block, unless `whole`. */
  const add = (el: Element, tag: string, whole: boolean): boolean => {
    const acc: Acc = { text: '', link: 0 };
    if (!gather(el, acc, tag === 'A', furniture) && !whole) return false;
    const text = acc.text.replace(/\s+/g, ' ').trim();
    if (text) out.push({ text, tag, linkDensity: Math.min(1, acc.link / text.replace(/ /g, '').length) });
    return true;
  };
  // Characters other than whitespace: markup indentation is most of some widgets' textContent.
  const size = (el: Element): number => (el.textContent ?? '').replace(/\s+/g, '').length;
  let limit = -1;
  const furniture = (el: Element): boolean => {
    if (!named(el)) return false;
    if (limit < 0) limit = Math.min(MAX_FURNITURE_CHARS, size(root) * MAX_FURNITURE_SHARE);
    return size(el) <= limit;
  };
  const walk = (el: Element): void => {
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      const tag = child.tagName.toUpperCase();
      const kind = KIND.get(tag) ?? 0;
      if (kind & SKIP || furniture(child)) continue;
      const block = (kind & BLOCK) !== 0;
      if (block && add(child, tag, false)) continue;
      const before = out.length;
      walk(child);
      // A container with text but no block children (a <div> of text) is a paragraph itself.
      if (out.length === before && !block) add(child, tag, true);
    }
  };
  walk(root);
  return out;
}
