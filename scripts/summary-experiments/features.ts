// Which sentence features say "this is highlight material" beyond position? For the first 10
// sentences of each dev article: each feature's rank correlation with the sentence's ROUGE-1
// precision against the highlights, within each position (so position itself explains nothing).
import { splitSentences } from '../../src/summary/segment';
import { textParagraphs } from '../../src/summary/text';
import { contentWords, stopWords } from '../../src/summary/tokens';
import { cosine, tfidfVectors } from '../../src/summary/vectors';
import { tokenize } from '../rouge';
import { pairs } from './lab';
const stop = stopWords('en');
type Row = { pos: number; gain: number; f: Record<string, number> };
const rows: Row[] = [];
for (const p of pairs) {
  const s = textParagraphs(p.article).flatMap((x) => splitSentences(x, 'en', true)).slice(0, 40);
  const toks = s.map((x) => contentWords(x, stop));
  const v = tfidfVectors(toks, []);
  const ref = new Set(tokenize(p.reference));
  const tf = new Map<string, number>();
  for (const t of toks.flat()) tf.set(t, (tf.get(t) ?? 0) + 1);
  const top = new Set([...tf].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([w]) => w));
  for (let i = 0; i < Math.min(10, s.length); i++) {
    const w = tokenize(s[i]!);
    const gain = w.length ? w.filter((x) => ref.has(x)).length / w.length : 0;
    let fwd = 0, back = 0;
    for (let j = 0; j < s.length; j++) if (j > i) fwd += cosine(v[i]!, v[j]!); else if (j < i) back += cosine(v[i]!, v[j]!);
    const words = s[i]!.split(/\s+/);
    rows.push({ pos: i, gain, f: {
      len: words.length,
      fwd: fwd / Math.max(1, s.length - i - 1),
      back: i ? back / i : 0,
      sim0: i ? cosine(v[i]!, v[0]!) : 1,
      topic: toks[i]!.filter((t) => top.has(t)).length / Math.max(1, toks[i]!.length),
      topicAbs: new Set(toks[i]!.filter((t) => top.has(t))).size,
      caps: words.slice(1).filter((x) => /^\p{Lu}/u.test(x)).length / words.length,
      digits: /\d/.test(s[i]!) ? 1 : 0,
      quoteIn: /[‘“"']\S/.test(s[i]!) ? 1 : 0,
      said: /\b(?:said|says|told|added|claimed)\b/.test(s[i]!) ? 1 : 0,
      pronoun: /^(?:He|She|It|They|This|These|His|Her|Their|But|And)\b/.test(s[i]!) ? 1 : 0,
      stopRatio: w.length ? 1 - toks[i]!.length / w.length : 0,
    } });
  }
}
const rank = (xs: number[]): number[] => { const o = xs.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0]); const r = new Array(xs.length); o.forEach(([, i], k) => (r[i] = k)); return r; };
const corr = (a: number[], b: number[]): number => { const n = a.length, ma = a.reduce((x, y) => x + y, 0) / n, mb = b.reduce((x, y) => x + y, 0) / n; let c = 0, va = 0, vb = 0; for (let i = 0; i < n; i++) { c += (a[i]! - ma) * (b[i]! - mb); va += (a[i]! - ma) ** 2; vb += (b[i]! - mb) ** 2; } return c / Math.sqrt(va * vb || 1); };
const names = Object.keys(rows[0]!.f);
console.log('feature     ' + [0, 1, 2, 3, 4, '5-9'].map((p) => String(p).padStart(7)).join('') + '   mean');
for (const n of names) {
  const cs: number[] = [];
  for (const g of [[0], [1], [2], [3], [4], [5, 6, 7, 8, 9]]) {
    const rs = rows.filter((r) => g.includes(r.pos));
    cs.push(corr(rank(rs.map((r) => r.f[n]!)), rank(rs.map((r) => r.gain))));
  }
  console.log(n.padEnd(12) + cs.map((c) => c.toFixed(2).padStart(7)).join('') + '  ' + (cs.reduce((a, b) => a + b, 0) / cs.length).toFixed(2).padStart(6));
}
for (let p = 0; p < 10; p++) { const rs = rows.filter((r) => r.pos === p); console.log('pos', p, 'mean gain', (rs.reduce((a, r) => a + r.gain, 0) / rs.length).toFixed(3)); }
