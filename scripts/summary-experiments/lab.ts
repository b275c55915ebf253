// Experiment harness: sentences + features for the first K sentences of each dev article, a ROUGE
// cache keyed by chosen indices, and helpers for policies and k-fold CV.
import { readFileSync } from 'node:fs';
import { splitSentences } from '../../src/summary/segment';
import { textParagraphs } from '../../src/summary/text';
import { contentWords, stopWords } from '../../src/summary/tokens';
import { cosine, tfidfVectors } from '../../src/summary/vectors';
import { rouge, type RougeScores } from '../rouge';
import { corpusPath } from '../corpus';

export const pairs: { id: string; article: string; reference: string }[] = readFileSync(
  process.env.NUTSHELL_CORPUS_SUMMARIES ?? corpusPath('summaries/dev.jsonl'),
  'utf8',
)
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));

const CAP = /(?<=[\p{Ll}\d%)'’] )(?<!\b(?:a|an|the|of|to|by|at|for|with|from|in|on|and|or|that|as|but|said|says|told|named|until) )(?=(?:The|A|An|He|She|It|They|His|Her|This|But|In|After|When) )/u;
export const splitCaptions = (s: string): string[] => s.replace(/^Scroll down for video /, '').split(CAP);

export interface Doc {
  id: string;
  ref: string;
  s: string[];
  f: Record<string, number>[];
}

export function loadDocs(split: (p: string) => string[] = (p) => splitSentences(p, 'en'), K = 80): Doc[] {
  const stop = stopWords('en');
  return pairs.map((p) => {
    const s = textParagraphs(p.article).flatMap(split).slice(0, K);
    const toks = s.map((x) => contentWords(x, stop));
    const vecs = tfidfVectors(toks, []);
    const k = s.length;
    const f = s.map((x, i) => {
      let fwd = 0, all = 0, back = 0;
      for (let j = 0; j < k; j++) if (j !== i) { const c = cosine(vecs[i]!, vecs[j]!); all += c; if (j > i) fwd += c; else back += c; }
      const words = x.split(/\s+/).length;
      let maxPrev = 0;
      for (let j = 0; j < i; j++) maxPrev = Math.max(maxPrev, cosine(vecs[i]!, vecs[j]!));
      return {
        pos: i,
        logpos: Math.log(1 + i),
        words,
        logw: Math.log(words),
        fwd: fwd / (k - 1 || 1),
        all: all / (k - 1 || 1),
        sim0: i ? cosine(vecs[i]!, vecs[0]!) : 1,
        maxPrev,
        quote: /^["'“‘«„‚»]/u.test(x) ? 1 : 0,
        question: /[?？][“”"'’»)]*$/u.test(x) ? 1 : 0,
        short: words < 6 ? 1 : 0,
        nopunct: /[.!?…]["'”’»)\]]*$/u.test(x) ? 0 : 1,
        pron: /^(?:He|She|It|They|This|These|But|And|However|That|His|Her|Their)\b/.test(x) ? 1 : 0,
        ntoks: toks[i]!.length,
      };
    });
    return { id: p.id, ref: p.reference, s, f };
  });
}

const cache = new Map<string, RougeScores>();
export function score(d: Doc, idx: number[]): RougeScores {
  const key = d.id + d.s.length + ':' + idx.join(',');
  let r = cache.get(key);
  if (!r) cache.set(key, (r = rouge(idx.map((i) => d.s[i]!), d.ref)));
  return r;
}
export const mean = (xs: RougeScores[]): RougeScores => ({
  r1: xs.reduce((a, x) => a + x.r1, 0) / xs.length,
  r2: xs.reduce((a, x) => a + x.r2, 0) / xs.length,
  rLsum: xs.reduce((a, x) => a + x.rLsum, 0) / xs.length,
});
export const fmt = (m: RougeScores) => [m.r1, m.r2, m.rLsum].map((x) => (100 * x).toFixed(2).padStart(6)).join(' ');
export const evalPolicy = (docs: Doc[], pol: (d: Doc) => number[]) => mean(docs.map((d) => score(d, pol(d))));
export const lead = (d: Doc) => d.s.slice(0, 3).map((_, i) => i);
/** Top-n by a score, document order. */
export const topN = (sc: number[], n = 3) => sc.map((v, i) => [v, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]).slice(0, n).map(([, i]) => i).sort((a, b) => a - b);
