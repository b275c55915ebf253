/**
 * `npm run eval:summary`: ROUGE of the built-in summarizer against Lead-3 and TextRank on the
 * CNN/DailyMail dev pairs (../shared/corpus/summaries/dev.jsonl, or $NUTSHELL_CORPUS_SUMMARIES
 * (the file) / $NUTSHELL_CORPUS (the corpus folder)).
 *
 * All three systems see the same sentences (splitSentences, the summarizer's own splitter) and
 * pick 3. ROUGE (scripts/rouge.ts): F1, tokens = lowercase [a-z0-9] runs, no stemming;
 * ROUGE-Lsum is summary-level LCS over the highlight sentences (reference split after " .").
 * The summarizer's weights are set by hand, not fitted; the per-fold table shows that its margin
 * over Lead-3 holds on every fifth of the set rather than on the whole only.
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitSentences } from '../src/summary/segment';
import { summarizeText, textParagraphs } from '../src/summary/text';
import { contentWords, stopWords } from '../src/summary/tokens';
import { cosine, tfidfVectors } from '../src/summary/vectors';
import { rouge, type RougeScores } from './rouge';

interface Pair {
  id: string;
  article: string;
  reference: string;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const file =
  process.env.NUTSHELL_CORPUS_SUMMARIES ??
  (process.env.NUTSHELL_CORPUS
    ? resolve(process.env.NUTSHELL_CORPUS, 'summaries/dev.jsonl')
    : resolve(root, '../shared/corpus/summaries/dev.jsonl'));
const pairs: Pair[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Pair);

const N = 3;

function sentencesOf(article: string): string[] {
  return textParagraphs(article).flatMap((p) => splitSentences(p, 'en'));
}

function lead(article: string): string[] {
  return sentencesOf(article).slice(0, N);
}

/** TextRank (Mihalcea & Tarau 2004) with TF-IDF cosine edges, as in Zheng & Lapata's baseline. */
function textRank(article: string): string[] {
  const sents = sentencesOf(article);
  if (sents.length <= N) return sents;
  const stop = stopWords('en');
  const { vecs } = tfidfVectors(
    sents.map((s) => contentWords(s, stop)),
    [],
  );
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
  const a = mean(idx.map((i) => nut[i]!));
  const b = mean(idx.map((i) => l3[i]!));
  console.log(`${f}    ${fmt(a.r1 - b.r1)} ${fmt(a.r2 - b.r2)} ${fmt(a.rLsum - b.rLsum)}`);
}
