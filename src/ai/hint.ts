/**
 * The words that make a text worth classifying: AI terms in 45 languages and generator names.
 * Page side (collect.ts) uses `hint` to keep the facts small; language.ts builds its spans from
 * the same patterns, so the two never disagree about what "mentions AI". The words are tables:
 * phrases/languages/ (a file per language) and phrases/tools.ts.
 */
import { column, regex } from '../phrases';
import { TERMS } from './phrases/languages';
import { TOOLS } from './phrases/tools';

/** AI abbreviations, case-sensitive so "si"/"ia"/"Ai Weiwei" do not match; CJK neighbours allowed. */
export const ABBR = /*#__PURE__*/ regex(
  '',
  '(?<![A-Za-z0-9])(?:',
  /*#__PURE__*/ column(TERMS, 'abbreviations'),
  ')(?![A-Za-z0-9])',
);
export const AI_WORDS = /*#__PURE__*/ regex('i', /*#__PURE__*/ column(TERMS, 'ai'));
/** Generators named in credits. */
export const TOOL = /*#__PURE__*/ regex('i', TOOLS);

/** Cheap pre-check: could this text hold a disclosure at all? (Non-global patterns: `test` keeps no state.) */
export const hint = (s: string): boolean => ABBR.test(s) || AI_WORDS.test(s) || TOOL.test(s);

/** Global copies of the three patterns, for `hintedTexts`, built on first use. */
let scans: readonly RegExp[] | undefined;

/**
 * The indices (ascending) of the texts `hint` holds true for, from `joined`, their join with a line
 * feed between each two: one pass of each pattern over the join instead of a test of each text (a
 * page has thousands of text nodes, and most pages that mention AI do it in a few). Every match
 * found names the text it starts in, which `hint` then checks on its own; the pass goes on from the
 * next text. Exact as long as what a pattern matches in a text on its own it also matches at the
 * same place in the join: none of them needs the text's start or end, and what they read around a
 * match (`(?<![A-Za-z0-9])`, `\b`, `(?![\p{L}\p{N}])`) takes a line feed as they take an end (the
 * page-wide pre-check this replaces rested on the same).
 */
export function hintedTexts(texts: readonly string[], joined: string): number[] {
  scans ??= [regex('g', ABBR), regex('gi', AI_WORDS), regex('gi', TOOL)];
  const starts: number[] = [];
  let at = 0;
  for (const t of texts) {
    starts.push(at);
    at += t.length + 1;
  }
  // 0: not checked yet, 1: hinted, 2: not.
  const verdict = new Uint8Array(texts.length);
  for (const re of scans) {
    for (let i = 0; i < texts.length; ) {
      re.lastIndex = starts[i]!;
      const m = re.exec(joined);
      if (!m) break;
      // The text the match starts in (the last whose start is not past it).
      let lo = i;
      let hi = texts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= m.index) lo = mid;
        else hi = mid - 1;
      }
      verdict[lo] ||= hint(texts[lo]!) ? 1 : 2;
      i = lo + 1;
    }
  }
  const out: number[] = [];
  verdict.forEach((v, i) => v === 1 && out.push(i));
  return out;
}
