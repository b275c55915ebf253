// Oracle and per-position statistics on the dev set: how much headroom is in choosing among the lead.
import { splitSentences } from '../../src/summary/segment';
import { textParagraphs } from '../../src/summary/text';
import { rouge } from '../rouge';
import { pairs } from './lab';
const docs = pairs.map((p) => ({ s: textParagraphs(p.article).flatMap((x) => splitSentences(x, 'en')), ref: p.reference as string }));
const m = (f: (d: (typeof docs)[0]) => number) => (100 * docs.reduce((a, d) => a + f(d), 0)) / docs.length;
const combos = (k: number, n: number): number[][] => {
  const out: number[][] = [];
  const rec = (start: number, cur: number[]) => {
    if (cur.length === n) return void out.push(cur);
    for (let i = start; i < k; i++) rec(i + 1, [...cur, i]);
  };
  rec(0, []);
  return out;
};
for (const K of [3, 4, 5, 6, 8]) {
  const r = m((d) => Math.max(...combos(Math.min(K, d.s.length), Math.min(3, d.s.length)).map((c) => rouge(c.map((i) => d.s[i]!), d.ref).r1)));
  console.log(`oracle 3 of first ${K}: R-1 ${r.toFixed(2)}`);
}
// fixed subsets
for (const c of [[0, 1, 2], [0, 1, 3], [0, 2, 3], [1, 2, 3], [0, 1], [0], [0, 1, 2, 3], [0, 1, 4], [0, 2, 4]]) {
  const r = docs.map((d) => rouge(c.filter((i) => i < d.s.length).map((i) => d.s[i]!), d.ref));
  console.log(c.join(','), ['r1', 'r2', 'rLsum'].map((k) => ((100 * r.reduce((a, x) => a + (x as any)[k], 0)) / r.length).toFixed(2)).join(' '));
}
// word lengths
const len = (s: string) => s.split(/\s+/).length;
for (let i = 0; i < 6; i++) console.log('pos', i, 'mean words', (docs.reduce((a, d) => a + len(d.s[i] ?? ''), 0) / docs.length).toFixed(1));
console.log('ref words', (docs.reduce((a, d) => a + len(d.ref), 0) / docs.length).toFixed(1));
