/**
 * The summarizer's input and the Analysis `text`: Readability's article with the furniture
 * Readability keeps taken out. Removal is conservative — the article-extraction benchmark punishes
 * lost story text (recall) as much as kept furniture — so a block goes only when
 *  - structure says so (figures/captions/widgets, class or id hints; see paragraphs.ts), or
 *  - it is short and its whole text is furniture language (furniture.ts), or
 *  - the caller already knows the text is furniture (`exclude`: AI-disclosure evidence, credit lines), or
 *  - it repeats the headline, the byline or an earlier block, or
 *  - it follows a "Related"/"Also read"/"Trending" label and is a link or a short line.
 */
import { articleBlocks, type Block } from './paragraphs';
import { AGENCY_CREDIT, AI_DISCLAIMER, BYLINE_LINE, DATELINE, PHOTO_CREDIT, PROMPT, RELATED_LABEL } from './furniture';

export interface CleanOptions {
  title?: string | null;
  byline?: string | null;
  /** Texts known to be furniture (captions, AI disclaimers, credits found by other modules). */
  exclude?: readonly string[];
}

/** Lines up to this many words can be furniture; longer ones are story text whatever they say. */
const SHORT = 30;

const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const words = (s: string): number => s.split(' ').length;

function isFurnitureLine(b: Block, index: number, count: number): boolean {
  const t = b.text;
  const n = words(t);
  if (n > SHORT) return false;
  if (AI_DISCLAIMER.test(t) || AGENCY_CREDIT.test(t) || PROMPT.test(t) || DATELINE.test(t)) return true;
  if (n <= 12 && PHOTO_CREDIT.test(t)) return true;
  // "By Jane Doe" near the top or bottom of the article.
  if (n <= 12 && (index < 3 || index === count - 1) && BYLINE_LINE.test(t)) return true;
  return false;
}

/** 2: a bare label ("Trending") that opens a block; 1: a teaser line ("Also read: …"); 0: neither. */
function labelKind(t: string): 0 | 1 | 2 {
  const m = RELATED_LABEL.exec(t);
  if (!m) return 0;
  if (m[0].length === t.length) return 2;
  return /[:»>|]\s*$/.test(m[0]) && words(t) <= 20 ? 1 : 0;
}

export function cleanBlocks(blocks: Block[], opts: CleanOptions = {}): Block[] {
  const title = norm(opts.title ?? '');
  const byline = norm(opts.byline ?? '');
  const exclude = (opts.exclude ?? []).map(norm).filter((e) => e.length >= 12);
  const seen = new Set<string>();
  const out: Block[] = [];
  let inRelated = false;
  blocks.forEach((b, i) => {
    const key = norm(b.text);
    if (!key) return;
    if (inRelated) {
      // A related block runs on while its entries are links or short headlines.
      // It ends at a heading or at a line of plain text longer than a headline.
      if (!/^H\d$/.test(b.tag) && (b.linkDensity > 0.5 || (b.tag === 'LI' && words(b.text) <= 15))) return;
      inRelated = false;
    }
    const label = labelKind(b.text);
    if (label) {
      inRelated = label === 2;
      return;
    }
    // Repeats: a headline or teaser printed twice. Table cells and list items repeat legitimately.
    if ((seen.has(key) && words(key) >= 4 && words(key) <= SHORT && (b.tag === 'P' || b.tag === 'DIV')) || (key === title && i < 3) || (byline && key === byline)) return;
    if (exclude.some((e) => key === e || (e.includes(key) && key.length >= 12))) return;
    if (isFurnitureLine(b, i, blocks.length)) return;
    // A short paragraph that is all link ("Read: Another story") is a teaser, not text.
    if (b.linkDensity > 0.9 && words(b.text) <= 15 && (b.tag === 'P' || b.tag === 'DIV')) return;
    seen.add(key);
    out.push(b);
  });
  // Trailing short lines of links or labels are the page's tail furniture.
  for (let last = out[out.length - 1]; last && out.length > 1 && last.linkDensity > 0.5 && words(last.text) <= 15 && (last.tag === 'P' || last.tag === 'DIV'); last = out[out.length - 1]) out.pop();
  return out;
}

/** The cleaned story paragraphs of Readability's article element. */
export function cleanArticle(root: Element, opts: CleanOptions = {}): string[] {
  return cleanBlocks(articleBlocks(root), opts).map((b) => b.text);
}
