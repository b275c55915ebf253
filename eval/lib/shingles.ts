/**
 * The article-extraction benchmark's metric (its public evaluate.py): a text is the multiset of its
 * 4-token shingles, tokens being `\w+` runs with case kept; precision is the share of the predicted
 * shingles found in the true text, recall the share of the true shingles found in the prediction.
 * Eval-only code.
 */
export function shingles(text: string, n = 4): Map<string, number> {
  const t = text.match(/[\p{L}\p{N}\p{M}_]+/gu) ?? [];
  const m = new Map<string, number>();
  for (let i = 0; i + n <= t.length; i++) {
    const k = t.slice(i, i + n).join(' ');
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

export function shinglePR(predicted: string, truth: string): { p: number; r: number } {
  const a = shingles(predicted);
  const b = shingles(truth);
  let shared = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of a) {
    shared += Math.min(v, b.get(k) ?? 0);
    na += v;
  }
  for (const v of b.values()) nb += v;
  return { p: na ? shared / na : 0, r: nb ? shared / nb : 0 };
}
