/**
 * Turn Readability's article element into the story's paragraphs as plain text.
 * Block elements become paragraphs; figure captions are not story text. Issue #4 adds the
 * furniture cleanup (bylines, "With inputs from agencies", related/trending blocks, share prompts).
 */

const BLOCKS = new Set(['P', 'LI', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'DD', 'DT', 'TD', 'TH']);
const SKIP = new Set(['FIGCAPTION', 'FIGURE', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'BUTTON', 'NAV', 'ASIDE']);

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export function articleParagraphs(root: Element): string[] {
  const out: string[] = [];
  const walk = (el: Element): void => {
    for (const child of Array.from(el.children)) {
      const tag = child.tagName.toUpperCase();
      if (SKIP.has(tag)) continue;
      if (BLOCKS.has(tag) && !child.querySelector('p, li, blockquote, h1, h2, h3, h4, h5, h6, pre, table')) {
        const t = collapse(child.textContent ?? '');
        if (t) out.push(t);
      } else {
        const before = out.length;
        walk(child);
        // A container with text but no block children (e.g. a <div> of text) is a paragraph itself.
        if (out.length === before && !BLOCKS.has(tag)) {
          const t = collapse(child.textContent ?? '');
          if (t) out.push(t);
        }
      }
    }
  };
  walk(root);
  return out;
}
