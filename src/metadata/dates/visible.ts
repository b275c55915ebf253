/**
 * Where visible dates are looked for: short blocks right after (and just before) the headline,
 * and short elements whose class says date/time/byline. Long paragraphs mean the story has
 * begun: dates mentioned in the story are decoys (issue #3), so scanning stops there.
 */
import { isDecoy, squash } from '../dom';

export function headline(doc: Document): Element | null {
  for (const h of doc.getElementsByTagName('h1')) if (!isDecoy(h) && squash(h.textContent)) return h;
  return null;
}

export function dateSegments(dated: Element[], h1: Element | null): string[] {
  const out: string[] = [];
  let stop = false;
  const take = (el: Element | null, depth: number): void => {
    if (!el || stop || out.length > 12 || isDecoy(el, el.parentElement)) return;
    const raw = el.textContent ?? '';
    // A sentence-length paragraph is the story: its dates are events, not the publication.
    if (el.tagName === 'P' && raw.length > 120) stop = true;
    else if (raw.length < 300) {
      const t = squash(raw);
      if (t) out.push(t);
    } else if (depth > 3) stop = true;
    else for (const c of Array.from(el.children).slice(0, 8)) take(c, depth + 1);
  };
  if (h1) {
    const prev = h1.previousElementSibling;
    if (prev && (prev.textContent ?? '').length < 200) take(prev, 3);
    for (let n: Element | null = h1, i = 0; n && i < 4 && n.tagName !== 'BODY' && !stop; n = n.parentElement, i++) {
      for (let s = n.nextElementSibling; s && !stop; s = s.nextElementSibling) take(s, 0);
    }
  }
  for (const el of dated.slice(0, 40)) {
    const t = el.textContent ?? '';
    if (t.length < 200 && !isDecoy(el)) out.push(squash(t));
  }
  return [...new Set(out)].filter((t) => /\d/.test(t));
}
