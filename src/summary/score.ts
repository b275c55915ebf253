/**
 * Explainable sentence scores. Each sentence i gets
 *   score = −position · log(1+i)      news puts the story first (Lead-3 is this term alone)
 *         + forward · fwd(i)          PacSum's directed centrality (Zheng & Lapata 2019): mean TF-IDF
 *                                     cosine to the sentences after it — what later text elaborates is central
 *         + title · cos(i, title)     overlap with the headline
 *         − short · [fewer than 6 words]     fragments ("No wonder.") rarely carry the news
 *         − quote · [opens with a quotation mark]   a quote reacts to the news rather than stating it
 *         − question · [ends with "?"]       a question asks, it does not report (a teaser or a quote)
 *         − caption · [no closing . ! or …]  a caption, heading or list item, not a sentence of the story;
 *                                     under four words, set as a heading or table cell on the page, or in
 *                                     title case, it is a label ("Docs", "A trademark battle in the Arduino
 *                                     community", "Vidyard Launches New Tools") and comes last
 *         − FRAGMENT when it starts or ends inside a quotation (quotes.ts), or is a promo, caption or
 *                                     breadcrumb (summarize.ts): it comes last
 *         − long · log(words / 25), past 25 words   of two sentences that say as much, the shorter makes the
 *                                     better bullet (human highlights are terser than the lead)
 * `redundant` is the cosine above which select.ts treats a sentence as a near-duplicate.
 * The weights are round numbers set by hand; the eval's 5-fold table shows the margin over Lead-3
 * per fold, and its cross-validation what tuning position, forward, caption and redundancy on this
 * set would give on articles it did not see. Scoring is limited to the first MAX_CANDIDATES
 * sentences, so a book-length page costs what a long article does.
 */
import { regex } from '../phrases';
import { countWords, UNSPACED } from '../text/words';
import { spacedWords } from '../util';
import { cosine, tfidfVectors, type Vector } from './vectors';

/** 40: on the dev set 40, 50 and 80 give identical summaries (news puts its story first), and every
 *  candidate costs segmentation, tokens and a vector on every page. */
export const MAX_CANDIDATES = 40;

/** How a sentence ends, closing quotes and brackets aside. */
const CLOSERS = `["'“”’»)\\]」』】〉》]*$`;
const QUESTION_END = regex('u', '[?？]', CLOSERS);
const STATEMENT_END = regex('u', '[.!…。！]', CLOSERS);

/** A headline set as a line of its own: every word of four letters or more capitalised ("Vidyard
 *  Launches New Tools and Features for Businesses"). German capitalises nouns, not verbs. */
function titleCased(s: string): boolean {
  const long = s.match(/[\p{L}'’-]{4,}/gu) ?? [];
  return long.length >= 3 && long.every((w) => /^\p{Lu}/u.test(w));
}

/** Below every real sentence: a label is a bullet only when the page has nothing else to offer. */
const FRAGMENT = 100;

export const WEIGHTS = { position: 1, forward: 5, title: 1, short: 1, quote: 0.5, question: 1, caption: 1, redundant: 0.3, long: 1 };
export type Weights = typeof WEIGHTS;

export interface ScoredSentence {
  score: number;
  vec: Vector;
  /** A label or the headline again: a bullet only when the story's sentences, redundant ones
   *  included, run out. */
  label?: boolean;
}

/** `label[i]`: sentence i is a label (see labelSentence: summarize.ts has told them apart already); told
 *  apart here when not given. */
export function scoreSentences(
  sentences: string[],
  tokens: string[][],
  title: string[],
  w: Weights,
  label: boolean[] = [],
  /** `open[i]`: sentence i starts or ends inside a quotation (quotes.ts), or is page furniture: a
   *  bullet only when nothing else is left. */
  open: boolean[] = [],
): ScoredSentence[] {
  const k = sentences.length;
  const vecs = tfidfVectors(tokens, title);
  // Σ_{j>i} cos(v_i, v_j) = v_i · Σ_{j>i} v_j (the vectors are normalised): one backward pass with a
  // running sum instead of every pair.
  const fwds = new Array<number>(k);
  const after: Vector = new Map();
  for (let i = k - 1; i >= 0; i--) {
    fwds[i] = cosine(vecs[i]!, after);
    for (const [t, x] of vecs[i]!) after.set(t, (after.get(t) ?? 0) + x);
  }
  const words = sentences.map(wordCount);
  // A sentence's position counts the story's sentences before it, not the labels (an infobox's forty
  // cells before a Wikipedia article's first sentence).
  let rank = 0;
  return sentences.map((s, i) => {
    const fwd = fwds[i]!;
    const titleCos = cosine(vecs[i]!, vecs[k]!);
    // The headline itself (in a selection or scraped text): the popup shows it right above the bullets.
    const question = QUESTION_END.test(s);
    const statement = STATEMENT_END.test(s);
    if (titleCos > 0.9 && !question && !statement) return { score: -FRAGMENT, vec: vecs[i]!, label: true };
    const fragment = label[i] ?? isLabel(s, words[i]!, false);
    if (open[i]) return { score: -FRAGMENT - Math.log(1 + rank++), vec: vecs[i]!, label: true };
    return {
      score:
        (w.forward * fwd) / (k - 1 || 1) -
        w.position * Math.log(1 + (fragment ? rank : rank++)) +
        w.title * titleCos -
        (words[i]! < 6 ? w.short : 0) -
        (/^["'“‘«„‚»「『]/u.test(s) ? w.quote : 0) -
        (question ? w.question : statement ? 0 : fragment ? FRAGMENT : w.caption) -
        w.long * Math.max(0, Math.log(words[i]! / 25)),
      vec: vecs[i]!,
      label: fragment && !question && !statement,
    };
  });
}

/** Words as a reader counts them (Chinese and Japanese have no spaces to split on: estimated). */
const wordCount = (s: string): number => (UNSPACED.test(s) ? countWords(s, true) : spacedWords(s));

/** A label, not a sentence of the story: no sentence end, and under four words, set as a heading, table
 *  cell or link on the page (`label`), or in title case. */
function isLabel(s: string, words: number, label: boolean): boolean {
  return !STATEMENT_END.test(s) && !QUESTION_END.test(s) && (words < 4 || label || titleCased(s));
}

/** Whether a candidate is a label (see isLabel): summarize.ts counts the story's sentences without them. */
export const labelSentence = (s: string, label: boolean): boolean => isLabel(s, wordCount(s), label);
