/**
 * Slim stop-word lists (src/summary/stopwords.ts): the most frequent function words, about 40 a
 * language. Related languages share one list (German with Dutch; French, Spanish, Italian and
 * Portuguese): a word that is a function word in one and a rare content word in another costs
 * nothing. Phrase tables (see src/phrases.ts): code-point order, no duplicates; literal lower-case
 * words, compared whole.
 */

/** English. */
export const EN: readonly string[] = [
  'a', 'about', 'after', 'also', 'an', 'and', 'are', 'as', 'at', 'be', 'been', 'but', 'by', 'can',
  'could', 'for', 'from', 'had', 'has', 'have', 'he', 'her', 'his', 'i', 'if', 'in', 'into', 'is',
  'it', 'its', 'no', 'not', 'now', 'of', 'on', 'or', 'said', 'she', 'so', 'than', 'that', 'the',
  'their', 'there', 'they', 'this', 'to', 'was', 'we', 'were', 'when', 'which', 'who', 'will',
  'with', 'would', 'you',
];

/** German and Dutch. */
export const DE_NL: readonly string[] = [
  'aan', 'aber', 'als', 'am', 'an', 'auch', 'auf', 'aus', 'bei', 'das', 'dass', 'dat', 'de', 'dem',
  'den', 'der', 'des', 'die', 'dit', 'door', 'een', 'ein', 'eine', 'einem', 'einen', 'einer', 'en',
  'er', 'es', 'für', 'haben', 'hat', 'heeft', 'het', 'hij', 'im', 'in', 'ist', 'maar', 'met',
  'mit', 'naar', 'nach', 'nicht', 'niet', 'oder', 'of', 'ook', 'op', 'sich', 'sie', 'sind', 'te',
  'tot', 'uit', 'um', 'und', 'van', 'vom', 'von', 'voor', 'war', 'werd', 'werden', 'wie', 'wird',
  'wurde', 'ze', 'zij', 'zijn', 'zu', 'zum', 'zur', 'über',
];

/** French, Spanish, Italian and Portuguese. */
export const ROMANCE: readonly string[] = [
  'a', 'al', 'ao', 'aos', 'as', 'au', 'aux', 'com', 'como', 'con', 'd', 'da', 'dal', 'das', 'de',
  'dei', 'del', 'della', 'delle', 'des', 'di', 'do', 'dos', 'du', 'e', 'el', 'ella', 'elle', 'em',
  'en', 'est', 'et', 'foi', 'fue', 'gli', 'ha', 'han', 'hanno', 'i', 'il', 'ils', 'l', 'la', 'las',
  'le', 'les', 'lo', 'los', 'ma', 'mais', 'mas', 'más', 'na', 'nel', 'nella', 'no', 'non', 'não',
  'o', 'os', 'ou', 'par', 'para', 'pas', 'pela', 'pelo', 'per', 'pero', 'più', 'por', 'pour',
  'que', 'qui', 'se', 'ses', 'son', 'sono', 'su', 'sua', 'sur', 'sus', 'tra', 'um', 'uma', 'un',
  'una', 'une', 'y', 'à', 'è', 'é',
];
