/**
 * npm run eval:written — the written dev set (issue #14): news pages written for this repository
 * in 17 languages (134 since the fourth held-out round; pages/, labels in labels.jsonl; see README.md), read as the CLI reads them
 * (linkedom → analyzeDocument), scored on what the hidden written set measures:
 *
 * - authors: the same set of people (case, accents, punctuation folded; spaces ignored in names
 *   written without Latin letters, "山本 さくら" = "山本さくら"); a page with no author must give none;
 * - site: the site's name (folded the same way);
 * - published / modified to the minute: the same instant, with an offset (a wall-clock time without
 *   one is wrong: the reader cannot place it); a page with no modified time must give none;
 * - title, on the pages whose label has one (the second held-out round): the headline the page
 *   displays, without site or section affixes (folded as above).
 *
 *   tsx eval/written-devset/score.ts [--failures] [--only de] [--kind held-out-2] [--json]
 *
 * Prints each measure's accuracy, precision (right / answered) and coverage, then the failures with
 * the signal each time was read from.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '../../cli/dom';
import { analyzeDocument, type Analysis } from '../../src/index';
import { outputProblems } from '../lib/valid';

const here = dirname(fileURLToPath(import.meta.url));
// The moment the pages are read at: after every page's own dates, as a reader's clock always is (a
// page dated after it is taken for a future date and dropped). Pages are written up to December 2026.
const NOW = new Date('2027-01-01T00:00:00Z');
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const kind = args.includes('--kind') ? args[args.indexOf('--kind') + 1] : null;

export interface WrittenLabel {
  file: string;
  url: string;
  /** The displayed headline (labelled on the second held-out round only). */
  title?: string;
  authors: string[];
  site: string;
  siteAlt?: string[];
  published: string;
  modified: string | null;
  /** What the page exercises (byline form, time form, where the site name is): for reading failures. */
  kinds: string[];
}

export const readLabels = (): WrittenLabel[] =>
  readFileSync(join(here, 'labels.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as WrittenLabel);

export const analyzeWritten = (l: WrittenLabel): Analysis =>
  analyzeDocument(parseDocument(readFileSync(join(here, 'pages', l.file), 'utf8')), { url: l.url, now: NOW });

const fold = (s: string): string => {
  const f = s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return /\p{Script=Latin}/u.test(f) ? f : f.replace(/ /g, '');
};
const sameSet = (a: readonly string[], b: readonly string[]): boolean => [...new Set(a.map(fold))].sort().join('|') === [...new Set(b.map(fold))].sort().join('|');

const minute = (iso: string): number => Math.floor(Date.parse(iso) / 60_000);
const hasOffset = (iso: string): boolean => /T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:\d\d)$/.test(iso);

class Tally {
  right = 0;
  wrong = 0;
  missed = 0;
  failures: string[] = [];
  add(verdict: 'right' | 'wrong' | 'missed', line = ''): void {
    this[verdict]++;
    if (verdict !== 'right') this.failures.push(`${verdict.padEnd(6)} ${line}`);
  }
  get total(): number {
    return this.right + this.wrong + this.missed;
  }
  get accuracy(): number {
    return this.right / this.total;
  }
  line(label: string): string {
    const f = (n: number) => (Number.isFinite(n) ? n.toFixed(3) : '  –  ');
    const answered = this.right + this.wrong;
    return `${label.padEnd(20)} accuracy ${f(this.accuracy)}  precision ${f(this.right / answered)}  coverage ${f(answered / this.total)}  (${this.right} right, ${this.wrong} wrong, ${this.missed} missed of ${this.total})`;
  }
}

function scoreTime(t: Tally, name: string, want: string | null, got: Analysis['times']['published'], kinds: string): void {
  const shown = got ? `${got.iso} [${got.signal}]` : 'null';
  if (want === null) {
    t.add(got ? 'wrong' : 'right', `${name}: expected none, got ${shown}  (${kinds})`);
    return;
  }
  if (!got || !/T\d\d:\d\d/.test(got.iso)) {
    t.add('missed', `${name}: expected ${want}, got ${shown}  (${kinds})`);
    return;
  }
  t.add(hasOffset(got.iso) && minute(got.iso) === minute(want) ? 'right' : 'wrong', `${name}: expected ${want}, got ${shown}  (${kinds})`);
}

function main(): void {
  const labels = readLabels().filter((l) => (!only || l.file.startsWith(`${only}-`)) && (!kind || l.kinds.includes(kind)));
  const authors = new Tally();
  const site = new Tally();
  const published = new Tally();
  const modified = new Tally();
  const title = new Tally();
  const invalid: string[] = [];
  const byLang = new Map<string, { pages: number; right: number; of: number }>();
  for (const l of labels) {
    const a = analyzeWritten(l);
    for (const p of outputProblems(a)) invalid.push(`${l.file}: ${p}`);
    const kinds = l.kinds.join(', ');
    const before = authors.right + site.right + published.right + modified.right;
    if (a.authors.length === 0 && l.authors.length > 0) authors.add('missed', `${l.file}: expected ${JSON.stringify(l.authors)} (byline ${JSON.stringify(a.byline)})  (${kinds})`);
    else authors.add(sameSet(a.authors, l.authors) ? 'right' : 'wrong', `${l.file}: expected ${JSON.stringify(l.authors)}, got ${JSON.stringify(a.authors)} (byline ${JSON.stringify(a.byline)})  (${kinds})`);
    const sites = [l.site, ...(l.siteAlt ?? [])].map(fold);
    const gotSite = a.source.siteName;
    if (!gotSite) site.add('missed', `${l.file}: expected "${l.site}"  (${kinds})`);
    else site.add(sites.includes(fold(gotSite)) ? 'right' : 'wrong', `${l.file}: expected "${l.site}", got "${gotSite}"  (${kinds})`);
    if (l.title !== undefined) {
      if (!a.title) title.add('missed', `${l.file}: expected "${l.title}"  (${kinds})`);
      else title.add(fold(a.title) === fold(l.title) ? 'right' : 'wrong', `${l.file}: expected "${l.title}", got "${a.title}"  (${kinds})`);
    }
    scoreTime(published, l.file, l.published, a.times.published, kinds);
    scoreTime(modified, l.file, l.modified, a.times.modified, kinds);
    const lang = l.file.split('-')[0]!;
    const row = byLang.get(lang) ?? { pages: 0, right: 0, of: 0 };
    row.pages++;
    row.right += authors.right + site.right + published.right + modified.right - before;
    row.of += 4;
    byLang.set(lang, row);
  }
  if (args.includes('--json')) {
    console.log(JSON.stringify({ authors: authors.accuracy, site: site.accuracy, published: published.accuracy, modified: modified.accuracy, ...(title.total ? { title: title.accuracy } : {}) }));
    return;
  }
  console.log(`written dev set: ${labels.length} pages in ${byLang.size} languages (eval/written-devset)`);
  console.log(authors.line('authors'));
  console.log(site.line('site name'));
  console.log(published.line('published, minute'));
  console.log(modified.line('modified, minute'));
  if (title.total) console.log(title.line('title (labelled)'));
  console.log(`by language (fields right of 4 per page): ${[...byLang].map(([k, v]) => `${k} ${v.right}/${v.of}`).join('  ')}`);
  console.log(`${'invalid outputs'.padEnd(20)} ${invalid.length} (times not ISO 8601, or JSON that is not valid UTF-8)`);
  for (const p of invalid) console.log(`  ${p}`);
  if (invalid.length) process.exitCode = 1;
  if (args.includes('--failures')) {
    for (const [label, t] of [['authors', authors], ['site name', site], ['published', published], ['modified', modified], ['title', title]] as const) {
      console.log(`\n${label}: ${t.failures.length} failures`);
      for (const f of t.failures) console.log(`  ${f}`);
    }
  } else console.log('(npm run eval:written -- --failures lists every wrong and missed value)');
}

main();
