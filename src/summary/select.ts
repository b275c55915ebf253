/**
 * Redundancy removal (the thresholded form of MMR, Carbonell & Goldstein 1998): take sentences by
 * score, skipping one whose TF-IDF cosine with an already chosen sentence exceeds REDUNDANT (a
 * caption that repeats the lead, a quote restated). If that leaves too few, the skipped ones
 * fill up by score. Returns indices in document order.
 */
import { cosine } from './vectors';
import type { ScoredSentence } from './score';

export const REDUNDANT = 0.5;

export function selectSentences(scored: ScoredSentence[], n: number): number[] {
  const order = scored.map((_, i) => i).sort((a, b) => scored[b]!.score - scored[a]!.score || a - b);
  const chosen: number[] = [];
  const skipped: number[] = [];
  for (const i of order) {
    if (chosen.length >= n) break;
    if (chosen.some((c) => cosine(scored[i]!.vec, scored[c]!.vec) > REDUNDANT)) skipped.push(i);
    else chosen.push(i);
  }
  for (const i of skipped) {
    if (chosen.length >= n) break;
    chosen.push(i);
  }
  return chosen.sort((a, b) => a - b);
}
