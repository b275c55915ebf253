/**
 * ROUGE-1, ROUGE-2 and ROUGE-Lsum F1, written to match Google's `rouge_score` package (the
 * reference reimplementation of ROUGE-1.5.5 used for CNN/DailyMail numbers):
 * - tokens: lowercase, every run of [a-z0-9] is a token, everything else separates; no stemming,
 *   no stop-word removal;
 * - ROUGE-N: clipped n-gram overlap over the whole summary;
 * - ROUGE-Lsum: summary-level LCS: for each reference sentence, the union of its LCS with every
 *   candidate sentence, each token counted at most as often as it occurs on both sides.
 * Eval-only code: not part of the extension bundle.
 */

export function tokenize(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

export interface Score {
  p: number;
  r: number;
  f: number;
}

function prf(hits: number, candLen: number, refLen: number): Score {
  const p = candLen ? hits / candLen : 0;
  const r = refLen ? hits / refLen : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

function ngramCounts(tokens: string[], n: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const k = tokens.slice(i, i + n).join(' ');
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

export function rougeN(cand: string[], ref: string[], n: number): Score {
  const c = ngramCounts(cand, n);
  const r = ngramCounts(ref, n);
  let hits = 0;
  for (const [k, v] of c) hits += Math.min(v, r.get(k) ?? 0);
  return prf(hits, Math.max(0, cand.length - n + 1), Math.max(0, ref.length - n + 1));
}

/** Indices (into `a`) of one longest common subsequence of a and b, as rouge_score backtracks it. */
function lcsIndices(a: string[], b: string[]): number[] {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const t = new Int32Array(rows * cols);
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      t[i * cols + j] =
        a[i - 1] === b[j - 1] ? t[(i - 1) * cols + j - 1]! + 1 : Math.max(t[(i - 1) * cols + j]!, t[i * cols + j - 1]!);
    }
  }
  const out: number[] = [];
  let i = a.length;
  let j = b.length;
  while (i > 0 && j > 0) {
    if (a[i - 1] === b[j - 1]) {
      out.push(i - 1);
      i--;
      j--;
    } else if (t[i * cols + j - 1]! > t[(i - 1) * cols + j]!) j--;
    else i--;
  }
  return out.reverse();
}

function counts(tokens: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of tokens) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/** Summary-level ROUGE-L ("rougeLsum"): inputs are sentence lists, each already tokenized. */
export function rougeLsum(candSents: string[][], refSents: string[][]): Score {
  const m = refSents.reduce((a, s) => a + s.length, 0);
  const n = candSents.reduce((a, s) => a + s.length, 0);
  if (!m || !n) return prf(0, n, m);
  const cntR = counts(refSents.flat());
  const cntC = counts(candSents.flat());
  let hits = 0;
  for (const r of refSents) {
    const union = new Set<number>();
    for (const c of candSents) for (const i of lcsIndices(r, c)) union.add(i);
    for (const i of [...union].sort((x, y) => x - y)) {
      const tok = r[i]!;
      if ((cntC.get(tok) ?? 0) > 0 && (cntR.get(tok) ?? 0) > 0) {
        hits++;
        cntC.set(tok, cntC.get(tok)! - 1);
        cntR.set(tok, cntR.get(tok)! - 1);
      }
    }
  }
  return prf(hits, n, m);
}

/** CNN/DM highlights are PTB-tokenized and each ends in " ."; split after that. */
export function splitReference(reference: string): string[] {
  return reference
    .split(/(?<= \.)\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export interface RougeScores {
  r1: number;
  r2: number;
  rLsum: number;
}

/** F1 of the three scores for one summary (as sentences) against one reference (as a string). */
export function rouge(summary: string[], reference: string): RougeScores {
  const refSents = splitReference(reference).map(tokenize);
  const candSents = summary.map(tokenize);
  const cand = candSents.flat();
  const ref = refSents.flat();
  return {
    r1: rougeN(cand, ref, 1).f,
    r2: rougeN(cand, ref, 2).f,
    rLsum: rougeLsum(candSents, refSents).f,
  };
}
