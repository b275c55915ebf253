/**
 * Word helpers shared by the cleaner and the summarizer: one cache of Intl.Segmenter instances,
 * the lowercase word runs used to compare texts, and a word count that works for unspaced
 * scripts too (Intl.Segmenter marks word-like segments in Chinese and Japanese, where splitting
 * on spaces counts a whole paragraph as one word).
 */
import { regex } from '../phrases';

const segmenters: Record<string, Intl.Segmenter> = {};

/** A cached segmenter; a malformed language tag falls back to the default locale. */
export function segmenter(lang: string, granularity: 'word' | 'sentence'): Intl.Segmenter {
  const key = lang + granularity;
  if (!segmenters[key]) {
    try {
      segmenters[key] = new Intl.Segmenter(lang || undefined, { granularity });
    } catch {
      segmenters[key] = new Intl.Segmenter(undefined, { granularity });
    }
  }
  return segmenters[key];
}

/** Scripts written without spaces between words (kana, CJK ideographs, Hangul syllables are spaced but
 *  counted by the segmenter too, Thai, Lao, Khmer, Myanmar): only the segmenter finds their words. */
export const UNSPACED = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3005\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/;
// (Pure: a bundle that does not use it, the content script's, leaves it out.)
const UNSPACED_RUN = /* @__PURE__ */ regex('y', UNSPACED, '+');
/** `UNSPACED.test` of one code unit, by its ranges: countWords asks it of every character past ASCII
 *  (an accented letter, a curly quote), and a pattern test per character cost more than the loop. */
export const unspaced = (c: number): boolean =>
  (c >= 0x0e00 && c <= 0x0eff) || (c >= 0x1000 && c <= 0x109f) || (c >= 0x1780 && c <= 0x17ff) || c === 0x3005 ||
  (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff);

/** Per BMP code unit: 0 = not looked at yet, 1 = starts or continues a word (letter, number),
 *  2 = only continues one (combining mark, apostrophe, hyphen, dot), 3 = neither. */
const kinds = new Uint8Array(0x10000);
const START = /[\p{L}\p{N}]/u;
const CONTINUE = /[\p{M}'’\-.]/u;
function kindOf(c: number): number {
  let k = kinds[c]!;
  if (!k) {
    const ch = String.fromCharCode(c);
    kinds[c] = k = START.test(ch) ? 1 : CONTINUE.test(ch) ? 2 : 3;
  }
  return k;
}

/** The lowercase letter/digit runs of a text, in order: what `s.toLowerCase().match(/[\p{L}\p{N}]+/gu)`
 *  finds, by one pass over the characters with the table above (~1.6x faster than the pattern; the
 *  cleaner and the summarizer compare every short block and every candidate sentence by these). */
export function wordsOf(s: string): string[] {
  const t = s.toLowerCase();
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    let letter: boolean;
    if (c < 0x80) letter = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < t.length) {
      // A character outside the BMP: tested whole, and both its code units go with the word.
      letter = START.test(String.fromCodePoint(t.codePointAt(i)!));
      if (letter) {
        if (start < 0) start = i;
        i++;
        continue;
      }
    } else letter = kindOf(c) === 1;
    if (letter) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(t.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) out.push(t.slice(start));
  return out;
}

/**
 * Words as a reader counts them: a run that starts with a letter or digit and goes on through
 * letters, digits, combining marks (Devanagari vowel signs), apostrophes, hyphens and dots
 * ("U.S.", "well-known", "don't", "1,000" are one word each). One pass over the characters, no arrays: the
 * whole article is counted on every page. Runs of unspaced scripts go to Intl.Segmenter (or, with
 * `estimate`, count a word per 1.7 characters).
 */
export function countWords(text: string, estimate = false): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let k: number;
    if (c < 0x80)
      k =
        (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1
        : c === 39 || c === 45 || c === 46 ? 2
        : c === 44 && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)) ? 2 // "1,000"
        : 3;
    else if (c >= 0xd800 && c <= 0xdbff) {
      // A character outside the BMP (rare letters, emoji): test it whole.
      const ch = String.fromCodePoint(text.codePointAt(i)!);
      k = START.test(ch) ? 1 : CONTINUE.test(ch) ? 2 : 3;
      i++;
    } else {
      k = kindOf(c);
      if (unspaced(c)) {
        // A run of an unspaced script: its words are the segmenter's. Only the run is segmented: on a
        // Latin page that quotes a few kanji, segmenting the whole text costs ~100x the loop.
        UNSPACED_RUN.lastIndex = i;
        const run = UNSPACED_RUN.exec(text)![0];
        // `estimate` (sentence scoring): Chinese and Japanese words average 1.6–1.9 characters (the
        // segmenter on the corpus's CJK pages), and ICU's dictionary segmenter costs more than the
        // rest of the scoring.
        n += estimate ? Math.max(1, Math.round(run.length / 1.7)) : countSegmented(run);
        i += run.length - 1;
        inWord = false;
        continue;
      }
    }
    if (k === 1) {
      if (!inWord) n++;
      inWord = true;
    } else if (k === 3) inWord = false;
  }
  return n;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

function countSegmented(text: string): number {
  let n = 0;
  for (const seg of segmenter('', 'word').segment(text)) if (seg.isWordLike) n++;
  return n;
}

/** Minutes at 230 words a minute (adult silent reading of non-fiction, Brysbaert 2019: 238). At least 1. */
export function readingTimeMinutes(words: number): number {
  return Math.max(1, Math.round(words / 230));
}
