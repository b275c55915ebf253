/**
 * Redundancy removal (the thresholded form of MMR, Carbonell & Goldstein 1998): take sentences by
 * score, skipping one whose TF-IDF cosine with an already chosen sentence exceeds `redundant`
 * (WEIGHTS.redundant, 0.3: a caption that repeats the lead, a second sentence restating the first;
 * in the dev articles every lead sentence above it restated an earlier one). Labels wait too. If that
 * leaves too few, the skipped ones fill up by score. Returns indices in document order.
 */
import { cosine } from './vectors';
import type { ScoredSentence } from './score';

/** The cosine of two sentences with the same content words. */
const SAME = 0.999;

export function selectSentences(scored: ScoredSentence[], n: number, redundant: number): number[] {
  const order = scored.map((_, i) => i).sort((a, b) => scored[b]!.score - scored[a]!.score || a - b);
  const chosen: number[] = [];
  // First pass: skip near-duplicates of what is chosen, and labels; second pass: fill up with the
  // skipped ones by score (a label scores below every sentence), but never with a copy of a bullet (a
  // page that prints a paragraph twice): fewer bullets rather than the same one again.
  for (const fill of [false, true]) {
    const limit = fill ? SAME : redundant;
    for (const i of order)
      if (chosen.length < n && !chosen.includes(i) && (fill || !scored[i]!.label) && !chosen.some((c) => cosine(scored[i]!.vec, scored[c]!.vec) > limit))
        chosen.push(i);
  }
  return chosen.sort((a, b) => a - b);
}
