/**
 * Sentence segmentation: Intl.Segmenter (ICU's sentence rules, any language, CJK punctuation) plus
 * repairs for what ICU gets wrong in news text: abbreviations and titles (Mr., Jan. 5, No. 1),
 * initials (J. R. R. Tolkien), dotted acronyms before a name (U.S. Army), German ordinals
 * (am 3. Mai), closing quotes/brackets that ICU leaves at the start of the next sentence, and
 * scraped text with no space after the full stop ("a court heard.Shocking details…"), which ICU
 * does not split, and photo captions without a full stop that run into the next sentence
 * ("…than a colleague The cost of divorce…", common in scraped news text).
 */
import { segmenter } from '../text/words';
import { stopWords } from './stopwords';

/** Titles and abbreviations that never end a sentence. Lowercase, without the dot. */
const TITLES = new Set(
  'mr mrs ms dr prof st sen rep gov gen lt col capt sgt jr sr mt ft rev hon mme mlle sra srta sig dott ing hr fr herr bzw ca vgl usw zb vs approx dept fig est'.split(' '),
);
/** Abbreviations that do not end a sentence before a number ("No. 1", "Jan. 5", "p. 12"). */
const NUMBERED = /^(?:no|nr|nos|n[º°]|art|pp?|vol|ch|sec|op|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)$/;
/** Languages that write ordinals as "3." ("am 3. Mai", "den 2. januar"). */
const ORDINALS = /^(?:de|da|nb|no|fi|cs|sk|pl|hu|hr|sl|sr|et|lv|lt|is|tr)/;
/** Closers that ICU leaves at the start of the next sentence ("« Non. » Puis"); only when a space follows. */
const LEADING_CLOSERS = /^["'”’»)\]」』】〉》]+(?=\s|$)/u;
/** Openers that ICU leaves at the end of the sentence before, right after its terminator: "。「", "。（", '。"'. */
const TRAILING_OPENERS = /(?<=[.!?。！？…．])[「『（(\[【〈《“‘«„"]+$/u;
/** The characters TRAILING_OPENERS ends with: a segment that ends otherwise (most) is not searched. */
const OPENER = new Set('「『（([【〈《“‘«„"');
/** "heard.Shocking": two lowercase letters, a stop, maybe a quote, then a capitalised word (or a caption break, below). */
const GLUED = /\n|(?<=\p{Ll}\p{Ll}[.!?]["'”’]?)(?=\p{Lu}\p{Ll})/u;
/** A word ending in a lowercase letter or digit, a space, a capitalised word not before a number ("world No 4"). */
const CAPTION = /(?<=\s([\p{Ll}\d]\S*[\p{Ll}\d%)]) )(A|\p{Lu}\p{Ll}+)(?= \D)/gu;
/** English articles, and the capitalised word after one that makes it part of a name. */
const ARTICLE = /^(?:The|A|An)$/;
const NAME_NEXT = / \p{Lu}/uy;
/** Whether a capitalised word follows `at` (a sticky test: no copy of the rest of the text per match). */
const nameNext = (text: string, at: number): boolean => ((NAME_NEXT.lastIndex = at), NAME_NEXT.test(text));

const WORD_CHAR = /^[\p{L}\p{N}.]$/u;
const WORD_START = /^[\p{L}\p{N}]/u;
const BEFORE_WORD = /^[\s("'“‘«[-]$/u;

/** The word before the final dot of `prev` and its trailing spaces ("Mr" in "He met Mr. "): what
 *  `/(?:^|[\s("'“‘«[-])([\p{L}\p{N}][\p{L}\p{N}.]*)\.\s*$/u` captures, read backwards from the end
 *  (the pattern, anchored at the end only, was tried at every position of a growing sentence). The
 *  word is the run of letters, digits and dots before the final dot, from its start only: a
 *  character before it is no letter, digit or dot, so nowhere else can the word begin. */
export function tokenBeforeDot(prev: string): string | undefined {
  const t = prev.trimEnd();
  const dot = t.length - 1;
  if (t[dot] !== '.') return undefined;
  let start = dot;
  while (start > 0) {
    // (A character outside the BMP is tested whole, as the pattern's `u` flag reads it.)
    const lo = t.charCodeAt(start - 1);
    const hi = start > 1 ? t.charCodeAt(start - 2) : 0;
    const w = lo >= 0xdc00 && lo <= 0xdfff && hi >= 0xd800 && hi <= 0xdbff ? 2 : 1;
    if (!WORD_CHAR.test(t.slice(start - w, start))) break;
    start -= w;
  }
  if (start === dot || !WORD_START.test(t.slice(start))) return undefined;
  if (start > 0 && !BEFORE_WORD.test(t.slice(start - 1, start))) return undefined;
  return t.slice(start, dot);
}

function shouldJoin(prev: string, next: string, lang: string): boolean {
  const c = next.trimStart()[0];
  if (!c) return false;
  // A sentence never opens in lower case: "the 'a-ha!' moment", "'Why?' she asked", "Yahoo! said".
  if (c !== c.toUpperCase()) return true;
  // The word before the final dot of `prev` ("Mr" in "He met Mr. ").
  const tok = tokenBeforeDot(prev);
  if (!tok) return false;
  const lower = tok.toLowerCase();
  if (TITLES.has(lower) || (/\p{N}/u.test(c) && NUMBERED.test(lower))) return true;
  const word = /[\p{L}\p{N}]+/u.exec(next)?.[0] ?? '';
  // Initials, dotted acronyms and ordinals end a sentence only before a sentence-opening
  // function word: "George W. Bush" and "the U.S. Army" go on, "in the U.S. He said" does not.
  const opens = stopWords(lang).has(word.toLowerCase());
  // A lowercase letter is an initial only in abbreviations of single letters ("z. B."): the "t" of
  // "hadn't." is not one.
  if (/^\p{L}$/u.test(tok)) return word.length === 1 || (tok !== lower && !opens);
  return !opens && (/^(\p{L}\.)+\p{L}$/u.test(tok) || (/^\d\d?$/.test(tok) && ORDINALS.test(lang)));
}

/** Where ICU may end a sentence: a sentence terminator (Unicode's Sentence_Terminal, the other full
 *  stops of Sentence_Break=ATerm, and the ';' and U+037E of ICU's Greek rules) or a paragraph
 *  separator. A text with none of them is one segment in every locale (checked against ICU on every
 *  code point, between letters and at either end, for 30 locales). */
export const MAY_BREAK = /[\p{Sentence_Terminal}\u2024\uFE52\uFF0E;\u037E\n\r\u000B\u000C\u0085\u2028\u2029]/u;

/** ICU's sentence segments of a text. A text that cannot break (a heading, a caption, a list item:
 *  about a third of an article's paragraphs) is handed back whole: each `segment()` call costs the
 *  setup of an ICU iterator, the bulk of segmenting a short text. */
function sentenceSegments(text: string, lang: string): Iterable<string> {
  if (!MAY_BREAK.test(text)) return text ? [text] : [];
  return Array.from(segmenter(lang, 'sentence').segment(text), (s) => s.segment);
}

/** Split one paragraph into sentences. A paragraph with no sentence punctuation (a list item) is one sentence. */
export function splitSentences(paragraph: string, lang?: string | null, captions = false): string[] {
  const l = (lang ?? '').toLowerCase();
  const out: string[] = [];
  const stop = stopWords(l);
  const push = (s: string): void => {
    // A caption without a full stop runs into the next sentence ("…than a colleague The cost of
    // divorce…"): a capitalised function word right after a lowercase content word starts a sentence,
    // unless it is an article that begins a name ("raided restaurant The Royal China Club").
    if (captions)
      s = s.replace(CAPTION, (w, prev: string, word: string, at: number, all: string) =>
        stop.has(prev) || !stop.has(word.toLowerCase()) || word == 'Sie' || (ARTICLE.test(word) && nameNext(all, at + w.length))
          ? w
          : '\n' + w,
      );
    // (Most sentences hold no glued stop: one search, no split.)
    for (const part of GLUED.test(s) ? s.split(GLUED) : [s]) if (part.trim()) out.push(part.trim());
  };
  let cur = '';
  let carry = '';
  for (let segment of sentenceSegments(paragraph, l)) {
    // Opening quotes/brackets belong to the sentence they open ("…と述べた。「次の…": ICU keeps
    // the 「 with the sentence before when no space separates them).
    segment = carry + segment;
    carry = '';
    const openers = OPENER.has(segment[segment.length - 1]!) ? TRAILING_OPENERS.exec(segment) : null;
    // (A straight " there closes a quotation when the segment has an even number of them.)
    if (openers && openers.index > 0 && !(openers[0].includes('"') && (segment.split('"').length - 1) % 2 === 0)) {
      carry = openers[0];
      segment = segment.slice(0, openers.index);
    }
    if (cur) {
      // Closing quotes/brackets belong to the sentence they close.
      const closers = LEADING_CLOSERS.exec(segment)?.[0];
      if (closers) {
        cur += closers;
        segment = segment.slice(closers.length);
        if (!segment) continue;
      }
      if (shouldJoin(cur, segment, l)) {
        cur += segment;
        continue;
      }
      push(cur);
    }
    cur = segment;
  }
  push(cur + carry);
  return out;
}
