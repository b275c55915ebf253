/**
 * npm run eval:ai — how well AI-image disclosures are found.
 *  1. The labelled fixtures (tests/fixtures/ai): page-level precision/recall, image-level P/R/F1.
 *  2. The Readability corpus (../shared/corpus/readability, or $NUTSHELL_CORPUS): no page there
 *     has a real disclosure, so every flag is a false positive. Also times the two halves (collect
 *     runs in the page, interpret in the background) and sizes the facts message.
 *  2b. The dates/ and metadata/ pages of the corpus: none discloses AI either, so every
 *     page flag or text notice is counted as a false flag.
 *  3. The dev set (eval/ai-devset: real-world wordings in 41 languages, laid out in pages of varied
 *     layout): page precision/recall, image precision/recall/F1 and text-disclosure accuracy, all
 *     and per language; then the same per language with that language's phrase tables left out of
 *     the recognizer (leave-one-language-out: how a language the tables do not know fares), each in
 *     its own process (eval/ai-devset/score.ts). `--failures` lists the dev set's misses;
 *     `--no-lolo` skips the leave-one-language-out runs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from '../cli/dom';
import { collectAiFacts } from '../src/ai/collect';
import { detectAiDisclosures } from '../tools/core/halves';
import { interpretAi } from '../src/ai/interpret';
import { fixtureUrl, loadExpectations, readPage } from '../tools/fixtures/ai-pages';
import { devPages, loadWordings } from './ai-devset/pages';
import { heldOutPages } from './ai-devset/layouts';
import { emptyCounts, figures, scorePages, type Counts } from './ai-devset/score';
import { gunzipSync } from 'node:zlib';
import { decodeHtml } from '../src/index';
import { corpusPath, corpusRoot } from './lib/corpus';

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
const f3 = (n: number): string => n.toFixed(3);

let tp = 0, fp = 0, fn = 0, itp = 0, ifp = 0, ifn = 0;
const misses: string[] = [];
const expectations = loadExpectations();
for (const [name, exp] of Object.entries(expectations)) {
  const url = fixtureUrl(name);
  const report = detectAiDisclosures(parseDocument(readPage(name)), { url });
  if (report.pageFlag && exp.pageFlag) tp++;
  else if (report.pageFlag) fp++;
  else if (exp.pageFlag) fn++;
  const want = new Set(exp.aiImages.map((s) => new URL(s, url).href));
  const got = new Set(report.images.filter((i) => i.aiGenerated).map((i) => i.src));
  for (const s of got) want.has(s) ? itp++ : ifp++;
  for (const s of want) if (!got.has(s)) ifn++;
  if (report.pageFlag !== exp.pageFlag || [...got].sort().join() !== [...want].sort().join())
    misses.push(`  ${name}: page ${report.pageFlag} (want ${exp.pageFlag}); images ${[...got].join(' ') || '-'} (want ${[...want].join(' ') || '-'})`);
}
const ip = ratio(itp, itp + ifp), ir = ratio(itp, itp + ifn);
console.log(`fixtures: ${Object.keys(expectations).length} pages`);
console.log(`  page   precision ${f3(ratio(tp, tp + fp))}  recall ${f3(ratio(tp, tp + fn))}  (tp ${tp} fp ${fp} fn ${fn})`);
console.log(`  image  precision ${f3(ip)}  recall ${f3(ir)}  F1 ${f3((2 * ip * ir) / (ip + ir || 1))}  (tp ${itp} fp ${ifp} fn ${ifn})`);
if (misses.length) console.log(misses.join('\n'));

const corpus = corpusPath('readability');
if (existsSync(corpus)) {
  let pages = 0, flagged = 0, ms = 0, worst = 0, msInterp = 0, bytes = 0, maxBytes = 0;
  const fps: string[] = [];
  for (const dir of readdirSync(corpus).sort()) {
    const file = join(corpus, dir, 'source.html');
    if (!existsSync(file)) continue;
    const doc = parseDocument(readFileSync(file, 'utf8'));
    const t0 = performance.now();
    const facts = collectAiFacts(doc, { url: `https://example.test/${dir}/` });
    const dt = performance.now() - t0;
    const t1 = performance.now();
    const r = interpretAi(facts);
    msInterp += performance.now() - t1;
    ms += dt;
    worst = Math.max(worst, dt);
    const size = JSON.stringify(facts).length;
    bytes += size;
    maxBytes = Math.max(maxBytes, size);
    pages++;
    if (r.pageFlag || r.textDisclosure) {
      flagged++;
      fps.push(`  ${dir}: ${r.images.filter((i) => i.aiGenerated).map((i) => `${i.evidenceKind} "${i.evidence.slice(0, 90)}"`).join('; ')}${r.textDisclosure ? ` text "${r.textDisclosure.slice(0, 90)}"` : ''}`);
    }
  }
  console.log(`corpus: ${pages} pages, ${flagged} false positives (page flag or text notice)`);
  console.log(`  collect ${f3(ms / pages)} ms/page mean, ${f3(worst)} ms worst; interpret ${f3(msInterp / pages)} ms/page; facts ${Math.round(bytes / pages)} B/page mean (JSON), ${maxBytes} B max`);
  if (fps.length) console.log(fps.join('\n'));
} else {
  console.log(`corpus: not found at ${corpus} (set NUTSHELL_CORPUS)`);
}

// 2b. Real pages that disclose nothing: the dates/ and metadata/ corpora.
for (const part of ['dates', 'metadata']) {
  const dir = join(corpusRoot(), part, 'pages');
  if (!existsSync(dir)) {
    console.log(`${part}: not found at ${dir}`);
    continue;
  }
  let n = 0;
  const flags: string[] = [];
  for (const file of readdirSync(dir).sort()) {
    if (!/\.html?(?:\.gz)?$/.test(file)) continue;
    let bytes: Uint8Array = readFileSync(join(dir, file));
    if (file.endsWith('.gz')) bytes = gunzipSync(bytes);
    const r = detectAiDisclosures(parseDocument(decodeHtml(bytes).text), { url: `https://example.test/${part}/${file}` });
    n++;
    if (r.pageFlag || r.textDisclosure) flags.push(`  ${file}: ${r.images.filter((i) => i.aiGenerated).map((i) => `${i.evidenceKind} "${i.evidence.slice(0, 90)}"`).join('; ')}${r.textDisclosure ? ` text "${r.textDisclosure.slice(0, 90)}"` : ''}`);
  }
  console.log(`${part}: ${n} pages, ${flags.length} false flags (page flag or text notice)`);
  if (flags.length) console.log(flags.join('\n'));
}

// 3. The dev set.
const pages = devPages();
const languages = [...new Set(pages.map((p) => p.lang))].sort();
const detectPage = (p: (typeof pages)[number]) => detectAiDisclosures(parseDocument(p.html), { url: p.url });
const all = emptyCounts();
const perLang = new Map<string, Counts>();
for (const lang of languages) perLang.set(lang, scorePages(pages.filter((p) => p.lang === lang), detectPage));
/** Adds `c` into `sum`, its image errors by layout too. */
const addCounts = (sum: Counts, c: Counts): void => {
  for (const k of ['pages', 'tp', 'fp', 'fn', 'itp', 'ifp', 'ifn', 'textRight', 'textPages', 'textFound'] as const) sum[k] += c[k];
  sum.misses.push(...c.misses);
  for (const [layout, e] of Object.entries(c.byLayout ?? {})) {
    const t = (sum.byLayout[layout] ??= { pages: 0, ifp: 0, ifn: 0 });
    t.pages += e.pages;
    t.ifp += e.ifp;
    t.ifn += e.ifn;
  }
};
/** Image errors by layout, one line: "figcaption 3+1/120" = 3 false, 1 missed images on 120 pages. */
const byLayout = (c: Counts): string =>
  Object.entries(c.byLayout)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([layout, e]) => `${layout} ${e.ifp}+${e.ifn}/${e.pages}`)
    .join(', ');
for (const c of perLang.values()) addCounts(all, c);
const line = (c: Counts): string => {
  const f = figures(c);
  return `page P ${f3(f.pagePrecision)} R ${f3(f.pageRecall)}  image P ${f3(f.imagePrecision)} R ${f3(f.imageRecall)} F1 ${f3(f.imageF1)}  text acc ${f3(f.textAccuracy)} (found ${c.textFound}/${c.textPages})`;
};
console.log(`dev set: ${pages.length} pages from ${loadWordings().length} wordings in ${languages.length} languages`);
console.log(`  all    ${line(all)}  (page fp ${all.fp} fn ${all.fn}; image fp ${all.ifp} fn ${all.ifn})`);
console.log(`  image errors by layout (false+missed/pages): ${byLayout(all)}`);
if (process.argv.includes('--failures')) console.log(all.misses.map((m) => `    ${m}`).join('\n'));

// 4. Held-out layouts (eval/ai-devset/layouts.ts): the same wordings in page templates of real
// publishing systems that the generator above does not have; image F1 per layout.
{
  const held = heldOutPages();
  const sum = emptyCounts();
  const rows: string[] = [];
  for (const layout of [...new Set(held.map((p) => p.layout))].sort()) {
    const c = scorePages(held.filter((p) => p.layout === layout), detectPage);
    addCounts(sum, c);
    const f = figures(c);
    rows.push(`    ${layout.padEnd(18)} ${String(c.pages).padStart(4)} pages  image P ${f3(f.imagePrecision)} R ${f3(f.imageRecall)} F1 ${f3(f.imageF1)}  page P ${f3(f.pagePrecision)} R ${f3(f.pageRecall)}`);
  }
  console.log(`held-out layouts: ${held.length} pages in ${rows.length} layouts`);
  console.log(`  all    ${line(sum)}  (page fp ${sum.fp} fn ${sum.fn}; image fp ${sum.ifp} fn ${sum.ifn})`);
  console.log(rows.join('\n'));
  if (process.argv.includes('--failures')) console.log(sum.misses.map((m) => `    held-out ${m}`).join('\n'));
}

/** One language scored with its tables left out, in a process of its own (the matchers are built once per process). */
function leftOut(lang: string): Promise<Counts | null> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'ai-devset/score.ts'), '--exclude', lang], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.on('close', (code) => done(code === 0 ? (JSON.parse(out) as { counts: Counts }).counts : null));
  });
}

if (!process.argv.includes('--no-lolo')) {
  const lolo = new Map<string, Counts | null>();
  const queue = [...languages];
  await Promise.all(
    Array.from({ length: Math.min(availableParallelism(), 4) }, async () => {
      for (let lang = queue.shift(); lang; lang = queue.shift()) lolo.set(lang, await leftOut(lang));
    }),
  );
  const pad = (s: string, n: number): string => s.padStart(n);
  console.log('  per language: with every table | with its own tables left out (leave-one-language-out)');
  console.log(`  ${'lang'.padEnd(5)}${pad('pages', 6)} | ${pad('pageP', 7)}${pad('pageR', 7)}${pad('imgF1', 7)}${pad('text', 7)} | ${pad('pageP', 7)}${pad('pageR', 7)}${pad('imgF1', 7)}${pad('text', 7)}`);
  const sum = emptyCounts();
  for (const lang of languages) {
    const c = perLang.get(lang)!, f = figures(c);
    const l = lolo.get(lang);
    const g = l ? figures(l) : null;
    if (l) addCounts(sum, l);
    const cells = (x: typeof f | null): string => (x ? [x.pagePrecision, x.pageRecall, x.imageF1, x.textAccuracy].map((n) => pad(f3(n), 7)).join('') : pad('(failed)', 28));
    console.log(`  ${lang.padEnd(5)}${pad(String(c.pages), 6)} | ${cells(f)} | ${cells(g)}`);
  }
  console.log(`  leave-one-language-out, all languages pooled: ${line(sum)}`);
  console.log(`  leave-one-language-out image errors by layout (false+missed/pages): ${byLayout(sum)}`);
  if (process.argv.includes('--failures')) console.log(sum.misses.filter((m) => / images \d+ \(want/.test(m)).map((m) => `    lolo ${m}`).join('\n'));
}
