/**
 * Slim stop-word lists: the most frequent function words (about 40 a language), tables in
 * phrases/stopwords.ts. They keep "the", "der", "le"… from dominating similarity and tell the
 * segmenter which capitalised words open a sentence ("…in the U.S. He said"). Related languages
 * share one list (German with Dutch; French, Spanish, Italian and Portuguese): a word that is a
 * function word in one and a rare content word in another costs nothing, and the long tail is
 * left to IDF, which damps any word frequent in the article. A language without a list still works.
 */
import { DE_NL, EN, ROMANCE } from './phrases/stopwords';

const cache: Record<string, Set<string>> = {};

/** The stop words of a BCP 47 language tag ("en-GB" → English; none given → English); empty when there is no list. */
export function stopWords(lang?: string | null): Set<string> {
  const key = (lang || 'en').slice(0, 2).toLowerCase();
  // (No list: the set of the empty word, as splitting an empty list gave.)
  return (cache[key] ??= new Set(key === 'en' ? EN : /^(?:de|nl)$/.test(key) ? DE_NL : /^(?:fr|es|it|pt)$/.test(key) ? ROMANCE : ['']));
}
