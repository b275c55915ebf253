/**
 * Quotations across sentences. A quotation often runs over several sentences ("“We go out at dawn.
 * By the time a radio warning reaches them, it is often too late,” said …"); a bullet cut from its
 * middle loses its opening mark and reads as the reporter's words, and one cut from its start never
 * closes. So the sentences of a paragraph are grouped into units: a sentence that opens a quotation
 * is joined with the ones up to the sentence that closes it (at most MAX_JOINED sentences); what is
 * left inside a quotation longer than that, or one the paragraph never closes, is marked `open`,
 * and the summarizer takes it only when nothing else is left.
 *
 * Marks: “…” (and „…“ / „…” where the paragraph uses „), «…», 「…」, 『…』, （…）, straight "…" (an
 * opener after a space or bracket, a closer before a space or punctuation), and ‘…’ where ‘ follows a
 * space (a lone ’ is an apostrophe).
 */

/** The most sentences joined into one unit: a quotation longer than that is a speech, not a bullet. */
export const MAX_JOINED = 3;

export interface Unit {
  text: string;
  /** Starts or ends inside a quotation (see above). */
  open: boolean;
}

/** How a sentence moves the quotation depth: the depth it needs open before it (closers with no
 *  opener in it) and the depth it leaves open after it. */
function balance(s: string, german: boolean): { need: number; left: number } {
  let depth = 0;
  let need = 0;
  const close = () => {
    if (depth > 0) depth--;
    else need++;
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const prev = i > 0 ? s[i - 1]! : ' ';
    const next = i + 1 < s.length ? s[i + 1]! : ' ';
    switch (c) {
      case '«':
      case '「':
      case '『':
      case '（':
      case '„':
        depth++;
        break;
      case '»':
      case '」':
      case '』':
      case '）':
      case '”':
        close();
        break;
      case '“':
        if (german) close();
        else depth++;
        break;
      case '‘':
        if (/[\s([{—–-]/u.test(prev)) depth++;
        break;
      case '’':
        // A closer only where a ‘ is open and no letter follows ("it’s" is an apostrophe).
        if (depth > 0 && !/[\p{L}\p{N}]/u.test(next)) close();
        break;
      case '"': {
        // Inches after a number (5'11") when no quotation is open.
        if (depth === 0 && /\d/.test(prev)) break;
        const opens = /[\s([{—–-]/u.test(prev) || i === 0;
        const closes = /[\s.,;:!?)\]}—–-]/u.test(next) || i === s.length - 1;
        if (opens && !closes) depth++;
        else if (closes && !opens) close();
        else if (depth > 0) close();
        else depth++;
        break;
      }
    }
  }
  return { need, left: depth };
}

const MARKS = /["«»「」『』（）„“”‘]/;

/** Sentences inside a quotation past which the count is taken to be lost (a stray mark) and starts again. */
const LOST = 8;

/** The paragraph's sentences grouped into quotation-whole units (see above). `paragraph` is the text
 *  the sentences were split from: a unit of several sentences is cut from it, spacing as written. */
export function quoteUnits(paragraph: string, sentences: readonly string[]): Unit[] {
  // Most paragraphs hold no quotation mark at all.
  if (!MARKS.test(paragraph)) return sentences.map((text) => ({ text, open: false }));
  const german = paragraph.includes('„');
  const bal = sentences.map((s) => balance(s, german));
  const out: Unit[] = [];
  let at = 0;
  /** Sentences i..j as the paragraph writes them (found from `at` on, where the last unit ended). */
  const span = (i: number, j: number): string => {
    const start = paragraph.indexOf(sentences[i]!, at);
    const last = start < 0 ? -1 : paragraph.indexOf(sentences[j]!, start + sentences[i]!.length - (i === j ? sentences[i]!.length : 0));
    if (start < 0 || last < 0) return sentences.slice(i, j + 1).join(' ');
    at = last + sentences[j]!.length;
    return paragraph.slice(start, at);
  };
  let depth = 0;
  let inside = 0;
  for (let i = 0; i < sentences.length; ) {
    const b = bal[i]!;
    if (depth === 0 && b.need === 0) {
      // Starts outside: join up to the sentence that closes what this one opens.
      let d = b.left;
      let j = i;
      while (d > 0 && j + 1 < sentences.length && j - i + 1 < MAX_JOINED) {
        j++;
        d = Math.max(0, d - bal[j]!.need) + bal[j]!.left;
      }
      if (d === 0) {
        out.push({ text: span(i, j), open: false });
        i = j + 1;
        continue;
      }
      depth = b.left;
      inside = 0;
    } else {
      // Starts inside a quotation (or closes one it never opened).
      depth = Math.max(0, depth - b.need) + b.left;
      if (++inside > LOST) depth = 0;
    }
    out.push({ text: span(i, i), open: true });
    i++;
  }
  return out;
}
