/**
 * Slim stop-word lists: the most frequent function words (about 40 a language), as compact
 * space-separated strings. They keep "the", "der", "le"… from dominating similarity and tell the
 * segmenter which capitalised words open a sentence ("…in the U.S. He said"). Related languages
 * share one list (German with Dutch; French, Spanish, Italian and Portuguese): a word that is a
 * function word in one and a rare content word in another costs nothing, and the long tail is
 * left to IDF, which damps any word frequent in the article. A language without a list still works.
 */
const EN =
  'a an the and or but if as at by for from in into of on to with about after than so not no is are was were be been has have had will would can could it its he she they we i you his her their this that there which who when said also now';
/** German and Dutch. */
const DE_NL =
  'der die das den dem des ein eine einer einem einen und oder aber in im an am auf aus bei mit nach von vom zu zum zur für über um als wie ist sind war wurde hat haben wird werden nicht auch es er sie sich dass de het een en of maar op aan van voor met naar uit door te tot zijn werd heeft niet ook dat dit hij zij ze';
/** French, Spanish, Italian and Portuguese. */
const ROMANCE =
  'a à al ao aos as au aux com como con d da dal das de dei del della delle des di do dos du e é è el ella elle em en est et foi fue gli ha han hanno i il ils l la las le les lo los ma mais más mas na nel nella no non não o os ou par para pas pela pelo per pero più por pour que qui se ses son sono su sua sur sus tra um uma un una une y';

const cache: Record<string, Set<string>> = {};

/** The stop words of a BCP 47 language tag ("en-GB" → English; none given → English); empty when there is no list. */
export function stopWords(lang?: string | null): Set<string> {
  const key = (lang || 'en').slice(0, 2).toLowerCase();
  return (cache[key] ??= new Set(
    (key === 'en' ? EN : /^(?:de|nl)$/.test(key) ? DE_NL : /^(?:fr|es|it|pt)$/.test(key) ? ROMANCE : '').split(' '),
  ));
}
