/**
 * npm run eval:ai — how well AI-image disclosures are found.
 *  1. The labelled fixtures (tests/fixtures/ai): page-level precision/recall, image-level P/R/F1.
 *  2. The real corpora (../shared/corpus, or $NUTSHELL_CORPUS): the 130 Readability pages, the 474
 *     date pages and the 85 metadata pages. No page there has a real disclosure, so every flag is a
 *     false positive. Also times the two halves (collect runs in the page, interpret in the
 *     background) and sizes the facts message.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseDocument } from '../cli/dom';
import { collectAiFacts } from '../src/ai/collect';
import { detectAiDisclosures } from '../tools/core/halves';
import { interpretAi } from '../src/ai/interpret';
import { fixtureUrl, loadExpectations, readPage } from '../tools/fixtures/ai-pages';
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

/** Every real page: [name, file]. */
function realPages(): [string, string][] {
  const out: [string, string][] = [];
  const readability = corpusPath('readability');
  if (existsSync(readability))
    for (const dir of readdirSync(readability).sort()) {
      const file = join(readability, dir, 'source.html');
      if (existsSync(file)) out.push([`readability/${dir}`, file]);
    }
  for (const part of ['dates', 'metadata']) {
    const dir = join(corpusRoot(), part, 'pages');
    if (existsSync(dir)) for (const f of readdirSync(dir).sort()) out.push([`${part}/${f}`, join(dir, f)]);
  }
  return out;
}

const real = realPages();
if (real.length) {
  let pages = 0, flagged = 0, ms = 0, worst = 0, msInterp = 0, bytes = 0, maxBytes = 0;
  const fps: string[] = [];
  for (const [name, file] of real) {
    let raw: Uint8Array = readFileSync(file);
    if (file.endsWith('.gz')) raw = gunzipSync(raw);
    const doc = parseDocument(decodeHtml(raw).text);
    const t0 = performance.now();
    const facts = collectAiFacts(doc, { url: `https://example.test/${name}/` });
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
      fps.push(`  ${name}: ${r.images.filter((i) => i.aiGenerated).map((i) => `${i.evidenceKind} "${i.evidence.slice(0, 90)}"`).join('; ')}${r.textDisclosure ? ` text "${r.textDisclosure.slice(0, 90)}"` : ''}`);
    }
  }
  console.log(`corpus: ${pages} real pages (readability, dates, metadata), ${flagged} false positives (page flag or text notice)`);
  console.log(`  collect ${f3(ms / pages)} ms/page mean, ${f3(worst)} ms worst; interpret ${f3(msInterp / pages)} ms/page; facts ${Math.round(bytes / pages)} B/page mean (JSON), ${maxBytes} B max`);
  if (fps.length) console.log(fps.join('\n'));
} else {
  console.log(`corpus: not found at ${corpusRoot()} (set NUTSHELL_CORPUS)`);
}
