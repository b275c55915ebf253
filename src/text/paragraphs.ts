/**
 * Readability's article element as a list of text blocks, keeping paragraph structure. Each block
 * remembers its tag and how much of its text is link text (related-story lists are all links).
 * Figures, captions and widgets are not story text and are skipped outright.
 */

export interface Block {
  text: string;
  /** Upper-case tag of the block element (P, LI, H2, BLOCKQUOTE, DIV…). */
  tag: string;
  /** Share of the text inside <a> elements, 0..1. */
  linkDensity: number;
}

const BLOCKS = new Set(['P', 'LI', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'DD', 'DT', 'TD', 'TH']);
const SKIP = new Set([
  'FIGCAPTION', 'FIGURE', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'BUTTON', 'NAV', 'FORM',
  'INPUT', 'SELECT', 'TEXTAREA', 'IFRAME', 'CAPTION',
]);
/** Class/id words of furniture. Readability keeps ids and the `caption` class (see runReadability). */
const FURNITURE_HINT =
  /(?:^|[\s_-])(?:caption|credits?|byline|dateline|related|trending|share|sharing|social|newsletter|subscribe|promo|advert|ad|sponsored|also-?read|read-?more|recommended|breadcrumbs?|tags)(?:$|[\s_-])/i;

const NESTED = new Set([...BLOCKS, 'UL', 'OL', 'DL', 'TABLE', 'TR', 'TBODY', 'THEAD']);

interface Acc {
  text: string;
  link: number;
}

/** Text and link-text length of an element in one pass; false if it holds a nested block. */
function gather(el: Element, acc: Acc, inLink: boolean): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) {
      const t = n.nodeValue ?? '';
      acc.text += t;
      if (inLink) acc.link += t.replace(/\s+/g, '').length;
    } else if (n.nodeType === 1) {
      const tag = (n as Element).tagName.toUpperCase();
      if (SKIP.has(tag)) continue;
      if (NESTED.has(tag)) return false;
      if (!gather(n as Element, acc, inLink || tag === 'A')) return false;
    }
  }
  return true;
}

function toBlock(acc: Acc, tag: string): Block | null {
  const text = acc.text.replace(/\s+/g, ' ').trim();
  if (!text) return null;
  const len = text.replace(/ /g, '').length;
  return { text, tag, linkDensity: Math.min(1, acc.link / len) };
}

export function articleBlocks(root: Element): Block[] {
  const out: Block[] = [];
  const walk = (el: Element): void => {
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      const tag = child.tagName.toUpperCase();
      if (SKIP.has(tag)) continue;
      const hint = `${child.getAttribute('class') ?? ''} ${child.getAttribute('id') ?? ''}`;
      if (hint.length > 1 && FURNITURE_HINT.test(hint)) continue;
      const acc: Acc = { text: '', link: 0 };
      if (BLOCKS.has(tag) && gather(child, acc, tag === 'A')) {
        const b = toBlock(acc, tag);
        if (b) out.push(b);
      } else {
        const before = out.length;
        walk(child);
        // A container with text but no block children (a <div> of text) is a paragraph itself.
        if (out.length === before && !BLOCKS.has(tag)) {
          const a2: Acc = { text: '', link: 0 };
          gather(child, a2, tag === 'A');
          const b = toBlock(a2, tag);
          if (b) out.push(b);
        }
      }
    }
  };
  walk(root);
  return out;
}
/** The blocks' texts only (the first, structure-only version of the cleaner). */
export function articleParagraphs(root: Element): string[] {
  return articleBlocks(root).map((b) => b.text);
}
