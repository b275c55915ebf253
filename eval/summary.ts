/**
 * `npm run eval:summary [-- pairs.jsonl]`: ROUGE of the built-in summarizer against Lead-3 and TextRank on
 * CNN/DailyMail pairs: the file given, else $NUTSHELL_CORPUS_SUMMARIES (the file), else
 * $NUTSHELL_CORPUS/summaries/dev.jsonl, else ../shared/corpus/summaries/dev.jsonl.
 *
 * All three systems see the same sentences (splitSentences, the summarizer's own splitter) and
 * pick 3. ROUGE (eval/lib/rouge.ts): F1, tokens = lowercase [a-z0-9] runs, no stemming;
 * ROUGE-Lsum is summary-level LCS over the highlight sentences (reference split after " .").
 * The summarizer's weights are set by hand, not fitted; the per-fold table shows that its margin
 * over Lead-3 holds on every fifth of the set rather than on the whole only, and the k-fold
 * cross-validation picks the data-tunable weights (position, forward centrality, caption
 * penalty, redundancy threshold, long-sentence penalty) on four fifths and scores the fifth it did not see: its mean is what a held-out set
 * can expect from tuning on this one. The paired bootstrap interval shows how far the margin could move
 * on another draw of articles like these (it cannot show what choosing the weights on this set added).
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { paragraphSentences } from '../src/summary/summarize';
import { summarizeText, textParagraphs } from '../src/summary/text';
import { contentWords, stopWords } from '../src/summary/tokens';
import { cosine, tfidfVectors } from '../src/summary/vectors';
import { WEIGHTS, type Weights } from '../src/summary/score';
import { rouge, type RougeScores } from './lib/rouge';
import { corpusPath } from './lib/corpus';

interface Pair {
  id: string;
  article: string;
  reference: string;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const file =
  process.argv[2] ??
  process.env.NUTSHELL_CORPUS_SUMMARIES ??
  corpusPath('summaries/dev.jsonl');
const pairs: Pair[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Pair);

const N = 3;

function sentencesOf(article: string): string[] {
  return textParagraphs(article).flatMap((p, i) => paragraphSentences(p, i, 'en', true));
}

function lead(article: string): string[] {
  return sentencesOf(article).slice(0, N);
}

/** TextRank (Mihalcea & Tarau 2004) with TF-IDF cosine edges, as in Zheng & Lapata's baseline. */
function textRank(article: string): string[] {
  const sents = sentencesOf(article);
  if (sents.length <= N) return sents;
  const stop = stopWords('en');
  const vecs = tfidfVectors(
    sents.map((s) => contentWords(s, stop)),
    [],
  ).slice(0, -1);
  const n = sents.length;
  const w = vecs.map((a, i) => vecs.map((b, j) => (i === j ? 0 : cosine(a, b))));
  const out = w.map((row) => row.reduce((x, y) => x + y, 0) || 1);
  let r = new Array<number>(n).fill(1 / n);
  for (let it = 0; it < 50; it++) {
    r = r.map((_, j) => 0.15 / n + 0.85 * w.reduce((acc, row, i) => acc + (r[i]! * row[j]!) / out[i]!, 0));
  }
  return r
    .map((v, i) => [v, i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1])
    .slice(0, N)
    .map(([, i]) => i)
    .sort((a, b) => a - b)
    .map((i) => sents[i]!);
}

function nutshell(article: string): string[] {
  return summarizeText(article, { sentences: N, lang: 'en' }).map((s) => s.text);
}

const systems: [string, (a: string) => string[]][] = [
  ['Nutshell', nutshell],
  ['Lead-3', lead],
  ['TextRank', textRank],
];

const fmt = (x: number) => (100 * x).toFixed(2).padStart(6);
const mean = (xs: RougeScores[]): RougeScores => ({
  r1: xs.reduce((a, x) => a + x.r1, 0) / xs.length,
  r2: xs.reduce((a, x) => a + x.r2, 0) / xs.length,
  rLsum: xs.reduce((a, x) => a + x.rLsum, 0) / xs.length,
});

const results = new Map<string, RougeScores[]>();
console.log(`${pairs.length} articles from ${relative(root, file)}; ${N} sentences each`);
console.log('ROUGE F1 (lowercase alphanumeric tokens, no stemming; R-Lsum = summary-level LCS)\n');
console.log('system       R-1    R-2  R-Lsum   ms/article');
for (const [name, fn] of systems) {
  for (const p of pairs.slice(0, 10)) fn(p.article); // warm up (JIT, segmenter creation)
  const t0 = performance.now();
  const outs = pairs.map((p) => fn(p.article));
  const ms = (performance.now() - t0) / pairs.length;
  const scores = outs.map((o, i) => rouge(o, pairs[i]!.reference));
  results.set(name, scores);
  const m = mean(scores);
  console.log(`${name.padEnd(10)} ${fmt(m.r1)} ${fmt(m.r2)} ${fmt(m.rLsum)}   ${ms.toFixed(3)}`);
}

// The same comparison on five disjoint folds (article i goes to fold i mod 5).
console.log('\nper fold (Nutshell − Lead-3, ROUGE points): a real gain is positive on most folds');
console.log('fold   ΔR-1   ΔR-2  ΔR-Lsum');
const nut = results.get('Nutshell')!;
const l3 = results.get('Lead-3')!;
for (let f = 0; f < 5; f++) {
  const idx = pairs.map((_, i) => i).filter((i) => i % 5 === f);
  if (!idx.length) continue; // fewer than five articles
  const a = mean(idx.map((i) => nut[i]!));
  const b = mean(idx.map((i) => l3[i]!));
  console.log(`${f}    ${fmt(a.r1 - b.r1)} ${fmt(a.r2 - b.r2)} ${fmt(a.rLsum - b.rLsum)}`);
}

// Paired bootstrap (Efron & Tibshirani; Koehn 2004 for MT): resample the articles with replacement
// and recompute the mean difference, 10,000 times with a fixed seed; the 2.5th and 97.5th
// percentiles bound what another draw of articles like these could show.
{
  let seed = 0x2545f491;
  const rand = (): number => {
    // xorshift32: deterministic, so the interval printed is the same on every run.
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 2 ** 32;
  };
  const n = pairs.length;
  const diffs = (k: keyof RougeScores): number[] => nut.map((x, i) => x[k] - l3[i]![k]);
  const d = { r1: diffs('r1'), r2: diffs('r2'), rLsum: diffs('rLsum') };
  const means: Record<keyof RougeScores, number[]> = { r1: [], r2: [], rLsum: [] };
  for (let b = 0; b < 10000; b++) {
    const idx = Array.from({ length: n }, () => Math.floor(rand() * n));
    for (const k of ['r1', 'r2', 'rLsum'] as const) means[k].push(idx.reduce((a, i) => a + d[k][i]!, 0) / n);
  }
  const ci = (xs: number[]): string => {
    const s = [...xs].sort((a, b) => a - b);
    return `[${fmt(s[Math.floor(0.025 * s.length)]!).trim()}, ${fmt(s[Math.floor(0.975 * s.length)]!).trim()}]`;
  };
  const share = (xs: number[]): string => `${((100 * xs.filter((x) => x > 0).length) / xs.length).toFixed(1)}%`;
  console.log('\npaired bootstrap over articles (10,000 resamples): 95% interval of Nutshell − Lead-3, and how often it is above 0');
  console.log(`ΔR-1 ${ci(means.r1)} ${share(means.r1)}   ΔR-2 ${ci(means.r2)} ${share(means.r2)}   ΔR-Lsum ${ci(means.rLsum)} ${share(means.rLsum)}`);
}

// k-fold cross-validation of the weights one could tune on this set: for each fold, pick the grid
// point with the best mean R-1 + R-2 + R-Lsum on the other folds and score it on the fold.
const grid: Weights[] = [];
for (const position of [0.75, 1, 1.5])
  for (const forward of [5, 10])
    for (const caption of [0, 1])
      for (const redundant of [0.3, 0.5])
        for (const long of [0, 1]) grid.push({ ...WEIGHTS, position, forward, caption, redundant, long });
const gridScores = grid.map((w) =>
  pairs.map((p) => rouge(summarizeText(p.article, { sentences: N, lang: 'en', weights: w }).map((s) => s.text), p.reference)),
);
const total = (m: RougeScores): number => m.r1 + m.r2 + m.rLsum;
const show = (w: Weights): string => `${w.position}/${w.forward}/${w.caption}/${w.redundant}/${w.long}`;
console.log(`\n5-fold cross-validation over ${grid.length} weightings (position × forward × caption × redundant × long); built-in: ${show(WEIGHTS)}`);
console.log('fold  chosen (pos/fwd/cap/red/long)  held-out R-1    R-2  R-Lsum   Lead-3 R-1');
const held: RougeScores[] = [];
for (let f = 0; f < 5; f++) {
  const train = pairs.map((_, i) => i).filter((i) => i % 5 !== f);
  const test = pairs.map((_, i) => i).filter((i) => i % 5 === f);
  if (!test.length) continue;
  let best = 0;
  grid.forEach((_, g) => {
    if (total(mean(train.map((i) => gridScores[g]![i]!))) > total(mean(train.map((i) => gridScores[best]![i]!)))) best = g;
  });
  const w = grid[best]!;
  test.forEach((i) => held.push(gridScores[best]![i]!));
  const m = mean(test.map((i) => gridScores[best]![i]!));
  const l = mean(test.map((i) => l3[i]!));
  console.log(`${f}     ${show(w).padEnd(27)}  ${fmt(m.r1)} ${fmt(m.r2)} ${fmt(m.rLsum)}   ${fmt(l.r1)}`);
}
const cv = mean(held);
const lm = mean(l3);
console.log(`CV mean               ${fmt(cv.r1)} ${fmt(cv.r2)} ${fmt(cv.rLsum)}   (Lead-3 ${fmt(lm.r1)} ${fmt(lm.r2)} ${fmt(lm.rLsum)})`);
