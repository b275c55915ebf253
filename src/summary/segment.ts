/**
 * Sentence segmentation: Intl.Segmenter (ICU's sentence rules, any language, CJK punctuation) plus
 * repairs for what ICU splits wrongly in news text: abbreviations and titles (Mr., Jan. 5, No. 1),
 * initials (J. R. R. Tolkien), dotted acronyms before a name (U.S. Army), German ordinals
 * (am 3. Mai), and closing quotes/brackets that ICU leaves at the start of the next sentence.
 */
import { isStopWord } from './stopwords';

const segmenters = new Map<string, Intl.Segmenter>();

function sentenceSegmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    try {
      s = new Intl.Segmenter(lang || undefined, { granularity: 'sentence' });
    } catch {
      s = new Intl.Segmenter(undefined, { granularity: 'sentence' });
    }
    segmenters.set(lang, s);
  }
  return s;
}

/** Titles and abbreviations that (almost) never end a sentence. Lowercase, without the dot. */
const ALWAYS = new Set(
  ('mr mrs ms dr prof st sen rep gov gen lt col capt sgt cpl jr sr mt ft rev hon messrs mme mlle ' +
    'sra srta sig dott ing hr fr frau herr bzw ca vgl usw zb ua vs approx dept fig est no nr nos nº art ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec')
    .split(' '),
);
/** Followed by a digit these are numbers, not sentence ends ("No. 1", "Jan. 5", "am 3. Mai" is handled apart). */
const BEFORE_DIGIT = /^(no|nr|nos|n[º°]|art|p|pp|vol|ch|sec|op|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;

/** Closers that ICU leaves at the start of the next sentence ("« Non. » Puis"); only when a space follows. */
const LEADING_CLOSERS = /^["'”’»)\]」』】〉》]+(?=\s|$)/u;

/** The word before the final dot of a segment, e.g. "Mr" in "He met Mr. " (null if no final dot). */
function lastToken(seg: string): string | null {
  const m = /(?:^|[\s("'“‘«\[-])([\p{L}\p{N}][\p{L}\p{N}.]*)\.\s*$/u.exec(seg);
  return m ? m[1]! : null;
}

function firstWord(seg: string): string {
  return /[\p{L}\p{N}]+/u.exec(seg)?.[0] ?? '';
}

function shouldJoin(prev: string, next: string, lang: string): boolean {
  const tok = lastToken(prev);
  if (tok === null) return false;
  const first = next.trimStart();
  const c = first.charAt(0);
  if (!c) return false;
  const word = firstWord(first);
  const lower = tok.toLowerCase();
  const nextIsDigit = /\p{N}/u.test(c);
  const nextIsLower = c !== c.toUpperCase() && c === c.toLowerCase();
  if (nextIsLower) return true;
  if (ALWAYS.has(lower) && !(lower === 'no' && !nextIsDigit)) {
    // "No." and month names are only abbreviations before a number; titles always are.
    if (BEFORE_DIGIT.test(lower)) return nextIsDigit;
    return true;
  }
  if (nextIsDigit && BEFORE_DIGIT.test(lower)) return true;
  // Initials: a single letter ("J. R. R. Tolkien", "George W. Bush").
  if (/^\p{L}$/u.test(tok)) return !isStopWord(word.toLowerCase(), lang) || word.length === 1;
  // Dotted acronyms (U.S., U.K., e.g.) end a sentence only before a sentence-starting function word.
  if (/^(\p{L}\.)+\p{L}$/u.test(tok)) return !isStopWord(word.toLowerCase(), lang);
  // German-style ordinals: "am 3. Mai", "der 2. Weltkrieg".
  if (/^\d{1,2}$/.test(tok) && /^(de|da|nb|no|fi|cs|sk|pl|hu|hr|sl|sr|et|lv|lt|is|tr)/.test(lang)) {
    return !isStopWord(word.toLowerCase(), lang);
  }
  return false;
}

/** Split one paragraph into sentences. A paragraph with no sentence punctuation (a list item) is one sentence. */
export function splitSentences(paragraph: string, lang?: string | null): string[] {
  const l = (lang ?? '').toLowerCase();
  const out: string[] = [];
  let cur = '';
  for (const { segment } of sentenceSegmenter(l).segment(paragraph)) {
    let seg = segment;
    if (cur) {
      // Closing quotes/brackets belong to the sentence they close.
      const closers = LEADING_CLOSERS.exec(seg)?.[0];
      if (closers) {
        cur += closers;
        seg = seg.slice(closers.length);
        if (!seg) continue;
      }
      if (shouldJoin(cur, seg, l)) {
        cur += seg;
        continue;
      }
      const t = cur.trim();
      if (t) out.push(t);
    }
    cur = seg;
  }
  const t = cur.trim();
  if (t) out.push(t);
  return out;
}
