/**
 * Word helpers shared by the cleaner and the summarizer: one cache of Intl.Segmenter instances,
 * the lowercase word runs used to compare texts, and a word count that works for unspaced
 * scripts too (Intl.Segmenter marks word-like segments in Chinese and Japanese, where splitting
 * on spaces counts a whole paragraph as one word).
 */
const segmenters: Record<string, Intl.Segmenter> = {};

/** A cached segmenter; a malformed language tag falls back to the default locale. */
export function segmenter(lang: string, granularity: 'word' | 'sentence'): Intl.Segmenter {
  const key = lang + granularity;
  if (!segmenters[key]) {
    try {
      segmenters[key] = new Intl.Segmenter(lang || undefined, { granularity });
    } catch {
      segmenters[key] = new Intl.Segmenter(undefined, { granularity });
    }
  }
  return segmenters[key];
}

/** The lowercase letter/digit runs of a text, in order. */
export const wordsOf = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

export function countWords(text: string): number {
  // Fast path for spaced scripts: the segmenter is ~10x slower than a regex on long text.
  if (!CJK.test(text)) return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’\-.]*/gu)?.length ?? 0;
  let n = 0;
  for (const seg of segmenter('', 'word').segment(text)) if (seg.isWordLike) n++;
  return n;
}

/** Minutes at 230 words a minute (adult silent reading of non-fiction, Brysbaert 2019: 238). At least 1. */
export function readingTimeMinutes(words: number): number {
  return Math.max(1, Math.round(words / 230));
}
