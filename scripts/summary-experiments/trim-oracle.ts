// Upper bound for clause trimming: each picked sentence may be cut at a clause boundary (keep a
// prefix ending before ", " / " - " / "; " / " who|which|after|as|while|when|but|and "); choose cuts greedily by R-1 F1.
import { summarizeText } from '../../src/summary/text';
import { rouge } from '../rouge';
import { pairs, mean, fmt } from './lab';
const picks = pairs.map((p) => summarizeText(p.article, { sentences: 3, lang: 'en' }).map((s) => s.text));
const BOUND = /(?=, | [-–—] |; | (?:who|which|after|as|while|when|but|and|with|because|before|since) )/gu;
const prefixes = (s: string): string[] => {
  const out = [s];
  for (const m of s.matchAll(BOUND)) if (m.index! > 30) out.push(s.slice(0, m.index) + '.');
  return out;
};
const res = picks.map((ps, i) => {
  const ref = pairs[i]!.reference;
  const cur = [...ps];
  for (let k = 0; k < cur.length; k++) {
    let best = cur[k]!, bs = rouge(cur, ref).r1;
    for (const pre of prefixes(ps[k]!)) { const t = [...cur]; t[k] = pre; const r = rouge(t, ref).r1; if (r > bs) { bs = r; best = pre; } }
    cur[k] = best;
  }
  return { r: rouge(cur, ref), w: cur.join(' ').split(/\s+/).length };
});
console.log('picks      ', fmt(mean(picks.map((ps, i) => rouge(ps, pairs[i]!.reference)))));
console.log('trim oracle', fmt(mean(res.map((x) => x.r))), 'words', (res.reduce((a, x) => a + x.w, 0) / res.length).toFixed(1));
