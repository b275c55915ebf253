/**
 * npm run eval:extraction — how close the cleaned article text comes to the article body the
 * publisher marked, scored with the held-out extraction benchmark's metric.
 *
 * Truth: a page's own schema.org `articleBody` in JSON-LD, the publisher's statement of what the
 * article is (the field the benchmark's annotators fill in). Only the Readability corpus pages that
 * carry one are scored, and only when it looks whole: at least 80 words and no teaser ellipsis at the
 * end (a few sites put only the first paragraph there). It is a proxy: a publisher may include a
 * caption or a photo credit that is not the story (engadget's and theverge's do), so read
 * the per-page table (`-- --pages`), not the mean alone. Six pages qualify: too few to tune on.
 *
 * Metric: the benchmark's (eval/lib/shingles.ts), per page; the report is the mean precision and
 * mean recall over pages and the F1 of those two means, as the benchmark reports them.
 * Compared in the same run: Readability's `textContent` (what the benchmark scores as Readability)
 * and Nutshell's Analysis `text` (Readability's article, cleaned).
 *
 * Second, the share of Readability's text the cleaned text keeps on every corpus page, and the pages
 * that keep under 80% of it (where lost story text would show).
 *
 * Third, what the cleaner would take from real story text: every sentence of the 125 CNN/DailyMail
 * dev articles set as a paragraph of its own, through the cleaner; each sentence it drops is listed
 * (the right answer is only the papers' own furniture, "Scroll down for video" and "… contributed to
 * this report", and second copies of a sentence).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseDocument } from '../cli/dom';
import { analyzeDocument } from '../src/analyze';
import { readJsonLd } from '../src/metadata/jsonld';
import { shinglePR } from './lib/shingles';
import { splitSentences } from '../src/summary/segment';
import { textParagraphs } from '../src/summary/text';
import { cleanArticle } from '../tools/core/halves';
import { wordsOf } from '../src/text/words';
import { squash } from '../src/util';
import { corpusPath } from './lib/corpus';

const corpus = corpusPath('readability');
const URL_ = 'http://fakehost/test/page.html';
const NOW = new Date('2026-01-01T00:00:00Z');
const verbose = process.argv.includes('--pages');

/** The articleBody as text: some sites put HTML or entities in it. */
function articleBody(doc: Document): string | null {
  const blocks = [...doc.querySelectorAll('script')].filter((s) => /ld\+json/i.test(s.getAttribute('type') ?? ''));
  for (const o of readJsonLd(blocks.map((s) => s.textContent ?? '')).nodes) {
    if (typeof o.articleBody !== 'string') continue;
    const d = parseDocument(`<!doctype html><html><body>${o.articleBody}</body></html>`);
    return (d.body.textContent ?? '').replace(/\s+/g, ' ').trim();
  }
  return null;
}

const rows: { page: string; words: number; rb: { p: number; r: number }; ns: { p: number; r: number } }[] = [];
const skipped: string[] = [];
/** Visible characters of Readability's text and of the cleaned text, per page: what the cleaner keeps. */
const kept: { page: string; rb: number; ns: number }[] = [];
const visible = (s: string): number => s.replace(/\s+/g, '').length;
for (const page of readdirSync(corpus).sort()) {
  const file = path.join(corpus, page, 'source.html');
  if (!existsSync(file)) continue;
  const html = readFileSync(file, 'utf8');
  kept.push({
    page,
    rb: visible(new Readability(parseDocument(html)).parse()?.textContent ?? ''),
    ns: visible(analyzeDocument(parseDocument(html), { url: URL_, now: NOW }).text),
  });
  if (!html.includes('articleBody')) continue;
  const truth = articleBody(parseDocument(html));
  if (truth === null) continue;
  const words = truth.split(' ').length;
  if (words < 80 || /(?:\.\.\.|…)$/.test(truth)) {
    skipped.push(`${page} (${words} words${/(?:\.\.\.|…)$/.test(truth) ? ', ends in an ellipsis' : ''})`);
    continue;
  }
  const rb = new Readability(parseDocument(html)).parse()?.textContent ?? '';
  const ours = analyzeDocument(parseDocument(html), { url: URL_, now: NOW }).text;
  rows.push({ page, words, rb: shinglePR(rb, truth), ns: shinglePR(ours, truth) });
}

const f1 = (p: number, r: number): number => (p + r ? (2 * p * r) / (p + r) : 0);
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
const pct = (x: number): string => x.toFixed(3);
if (verbose) {
  console.log('page'.padEnd(28), 'words', ' Readability P/R', '  Nutshell P/R');
  for (const r of rows)
    console.log(r.page.padEnd(28), String(r.words).padStart(5), ` ${pct(r.rb.p)} ${pct(r.rb.r)}`, `   ${pct(r.ns.p)} ${pct(r.ns.r)}`, r.ns.p < r.rb.p - 0.005 || r.ns.r < r.rb.r - 0.005 ? '  <- worse' : '');
}
console.log(`Extraction against the publisher's JSON-LD articleBody: ${rows.length} pages scored`);
console.log(`skipped (not a whole article body): ${skipped.join(', ') || 'none'}`);
console.log('system       precision  recall  F1');
for (const [name, k] of [['Readability', 'rb'], ['Nutshell', 'ns']] as const) {
  const p = mean(rows.map((r) => r[k].p));
  const r = mean(rows.map((x) => x[k].r));
  console.log(name.padEnd(12), pct(p).padStart(9), pct(r).padStart(7), pct(f1(p, r)).padStart(6));
}

// Recall's guard: the cleaner only removes, so text it drops by mistake shows up here as a page that
// keeps much less than Readability found (a comment section or MathJax source legitimately does).
const total = (k: 'rb' | 'ns'): number => kept.reduce((a, x) => a + x[k], 0);
const under = kept.filter((x) => x.rb && x.ns / x.rb < 0.8).map((x) => `${x.page} ${(x.ns / x.rb).toFixed(2)}`);
console.log(`\nShare of Readability's text the cleaned text keeps, ${kept.length} corpus pages: ${((100 * total('ns')) / total('rb')).toFixed(2)}%`);
console.log(`pages keeping under 80%: ${under.join(', ') || 'none'}`);

const pairs: { article: string }[] = existsSync(corpusPath('summaries/dev.jsonl'))
  ? readFileSync(corpusPath('summaries/dev.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l))
  : [];
let sentences = 0;
const dropped: string[] = [];
for (const { article } of pairs) {
  const story = textParagraphs(article).flatMap((p) => splitSentences(p, 'en', true));
  const doc = parseDocument('<!doctype html><html><body><div id="a"></div></body></html>');
  const root = doc.getElementById('a')!;
  for (const s of story) root.appendChild(doc.createElement('p')).textContent = s;
  const kept = new Set(cleanArticle(root).map(squash));
  sentences += story.length;
  // A sentence printed twice (a caption repeating the story, a quote said twice) is kept once.
  const words = (s: string): string => wordsOf(s).join(' ');
  const keptWords = new Set([...kept].map(words));
  for (const s of story) if (!kept.has(squash(s))) dropped.push(`${keptWords.has(words(s)) ? '(repeat, kept once) ' : ''}${s}`);
}
console.log(`\nStory sentences the cleaner drops (CNN/DailyMail dev articles, one paragraph per sentence): ${dropped.length} of ${sentences}`);
for (const s of dropped) console.log(`  ${s.slice(0, 120)}`);
