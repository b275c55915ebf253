/**
 * Scroll to the passage a summary bullet came from and flash it. The live page is found by text
 * (the Analysis was made on a clone, so no node reference survives), preferring the smallest block
 * that holds the sentence's opening words. The page's text can differ from the bullet's: Readability
 * and the cleaner leave out hidden and furniture text inside a paragraph ("said<span class=
 * "external-link-icon">Opens a new window</span>"), formulas and footnote marks. So when no block
 * holds the opening words as they are, the smallest block that holds most of them, in order and
 * close together, is taken.
 */
import { wordsOf } from '../src/index';

const BLOCKS = 'p, li, blockquote, h1, h2, h3, h4, h5, h6, dd, td, pre, div';

function norm(s: string): string {
  return s.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** How many of the opening words the fallback compares, how many of them must be found, and how
 *  many of the page's words may come between two of them. */
const OPENING = 16;
const FOUND = 0.75;
const GAP = 8;

/** Whether `have` holds at least FOUND of `want` in order, each counted only within GAP words of the
 *  previous one found. */
function holdsMost(have: string[], want: string[]): boolean {
  const need = Math.ceil(FOUND * want.length);
  // Start at any of the wanted words that still leaves enough after it (the page may lack the first).
  for (let w0 = 0; w0 <= want.length - need; w0++) {
    for (let i = have.indexOf(want[w0]!); i >= 0; i = have.indexOf(want[w0]!, i + 1)) {
      let found = 1;
      let at = i;
      for (let w = w0 + 1; w < want.length && found + (want.length - w) >= need; w++) {
        const next = have.indexOf(want[w]!, at + 1);
        if (next < 0 || next - at > 4 * GAP) continue;
        // A word further on than GAP is not counted, but the words after it are sought from there
        // (a formula's own text between "are" and "although").
        if (next - at <= GAP + 1) found++;
        at = next;
      }
      if (found >= need) return true;
    }
  }
  return false;
}

/** The search is bounded on any page: at most this many blocks, and this many characters read
 *  (nested blocks read their text again; 2,000 nested <div>s would read it 2,000 times). */
const MAX_BLOCKS = 6_000;
const MAX_CHARS = 8_000_000;

export function findPassage(doc: Document, text: string): Element | null {
  const needle = norm(text).slice(0, 80);
  if (!needle) return null;
  const blocks = Array.from(doc.querySelectorAll(BLOCKS)).slice(0, MAX_BLOCKS);
  let best: Element | null = null;
  let bestLen = Infinity;
  let read = 0;
  for (const el of blocks) {
    const content = el.textContent ?? '';
    if ((read += content.length) > MAX_CHARS) break;
    if (content.length < needle.length || content.length >= bestLen) continue;
    if (norm(content).includes(needle)) {
      best = el;
      bestLen = content.length;
    }
  }
  if (best) return best;
  const want = wordsOf(text).slice(0, OPENING);
  if (want.length < 4) return null;
  // Blocks that hold one of the two longest opening words, smallest first: the first that holds most
  // of them is the passage, and the large blocks around it are rarely read word by word.
  const keys = [...want].sort((a, b) => b.length - a.length).slice(0, 2);
  const candidates: Array<{ el: Element; content: string }> = [];
  read = 0;
  for (const el of blocks) {
    const content = el.textContent ?? '';
    if ((read += content.length) > MAX_CHARS) break;
    const lower = content.toLowerCase();
    if (keys.some((k) => lower.includes(k))) candidates.push({ el, content });
  }
  candidates.sort((a, b) => a.content.length - b.content.length);
  return candidates.find((c) => holdsMost(wordsOf(c.content), want))?.el ?? null;
}

export function highlightPassage(doc: Document, text: string): boolean {
  const el = findPassage(doc, text);
  if (!el) return false;
  el.scrollIntoView({ behavior: 'smooth', block: 'center' });
  // A Web Animation: nothing is written to the element, and it is gone when it ends.
  el.animate?.(
    [
      { backgroundColor: 'rgba(255, 200, 60, 0.55)', outline: '3px solid rgba(230, 160, 20, 0.9)' },
      { backgroundColor: 'rgba(255, 200, 60, 0.55)', outline: '3px solid rgba(230, 160, 20, 0.9)', offset: 0.7 },
      { backgroundColor: 'transparent', outline: '3px solid transparent' },
    ],
    { duration: 2600, easing: 'ease-out' },
  );
  return true;
}
