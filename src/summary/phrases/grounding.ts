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
