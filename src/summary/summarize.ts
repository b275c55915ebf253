/**
 * First honest summarizer: segment with Intl.Segmenter, score by position and overlap with the
 * article's frequent words, keep document order. Issue #4 replaces the scoring.
 */

export interface SummarySentence {
  text: string;
  /** Index of the paragraph (in the input array) the sentence came from. */
  paragraph: number;
}

export interface SummarizeOptions {
  sentences: number;
  lang?: string | null;
  title?: string | null;
}

export function splitSentences(paragraph: string, lang?: string | null): string[] {
  let seg: Intl.Segmenter;
  try {
    seg = new Intl.Segmenter(lang ?? undefined, { granularity: 'sentence' });
  } catch {
    seg = new Intl.Segmenter(undefined, { granularity: 'sentence' });
  }
  return Array.from(seg.segment(paragraph), (s) => s.segment.trim()).filter((s) => s.length > 0);
}

const WORD = /[\p{L}\p{N}]+/gu;

export function summarize(paragraphs: string[], opts: SummarizeOptions): SummarySentence[] {
  const all: SummarySentence[] = [];
  paragraphs.forEach((p, i) => {
    for (const s of splitSentences(p, opts.lang)) all.push({ text: s, paragraph: i });
  });
  if (all.length <= opts.sentences) return all;
  const tf = new Map<string, number>();
  const words = all.map((s) => (s.text.toLowerCase().match(WORD) ?? []).filter((w) => w.length > 3));
  for (const ws of words) for (const w of new Set(ws)) tf.set(w, (tf.get(w) ?? 0) + 1);
  const scored = all.map((s, i) => {
    const ws = words[i] ?? [];
    const centrality = ws.length ? ws.reduce((a, w) => a + Math.log(1 + (tf.get(w) ?? 0)), 0) / Math.sqrt(ws.length) : 0;
    const position = 1 / Math.sqrt(1 + i);
    return { i, score: centrality * 0.3 + position * 3 };
  });
  const keep = scored
    .sort((a, b) => b.score - a.score)
    .slice(0, opts.sentences)
    .map((s) => s.i)
    .sort((a, b) => a - b);
  return keep.map((i) => all[i]!);
}
