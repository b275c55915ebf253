/**
 * Where visible dates are looked for: short blocks right after (and just before) the headline,
 * and short elements whose class says date/time/byline. Long paragraphs mean the story has
 * begun: dates mentioned in the story are decoys (issue #3), so scanning stops there.
 */
import { isDecoy, squash } from '../dom';
import { labelOf } from '../words';

/** Tables and definition lists hold facts about the subject ("Founded 28 February 1998" in an
 *  infobox), not about the page: their dates count only when labelled as publication or update. */
const FACTS = /^(table|dl)$/;

export function dateSegments(dated: Element[], h1: Element | null): string[] {
  const out: string[] = [];
  let stop = false;
  let n = 0;
  const push = (raw: string, facts: unknown): void => {
    const t = squash(raw);
    if (t) n++;
    if (/\d/.test(t) && (!facts || labelOf(t))) out.push(t);
  };
  const take = (el: Element | null, depth: number, facts: boolean): void => {
    if (!el || stop || n > 12 || isDecoy(el, el.parentElement)) return;
    const raw = el.textContent ?? '';
    facts ||= FACTS.test(el.localName);
    // A sentence-length paragraph is the story: its dates are events, not the publication.
    if (el.localName === 'p' && raw.length > 120) stop = true;
    // Cells run together in textContent ("PublishedMarch 3"): keep them apart.
    else if (raw.length < 300) push(facts ? Array.from(el.querySelectorAll('th,td,dt,dd'), (c) => c.textContent).join(' ') || raw : raw, facts);
    else if (depth > 3) stop = true;
    else for (const c of Array.from(el.children).slice(0, 8)) take(c, depth + 1, facts);
  };
  if (h1) {
    const prev = h1.previousElementSibling;
    if (prev && (prev.textContent ?? '').length < 200) take(prev, 3, false);
    for (let a: Element | null = h1, i = 0; a && i < 4 && a.localName !== 'body' && !stop; a = a.parentElement, i++) {
      for (let s = a.nextElementSibling; s && !stop; s = s.nextElementSibling) take(s, 0, false);
    }
  }
  for (const el of dated.slice(0, 40)) {
    const t = el.textContent ?? '';
    // A table around the headline too is page layout, not a table of facts.
    const f = el.closest('table,dl');
    if (t.length < 200 && !isDecoy(el)) push(t, f && !(h1 && f.contains(h1)));
  }
  return [...new Set(out)];
}
