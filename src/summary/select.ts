/**
 * Redundancy removal (the thresholded form of MMR, Carbonell & Goldstein 1998): take sentences by
 * score, skipping one whose TF-IDF cosine with an already chosen sentence exceeds `redundant`
 * (WEIGHTS.redundant, 0.3: a caption that repeats the lead, a second sentence restating the first;
 * in the dev articles every lead sentence above it restated an earlier one). If that leaves too
 * few, the skipped ones fill up by score. Returns indices in document order.
 */
import { cosine } from './vectors';
import type { ScoredSentence } from './score';

export function selectSentences(scored: ScoredSentence[], n: number, redundant: number): number[] {
  const order = scored.map((_, i) => i).sort((a, b) => scored[b]!.score - scored[a]!.score || a - b);
  const chosen: number[] = [];
  // First pass: skip near-duplicates of what is chosen; second pass: fill up with the skipped ones.
  for (const fill of [false, true])
    for (const i of order)
      if (chosen.length < n && !chosen.includes(i) && (fill || !chosen.some((c) => cosine(scored[i]!.vec, scored[c]!.vec) > redundant)))
        chosen.push(i);
  return chosen.sort((a, b) => a - b);
}
