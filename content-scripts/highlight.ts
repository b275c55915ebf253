/**
 * Scroll to the passage a summary bullet came from and flash it. The live page is found by text
 * (the Analysis was made on a clone, so no node reference survives), preferring the smallest block
 * that holds the sentence's opening words.
 */
const BLOCKS = 'p, li, blockquote, h1, h2, h3, h4, h5, h6, dd, td, pre, div';

function norm(s: string): string {
  return s.replace(/\s+/g, ' ').trim().toLowerCase();
}

export function findPassage(doc: Document, text: string): Element | null {
  const needle = norm(text).slice(0, 80);
  if (!needle) return null;
  let best: Element | null = null;
  let bestLen = Infinity;
  for (const el of Array.from(doc.body?.querySelectorAll(BLOCKS) ?? [])) {
    const content = el.textContent ?? '';
    if (content.length < needle.length || content.length >= bestLen) continue;
    if (norm(content).includes(needle)) {
      best = el;
      bestLen = content.length;
    }
  }
  return best;
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
