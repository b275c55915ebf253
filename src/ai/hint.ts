/**
 * The words that make a text worth classifying: AI terms in 47 languages and generator names.
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
