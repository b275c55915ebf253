/**
 * The languages of AI disclosures, one file each (ar.ts, de.ts …): adding a language is adding its
 * file and its line in each record below. A language lists what it has; tables shared by several
 * languages (the Romance "IA", "foto") are listed in each and merged when compiled.
 *
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are literal
 * phrases, /slashed/ ones regex fragments. Matched case-insensitively unless said otherwise; most
 * entries are stems, matched anywhere in a word ("generat" in "AI-generated").
 */
import type { Table } from '../../../phrases';
import * as ar from './ar';
import * as de from './de';
import * as en from './en';
import * as es from './es';
import * as fr from './fr';
import * as hi from './hi';
import * as id from './id';
import * as it from './it';
import * as ja from './ja';
import * as ko from './ko';
import * as nl from './nl';
import * as pl from './pl';
import * as pt from './pt';
import * as tr from './tr';
import * as zh from './zh';

/** What makes a text worth classifying (src/ai/hint.ts): it mentions AI. */
export interface Terms {
  /** AI abbreviations, case-sensitive so "si"/"ia"/"Ai Weiwei" do not match; CJK neighbours allowed. */
  readonly abbreviations?: Table;
  /** "artificial intelligence". The rest of a word is `(?:(?!stem)\S)*`, not `\S*` (`\w` likewise): it
   *  stops where the stem comes again, so a word full of stems is not read again from each (quadratic
   *  time); a match in such a word starts at its last stem. */
  readonly ai: Table;
}

/** What a disclosure says (src/ai/language.ts): word classes, not phrase lists, so unseen wording
 *  in a known language still matches. */
export interface Wordings {
  /** "the image above". */
  readonly above?: Table;
  /** Scope "all/some images", whole words… */
  readonly all?: Table;
  /** …or, in scripts without word boundaries, anywhere. */
  readonly allAnywhere?: Table;
  /** Scope "this article/page/post": the document noun next to a demonstrative… */
  readonly document?: Table;
  /** …or the whole phrase, where the demonstrative follows the noun. */
  readonly documentThis?: Table;
  /** "the following image". */
  readonly following?: Table;
  /** Image nouns: "AI image", "KI-Bild". */
  readonly image?: Table;
  /** Participles of make/create/generate; present tenses ("tools generate images") stay out. */
  readonly made?: Table;
  /** Reporting about AI images, fact-checks, detectors, explainers, ads: not a disclosure. */
  readonly news?: Table;
  /** Negation words that come before the verb (most languages), whole words… */
  readonly not?: Table;
  /** …negation after the verb (Japanese, Korean, Turkish suffixes), up to the next comma (case-sensitive)… */
  readonly notAfter?: Table;
  /** …and negations matched anywhere before the verb ("n't", "不是"). */
  readonly notAnywhere?: Table;
  /** Demonstratives ("this", "diese"), whole words… */
  readonly this?: Table;
  /** …or, in scripts without word boundaries, anywhere. */
  readonly thisAnywhere?: Table;
  /** A preposition right before a generator's name: "made with Midjourney", "via DALL-E". */
  readonly via?: Table;
  /** Text (not image) notices: the article was written or translated with AI. */
  readonly written?: Table;
}

/** Every language's terms, by language code. */
export const TERMS: Readonly<Record<string, Terms>> = {
  ar: ar.terms,
  de: de.terms,
  en: en.terms,
  es: es.terms,
  fr: fr.terms,
  hi: hi.terms,
  id: id.terms,
  it: it.terms,
  ja: ja.terms,
  ko: ko.terms,
  nl: nl.terms,
  pl: pl.terms,
  pt: pt.terms,
  tr: tr.terms,
  zh: zh.terms,
};

/** Every language's wordings, by language code. */
export const WORDINGS: Readonly<Record<string, Wordings>> = {
  ar: ar.wordings,
  de: de.wordings,
  en: en.wordings,
  es: es.wordings,
  fr: fr.wordings,
  hi: hi.wordings,
  id: id.wordings,
  it: it.wordings,
  ja: ja.wordings,
  ko: ko.wordings,
  nl: nl.wordings,
  pl: pl.wordings,
  pt: pt.wordings,
  tr: tr.wordings,
  zh: zh.wordings,
};
