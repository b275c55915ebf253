/**
 * Content words of a sentence for similarity: lowercase letter/digit runs without stop words.
 * Unspaced scripts (Chinese, Japanese, Thai…) have no word breaks to split on, so their runs
 * become character bigrams, the usual cheap stand-in for words there.
 */
import { wordsOf } from '../text/words';
export { stopWords } from './stopwords';

const UNSPACED = /[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;

export function contentWords(sentence: string, stop: Set<string>): string[] {
  const out: string[] = [];
  for (const w of wordsOf(sentence)) {
    if (UNSPACED.test(w)) {
      for (let i = 0; i + 1 < w.length; i++) out.push(w.slice(i, i + 2));
      if (w.length === 1) out.push(w);
    } else if (!stop.has(w) && (w.length > 1 || /\d/.test(w))) out.push(w);
  }
  return out;
}
