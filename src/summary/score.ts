/**
 * Explainable sentence scores. Each sentence i gets
 *   score = −log(1+i)            position: news puts the story first (Lead-3 is this term alone)
 *         + 5 · forward(i)       PacSum's directed centrality (Zheng & Lapata 2019): mean TF-IDF cosine
 *                                to the sentences after it — what later sentences elaborate is central
 *         + 1 · cos(i, title)    overlap with the headline
 *         − 1 · [fewer than 6 words]   fragments ("No wonder.") rarely carry the news
 *         − 0.5 · [opens with a quotation mark]   a quote reacts to the news rather than stating it
 * The weights are round numbers set by hand, not fitted; the eval prints them on two halves of
 * the dev set to show the gain over Lead-3 is not one lucky subset. Pairwise similarity is limited
 * to the first MAX_CANDIDATES sentences, so a book-length page costs the same as a long article.
 */
import { cosine, tfidfVectors, type Vector } from './vectors';

export const MAX_CANDIDATES = 80;

export const WEIGHTS = { position: 1, forward: 5, title: 1, short: 1, quote: 0.5 } as const;

const QUOTE_START = /^["'“‘«„‚»「『]/u;

export interface ScoredSentence {
  score: number;
  vec: Vector;
}

export function scoreSentences(sentences: string[], tokens: string[][], title: string[]): ScoredSentence[] {
  const k = sentences.length;
  const { vecs, extra } = tfidfVectors(tokens, title);
  const fwd = new Float64Array(k);
  for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) fwd[i]! += cosine(vecs[i]!, vecs[j]!);
  return sentences.map((s, i) => {
    const words = s.split(/\s+/).length;
    const score =
      -WEIGHTS.position * Math.log(1 + i) +
      (k > 1 ? (WEIGHTS.forward * fwd[i]!) / (k - 1) : 0) +
      (extra.size ? WEIGHTS.title * cosine(vecs[i]!, extra) : 0) -
      (words < 6 ? WEIGHTS.short : 0) -
      (QUOTE_START.test(s) ? WEIGHTS.quote : 0);
    return { score, vec: vecs[i]! };
  });
}
