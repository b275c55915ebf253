// Listwise learning of a linear sentence score: a summary (3 of the first K sentences) scores the
// sum of its sentences' scores; maximize the expected ROUGE (R-1+R-2+R-Lsum) under a softmax over
// all such summaries, with L2 on standardized weights. Nested 5-fold CV (fold = i mod 5) picks λ.
import { splitSentences } from '../../src/summary/segment';
import { loadDocs, evalPolicy, lead, fmt, splitCaptions, score, topN, mean, type Doc } from './lab';

const K = +(process.env.K ?? 5);
const FEATS = (process.env.FEATS ?? 'logpos,fwd,logw,nopunct,quote,question,maxPrev,pron').split(',');
const TEMP = +(process.env.TEMP ?? 0.02);
const docs = loadDocs(process.env.NOCAP ? undefined : (p) => splitSentences(p, 'en').flatMap(splitCaptions));
const idx = docs.map((_, i) => i);

const triples = (k: number) => {
  const out: number[][] = [];
  for (let a = 0; a < k; a++) for (let b = a + 1; b < k; b++) for (let c = b + 1; c < k; c++) out.push([a, b, c]);
  return out;
};
// standardization over candidate sentences
const allF = docs.flatMap((d) => d.f.slice(0, K));
const mu = FEATS.map((n) => allF.reduce((a, f) => a + f[n]!, 0) / allF.length);
const sd = FEATS.map((n, q) => Math.sqrt(allF.reduce((a, f) => a + (f[n]! - mu[q]!) ** 2, 0) / allF.length) || 1);
const X = docs.map((d) => d.f.slice(0, K).map((f) => FEATS.map((n, q) => (f[n]! - mu[q]!) / sd[q]!)));
const PRIOR = +(process.env.PRIOR ?? 0.05);
const B = docs.map((d) => d.f.slice(0, K).map((f) => -PRIOR * f.pos!));
const T = docs.map((d) => triples(Math.min(K, d.s.length)));
const R = docs.map((d, i) => T[i]!.map((t) => { const r = score(d, t); return (r.r1 + r.r2 + r.rLsum) / 3; }));

function fit(train: number[], lambda: number, iters = 300, lr = 0.5): number[] {
  const p = FEATS.length;
  let w = new Array(p).fill(0);
  for (let it = 0; it < iters; it++) {
    const g = w.map((x) => -2 * lambda * x);
    for (const i of train) {
      const x = X[i]!, ts = T[i]!, rs = R[i]!;
      if (!ts.length) continue;
      const s = x.map((v, k) => B[i]![k]! + v.reduce((a, z, q) => a + z * w[q]!, 0));
      const ss = ts.map((t) => (s[t[0]!]! + s[t[1]!]! + s[t[2]!]!) / TEMP);
      const mx = Math.max(...ss);
      const e = ss.map((z) => Math.exp(z - mx));
      const Z = e.reduce((a, z) => a + z, 0);
      const P = e.map((z) => z / Z);
      const ER = P.reduce((a, pz, j) => a + pz * rs[j]!, 0);
      // d ER / d w = Σ_T P_T (R_T − ER) φ_T / TEMP
      ts.forEach((t, j) => {
        const c = (P[j]! * (rs[j]! - ER)) / TEMP / train.length;
        for (const k of t) for (let q = 0; q < p; q++) g[q]! += c * x[k]![q]!;
      });
    }
    w = w.map((x, q) => x + lr * g[q]!);
  }
  return w;
}
const pol = (w: number[]) => (d: Doc) => {
  const i = docs.indexOf(d);
  return topN(X[i]!.map((x, k) => B[i]![k]! + x.reduce((a, z, q) => a + z * w[q]!, 0)));
};
const lambdas = (process.env.LAMBDAS ?? '0.001,0.01,0.1,1').split(',').map(Number);
console.log('features', FEATS.join(','), 'K', K, 'temp', TEMP, 'prior', PRIOR);
console.log('lead3        ', fmt(evalPolicy(docs, lead)));
for (const l of lambdas) {
  const w = fit(idx, l);
  console.log(`all λ=${l}`.padEnd(14), fmt(evalPolicy(docs, pol(w))), w.map((x) => x.toFixed(3)).join(' '));
}
const held: any[] = [];
for (let f = 0; f < 5; f++) {
  const tr = idx.filter((i) => i % 5 !== f), te = idx.filter((i) => i % 5 === f);
  let best = lambdas[0]!, bv = -1;
  for (const l of lambdas) {
    const inner: any[] = [];
    for (let g = 0; g < 4; g++) {
      const itr = tr.filter((_, j) => j % 4 !== g), ite = tr.filter((_, j) => j % 4 === g);
      const w = fit(itr, l);
      ite.forEach((i) => inner.push(score(docs[i]!, pol(w)(docs[i]!))));
    }
    const m = mean(inner); const v = m.r1 + m.r2 + m.rLsum;
    if (v > bv) { bv = v; best = l; }
  }
  const w = fit(tr, best);
  const r = te.map((i) => score(docs[i]!, pol(w)(docs[i]!)));
  held.push(...r);
  console.log(`fold ${f} λ=${best}`, fmt(mean(r)), 'lead', fmt(mean(te.map((i) => score(docs[i]!, lead(docs[i]!))))), w.map((x) => x.toFixed(2)).join(' '));
}
console.log('nested CV    ', fmt(mean(held)));
