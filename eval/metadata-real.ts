/**
 * npm run eval:metadata, second part (issue #14): the Analysis of real pages labelled by people
 * outside this team, read as the CLI reads them (bytes → decodeHtml → linkedom → analyzeDocument):
 *
 * - `dates/` (htmldate's evaluation set, development half): the publication day. Right = the same
 *   `YYYY-MM-DD` as the `published` prefix (in the page's own offset), wrong = another day, missed =
 *   none. Accuracy = right / all pages, as upstream scores it.
 * - `metadata/` (the Postlight Parser's fixtures, development half): title, authors, published day and
 *   published instant to the minute, as its README says to compare them.
 *
 * Each measure prints accuracy, precision (right / answered) and coverage (answered / all), so that
 * a wrong value and a missing one count apart, and lists the failures (`--failures`). Every output is
 * also checked (eval/lib/valid.ts): the count of times that are not ISO 8601 and of JSON lines that
 * are not valid UTF-8 must be 0 (the exit status is 1 otherwise).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseDocument } from '../cli/dom';
import { analyzeDocument, decodeHtml, type Analysis } from '../src/index';
import { corpusRoot } from './lib/corpus';
import { outputProblems } from './lib/valid';

const NOW = new Date('2026-12-01T00:00:00Z');
const SHOW_FAILURES = process.argv.includes('--failures');

/** Every output checked: valid ISO 8601 times, valid UTF-8 JSON (eval/lib/valid.ts). */
const invalid: string[] = [];
let checked = 0;

function analyze(file: string, url: string | null): Analysis {
  let bytes: Uint8Array = readFileSync(file);
  if (file.endsWith('.gz')) bytes = gunzipSync(bytes);
  const html = decodeHtml(bytes).text;
  const doc = parseDocument(html);
  const canonical = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href');
  const a = analyzeDocument(doc, { url: url ?? (canonical && /^https?:/.test(canonical) ? canonical : 'https://example.invalid/'), now: NOW });
  checked++;
  for (const p of outputProblems(a)) invalid.push(`${file}: ${p}`);
  return a;
}

class Tally {
  right = 0;
  wrong = 0;
  missed = 0;
  failures: string[] = [];
  add(name: string, verdict: 'right' | 'wrong' | 'missed', detail = ''): void {
    this[verdict]++;
    if (verdict !== 'right') this.failures.push(`${verdict.padEnd(6)} ${name}${detail ? `: ${detail}` : ''}`);
  }
  get total(): number {
    return this.right + this.wrong + this.missed;
  }
  line(label: string): string {
    const f = (n: number) => (Number.isFinite(n) ? n.toFixed(3) : '  –  ');
    const answered = this.right + this.wrong;
    return `${label.padEnd(28)} accuracy ${f(this.right / this.total)}  precision ${f(this.right / answered)}  coverage ${f(answered / this.total)}  (${this.right} right, ${this.wrong} wrong, ${this.missed} missed of ${this.total})`;
  }
}

const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^\s*by\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const sameSet = (a: readonly string[], b: readonly string[]): boolean => {
  const x = [...new Set(a.map(fold))].sort();
  const y = [...new Set(b.map(fold))].sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
};
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

// --- dates/ ---
const datesDir = join(corpusRoot(), 'dates');
const days = new Tally();
for (const line of readFileSync(join(datesDir, 'labels.jsonl'), 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const { url, file, date } = JSON.parse(line) as { url: string; file: string; date: string | null };
  const got = analyze(join(datesDir, file), url).published?.slice(0, 10) ?? null;
  if (!got) days.add(file, 'missed', `expected ${date}`);
  else days.add(file, got === date ? 'right' : 'wrong', `expected ${date}, got ${got}`);
}

// --- metadata/ ---
interface MetaCase {
  url: string | null;
  file: string;
  type: string;
  authors?: string[];
  authorsAlt?: string[][];
  title?: { value: string; alt?: string[] };
  published?: { kind: 'instant'; iso: string; extractorTimezone?: string } | { kind: 'day'; days: string[] };
}
const metaDir = join(corpusRoot(), 'metadata');
const { pages } = JSON.parse(readFileSync(join(metaDir, 'expected.json'), 'utf8')) as { pages: Record<string, MetaCase> };
const title = new Tally();
const authors = new Tally();
const pubDay = new Tally();
const pubMinute = new Tally();

/** The day an instant falls on in `zone` (the page's zone as upstream assumed it), else in UTC. */
const dayIn = (iso: string, zone = 'UTC'): string => new Intl.DateTimeFormat('en-CA', { timeZone: zone, dateStyle: 'short' }).format(new Date(iso));

for (const [name, c] of Object.entries(pages)) {
  const a = analyze(join(metaDir, c.file), c.url);
  if (c.title) {
    const want = [c.title.value, ...(c.title.alt ?? [])].map(squash);
    if (!a.title) title.add(name, 'missed');
    else title.add(name, want.includes(squash(a.title)) ? 'right' : 'wrong', `expected "${want[0]}", got "${a.title}"`);
  }
  if (c.authors) {
    const sets = [c.authors, ...(c.authorsAlt ?? [])];
    if (a.authors.length === 0 && c.authors.length > 0) authors.add(name, 'missed', `expected ${JSON.stringify(c.authors)}`);
    else authors.add(name, sets.some((s) => sameSet(s, a.authors)) ? 'right' : 'wrong', `expected ${JSON.stringify(c.authors)}, got ${JSON.stringify(a.authors)}`);
  }
  if (c.published) {
    const got = a.published;
    const wantDays = c.published.kind === 'day' ? c.published.days : [dayIn(c.published.iso, c.published.extractorTimezone)];
    if (!got) pubDay.add(name, 'missed', `expected ${wantDays[0]}`);
    else pubDay.add(name, wantDays.includes(got.slice(0, 10)) ? 'right' : 'wrong', `expected ${wantDays.join('|')}, got ${got}`);
    if (c.published.kind === 'instant') {
      const expected = Math.floor(Date.parse(c.published.iso) / 60_000);
      const offset = got && /T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:\d\d)$/.test(got);
      if (!got || !/T\d\d:\d\d/.test(got)) pubMinute.add(name, 'missed', `expected ${c.published.iso}`);
      else pubMinute.add(name, offset && Math.floor(Date.parse(got) / 60_000) === expected ? 'right' : 'wrong', `expected ${c.published.iso}, got ${got}`);
    }
  }
}

console.log(`\nreal pages labelled by others (${datesDir}, ${metaDir})`);
console.log(days.line('dates/ publication day'));
console.log(title.line('metadata/ title'));
console.log(authors.line('metadata/ authors'));
console.log(pubDay.line('metadata/ published, day'));
console.log(pubMinute.line('metadata/ published, minute'));
console.log(`${'invalid outputs'.padEnd(28)} ${invalid.length} of ${checked} pages (times not ISO 8601, or JSON that is not valid UTF-8)`);
for (const p of invalid) console.log(`  ${p}`);
if (invalid.length) process.exitCode = 1;
if (SHOW_FAILURES) {
  for (const [label, t] of [['dates day', days], ['title', title], ['authors', authors], ['published day', pubDay], ['published minute', pubMinute]] as const) {
    console.log(`\n${label}: ${t.failures.length} failures`);
    for (const f of t.failures) console.log(`  ${f}`);
  }
} else {
  console.log('(npm run eval:metadata -- --failures lists every wrong and missed value)');
}
