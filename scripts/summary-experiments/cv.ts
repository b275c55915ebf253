// 5-fold CV (fold = i mod 5) of the real summarizer over a weight grid given as JSON on argv:
//   tsx cv.ts '{"position":[0.75,1],"redundant":[0.3,0.5]}'
// For each fold the grid point with the best mean R-1+R-2+R-Lsum on the other four folds is
// scored on the fold. Prints the in-sample best, the CV mean and Lead-3 on the same splitter.
import { summarizeText } from '../../src/summary/text';
import { WEIGHTS, type Weights } from '../../src/summary/score';
import { rouge, type RougeScores } from '../rouge';
import { pairs, mean, fmt, loadDocs, score, lead } from './lab';

const spec = JSON.parse(process.argv[2] ?? '{}') as Record<string, number[]>;
let grid: Weights[] = [{ ...WEIGHTS }];
for (const [k, vs] of Object.entries(spec)) grid = grid.flatMap((w) => vs.map((v) => ({ ...w, [k]: v })));
const S = grid.map((w) => pairs.map((p) => rouge(summarizeText(p.article, { sentences: 3, lang: 'en', weights: w }).map((s) => s.text), p.reference)));
const tot = (m: RougeScores) => m.r1 + m.r2 + m.rLsum;
const docs = loadDocs();
const L = docs.map((d) => score(d, lead(d)));
const idx = pairs.map((_, i) => i);
let bestAll = 0;
S.forEach((s, g) => { if (tot(mean(s)) > tot(mean(S[bestAll]!))) bestAll = g; });
const show = (w: Weights) => Object.keys(spec).map((k) => `${k}=${(w as any)[k]}`).join(' ');
console.log(`grid ${grid.length}; in-sample best ${show(grid[bestAll]!)}: ${fmt(mean(S[bestAll]!))}; built-in: ${fmt(mean(S[0]!))} (${show(grid[0]!)})`);
const held: RougeScores[] = [];
for (let f = 0; f < 5; f++) {
  const tr = idx.filter((i) => i % 5 !== f), te = idx.filter((i) => i % 5 === f);
  let b = 0;
  S.forEach((s, g) => { if (tot(mean(tr.map((i) => s[i]!))) > tot(mean(tr.map((i) => S[b]![i]!)))) b = g; });
  te.forEach((i) => held.push(S[b]![i]!));
  console.log(`fold ${f} ${show(grid[b]!).padEnd(40)} ${fmt(mean(te.map((i) => S[b]![i]!)))}  lead ${fmt(mean(te.map((i) => L[i]!)))}`);
}
const cv = mean(held), l = mean(L);
console.log(`CV ${fmt(cv)}  Lead-3 ${fmt(l)}  Δ ${(100 * (cv.r1 - l.r1)).toFixed(2)} ${(100 * (cv.r2 - l.r2)).toFixed(2)} ${(100 * (cv.rLsum - l.rLsum)).toFixed(2)}`);
