// Does a set-level coverage objective (Lin & Bilmes 2011) pick better triples than the greedy,
// thresholded MMR? Among the 8 best-scored candidates, choose the triple maximising
//   Σ score(i) + λ · (weight of the distinct content words the triple covers) / (weight of all),
// a word weighing log(1 + the number of sentences that use it): what the article keeps returning to.
// Triples with a pair above select.ts's redundancy threshold are skipped, as there.
// λ is chosen by 5-fold CV on R-1 + R-2 + R-Lsum. Run: npx tsx scripts/summary-experiments/coverage.ts
import { splitSentences } from '../../src/summary/segment';
import { textParagraphs } from '../../src/summary/text';
import { contentWords, stopWords } from '../../src/summary/tokens';
import { scoreSentences, WEIGHTS, MAX_CANDIDATES } from '../../src/summary/score';
import { selectSentences } from '../../src/summary/select';
import { cosine } from '../../src/summary/vectors';
import { rouge, type RougeScores } from '../rouge';
import { pairs } from './lab';

const stop = stopWords('en');
const LAMBDAS = [0, 0.5, 1, 2, 3, 5, 8];
const TOP = 8;
const results: RougeScores[][] = LAMBDAS.map(() => []);
for (const p of pairs) {
  const s = textParagraphs(p.article).flatMap((x) => splitSentences(x, 'en', true)).slice(0, MAX_CANDIDATES);
  const toks = s.map((x) => contentWords(x, stop));
  const scored = scoreSentences(s, toks, [], WEIGHTS);
  const sf = new Map<string, number>();
  for (const t of toks) for (const w of new Set(t)) sf.set(w, (sf.get(w) ?? 0) + 1);
  const weight = (w: string) => Math.log(1 + (sf.get(w) ?? 0)) - Math.log(2); // a word used once weighs 0
  let total = 0;
  for (const w of sf.keys()) total += weight(w);
  total ||= 1;
  const top = scored.map((x, i) => [x.score, i] as const).sort((a, b) => b[0] - a[0]).slice(0, TOP).map(([, i]) => i);
  LAMBDAS.forEach((lambda, li) => {
    let pick: number[];
    if (lambda === 0 || s.length <= 3) pick = selectSentences(scored, 3, WEIGHTS.redundant);
    else {
      let best = -Infinity;
      pick = [];
      for (let a = 0; a < top.length; a++)
        for (let b = a + 1; b < top.length; b++)
          for (let c = b + 1; c < top.length; c++) {
            const ids = [top[a]!, top[b]!, top[c]!];
            // The same redundancy rule as select.ts: no pair above the threshold.
            if (ids.some((i, x) => ids.some((j, y) => y > x && cosine(scored[i]!.vec, scored[j]!.vec) > WEIGHTS.redundant))) continue;
            const cov = new Set(ids.flatMap((i) => toks[i]!));
            let w = 0;
            for (const x of cov) w += weight(x);
            const v = ids.reduce((acc, i) => acc + scored[i]!.score, 0) + (lambda * w) / total;
            if (v > best) { best = v; pick = ids; }
          }
      if (!pick.length) pick = selectSentences(scored, 3, WEIGHTS.redundant);
      pick.sort((x, y) => x - y);
    }
    results[li]!.push(rouge(pick.map((i) => s[i]!), p.reference));
  });
}
const mean = (xs: RougeScores[]): RougeScores => ({ r1: xs.reduce((a, x) => a + x.r1, 0) / xs.length, r2: xs.reduce((a, x) => a + x.r2, 0) / xs.length, rLsum: xs.reduce((a, x) => a + x.rLsum, 0) / xs.length });
const f = (x: number) => (100 * x).toFixed(2);
LAMBDAS.forEach((l, li) => { const m = mean(results[li]!); console.log(`λ=${l}`.padEnd(8), f(m.r1), f(m.r2), f(m.rLsum)); });
const held: RougeScores[] = [];
for (let fold = 0; fold < 5; fold++) {
  const train = pairs.map((_, i) => i).filter((i) => i % 5 !== fold);
  const test = pairs.map((_, i) => i).filter((i) => i % 5 === fold);
  const tot = (li: number) => { const m = mean(train.map((i) => results[li]![i]!)); return m.r1 + m.r2 + m.rLsum; };
  const li = LAMBDAS.map((_, i) => i).reduce((a, b) => (tot(b) > tot(a) ? b : a));
  console.log(`fold ${fold}: λ=${LAMBDAS[li]}`);
  test.forEach((i) => held.push(results[li]![i]!));
}
const m = mean(held);
console.log('CV', f(m.r1), f(m.r2), f(m.rLsum));
