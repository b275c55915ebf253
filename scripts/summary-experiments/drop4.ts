// Of the first four sentences, which one to drop? Oracle vs simple rules.
import { splitSentences } from '../../src/summary/segment';
import { textParagraphs } from '../../src/summary/text';
import { contentWords, stopWords } from '../../src/summary/tokens';
import { cosine, tfidfVectors } from '../../src/summary/vectors';
import { rouge } from '../rouge';
import { pairs, mean, fmt } from './lab';
const stop = stopWords('en');
const docs = pairs.map((p) => {
  const s = textParagraphs(p.article).flatMap((x) => splitSentences(x, 'en', true));
  const v = tfidfVectors(s.map((x) => contentWords(x, stop)), []);
  return { s, v, ref: p.reference };
});
const W = (x: string) => x.split(/\s+/).length;
const pol: Record<string, (d: (typeof docs)[0]) => number> = {
  lead3: () => 3,
  oracle: (d) => { let b = 3, bs = -1; for (let k = 0; k < 4; k++) { const r = rouge([0, 1, 2, 3].filter((i) => i !== k).map((i) => d.s[i]!), d.ref).r1; if (r > bs) { bs = r; b = k; } } return b; },
  longest: (d) => { let b = 0; for (let k = 1; k < 4; k++) if (W(d.s[k]!) > W(d.s[b]!)) b = k; return b; },
  shortest: (d) => { let b = 0; for (let k = 1; k < 4; k++) if (W(d.s[k]!) < W(d.s[b]!)) b = k; return b; },
  redundant: (d) => { let b = 3, bs = -1; for (let k = 1; k < 4; k++) { const r = Math.max(...[0, 1, 2, 3].filter((i) => i < k).map((i) => cosine(d.v[k]!, d.v[i]!))); if (r > bs) { bs = r; b = k; } } return b; },
  leastcentral: (d) => { let b = 3, bs = 1e9; for (let k = 0; k < 4; k++) { let c = 0; for (let j = 0; j < d.s.length; j++) if (j !== k) c += cosine(d.v[k]!, d.v[j]!); c -= 0.0 * k; if (c < bs) { bs = c; b = k; } } return b; },
};
const hist: Record<string, number[]> = {};
for (const [n, f] of Object.entries(pol)) {
  hist[n] = [0, 0, 0, 0];
  const sc = docs.map((d) => { const k = d.s.length < 4 ? 3 : f(d); hist[n]![k]!++; return rouge([0, 1, 2, 3].filter((i) => i !== k && i < d.s.length).map((i) => d.s[i]!), d.ref); });
  console.log(n.padEnd(13), fmt(mean(sc)), 'dropped', hist[n]!.join(' '));
}
