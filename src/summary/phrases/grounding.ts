/**
 * Words the grounding check (src/summary/grounding.ts) reads numbers and negations by. Phrase tables
 * (see src/phrases.ts): code-point order, no duplicates; lower case, compared whole.
 */

/** Number words, by value: a bullet's "three" is the article's "3". Only the words a summary uses for
 *  counts (two to twelve, the tens); "one" is left out, as it is far more often a pronoun. */
export const NUMBER_WORDS: Readonly<Record<string, readonly string[]>> = {
  '02 two': ['deux', 'dois', 'dos', 'drei', 'duas', 'due', 'twee', 'two', 'zwei', 'два', 'две'],
  '03 three': ['drie', 'three', 'tre', 'tres', 'trois', 'três', 'три'],
  '04 four': ['cuatro', 'four', 'quatre', 'quatro', 'quattro', 'vier', 'четыре'],
  '05 five': ['cinco', 'cinq', 'cinque', 'five', 'fünf', 'vijf', 'пять'],
  '06 six': ['sechs', 'sei', 'seis', 'six', 'zes', 'шесть'],
  '07 seven': ['sept', 'sete', 'sette', 'seven', 'sieben', 'siete', 'zeven', 'семь'],
  '08 eight': ['acht', 'eight', 'huit', 'ocho', 'oito', 'otto', 'восемь'],
  '09 nine': ['negen', 'neuf', 'neun', 'nine', 'nove', 'nueve', 'девять'],
  '10 ten': ['dez', 'dieci', 'diez', 'dix', 'ten', 'tien', 'zehn', 'десять'],
  '11 eleven': ['eleven', 'elf', 'elva', 'once', 'onze', 'undici', 'одиннадцать'],
  '12 twelve': ['doce', 'dodici', 'douze', 'doze', 'dozen', 'twaalf', 'twelve', 'zwölf', 'двенадцать'],
  '20 twenty': ['twenty', 'twintig', 'veinte', 'venti', 'vingt', 'vinte', 'zwanzig', 'двадцать'],
  '30 thirty': ['dertig', 'dreißig', 'thirty', 'treinta', 'trenta', 'trente', 'trinta', 'тридцать'],
  '40 forty': ['cuarenta', 'forty', 'quaranta', 'quarante', 'quarenta', 'veertig', 'vierzig', 'сорок'],
  '50 fifty': ['cincuenta', 'cinquanta', 'cinquante', 'fifty', 'fünfzig', 'vijftig', 'пятьдесят'],
};

/** Multipliers written after a number: "1.2 million", "$5bn", "3,5 Milliarden". */
export const SCALES: Readonly<Record<string, readonly string[]>> = {
  '1e12': ['billionen', 'tn', 'trillion', 'trillions', 'трлн'],
  '1e3': ['k', 'mil', 'mille', 'tausend', 'thousand', 'тыс', 'тысяч', 'тысячи'],
  '1e6': ['m', 'milioni', 'miljoen', 'million', 'millionen', 'millions', 'millones', 'mio', 'mln', 'mn', 'млн'],
  '1e9': ['b', 'billion', 'billions', 'bn', 'md', 'mds', 'miliardi', 'miljard', 'milliard', 'milliarden', 'milliards', 'mrd', 'млрд'],
};

/** Words that turn a statement around ("did not", "never", "no longer"), by language. A bullet whose
 *  closest sentence of the article says the opposite is not supported. */
export const NEGATIONS: Readonly<Record<string, readonly string[]>> = {
  de: ['kein', 'keine', 'keinen', 'keiner', 'nicht', 'nie', 'niemals', 'niemand'],
  en: ['cannot', 'neither', 'never', 'no', 'nobody', 'none', 'nor', 'not', 'nothing'],
  es: ['jamás', 'ni', 'ninguna', 'ninguno', 'ningún', 'no', 'nunca'],
  fr: ['aucun', 'aucune', 'jamais', 'ne', 'pas', 'personne', 'rien'],
  it: ['mai', 'nessun', 'nessuna', 'nessuno', 'non'],
  nl: ['geen', 'niet', 'nooit'],
  pt: ['jamais', 'nada', 'nenhum', 'nenhuma', 'nunca', 'não'],
  ru: ['не', 'нет', 'ни', 'никогда'],
};

/** Words that deny what follows as surely as "not" ("denied taking", "refused to sign", "without
 *  paying"): a predicate right after one of them is negated. */
export const DENIALS: Readonly<Record<string, readonly string[]>> = {
  de: ['abgelehnt', 'bestreitet', 'bestritt', 'lehnte', 'ohne', 'verweigerte'],
  en: ['declined', 'declines', 'denied', 'denies', 'deny', 'denying', 'failed', 'fails', 'refused', 'refuses', 'unable', 'without'],
  es: ['negó', 'niega', 'rechazó', 'sin'],
  fr: ['nie', 'nié', 'refuse', 'refusé', 'sans'],
  it: ['nega', 'negato', 'rifiutato', 'senza'],
  nl: ['ontkende', 'weigerde', 'zonder'],
  pt: ['negou', 'recusou', 'sem'],
  ru: ['без', 'отказался', 'отрицает'],
};

/** Words between a negation and the word it turns around ("has not yet been charged", "did not
 *  even try"): skipped to find that word. */
export const AUXILIARIES: Readonly<Record<string, readonly string[]>> = {
  en: [
    'a', 'already', 'always', 'an', 'any', 'be', 'been', 'being', 'currently', 'did', 'do', 'does', 'even', 'ever', 'get', 'got', 'have', 'just', 'longer', 'now', 'only', 'really', 'since', 'so', 'still', 'the', 'to', 'too', 'very', 'yet',
  ],
};
