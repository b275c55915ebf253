/**
 * npm run eval:metadata-changes — what a change to titles, authors or site names did, page by page,
 * on all three corpora (readability/, dates/, metadata/), read as the CLI reads them.
 *
 *   tsx eval/metadata-changes.ts --save before.json     # title, authors, credit, site name of every page
 *   tsx eval/metadata-changes.ts --compare before.json  # the pages whose values differ now
 *
 * It prints each changed page with the old and the new value; for metadata/ pages, whose title and
 * authors are labelled, it says whether the change made the page better or worse. Run it on main
 * (--save), then on the branch (--compare), to list the pages a change made worse.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseDocument } from '../cli/dom';
import { analyzeDocument, decodeHtml } from '../src/index';
import { corpusRoot } from './lib/corpus';

const NOW = new Date('2026-12-01T00:00:00Z');
interface Row {
  title: string | null;
  authors: string[];
  credit: string | null;
  siteName: string | null;
}

function read(file: string, url: string | null): Row {
  let bytes: Uint8Array = readFileSync(file);
  if (file.endsWith('.gz')) bytes = gunzipSync(bytes);
  const doc = parseDocument(decodeHtml(bytes).text);
  const canonical = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href');
  const a = analyzeDocument(doc, { url: url ?? (canonical && /^https?:/.test(canonical) ? canonical : 'https://example.invalid/'), now: NOW });
  return { title: a.title, authors: a.authors, credit: a.credit, siteName: a.source.siteName };
}

const root = corpusRoot();
const rows: Record<string, Row> = {};
const labels: Record<string, { title?: string[]; authors?: string[][] }> = {};

const rdir = join(root, 'readability');
for (const name of readdirSync(rdir).sort()) {
  if (!statSync(join(rdir, name)).isDirectory()) continue;
  rows[`readability/${name}`] = read(join(rdir, name, 'source.html'), 'http://fakehost/test/page.html');
}
const ddir = join(root, 'dates');
for (const line of readFileSync(join(ddir, 'labels.jsonl'), 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const { url, file } = JSON.parse(line) as { url: string; file: string };
  rows[`dates/${file}`] = read(join(ddir, file), url);
}
const mdir = join(root, 'metadata');
interface MetaCase {
  url: string | null;
  file: string;
  authors?: string[];
  authorsAlt?: string[][];
  title?: { value: string; alt?: string[] };
}
const { pages } = JSON.parse(readFileSync(join(mdir, 'expected.json'), 'utf8')) as { pages: Record<string, MetaCase> };
for (const [name, c] of Object.entries(pages)) {
  rows[`metadata/${name}`] = read(join(mdir, c.file), c.url);
  labels[`metadata/${name}`] = {
    ...(c.title ? { title: [c.title.value, ...(c.title.alt ?? [])] } : {}),
    ...(c.authors ? { authors: [c.authors, ...(c.authorsAlt ?? [])] } : {}),
  };
}

const at = (flag: string): string | undefined => {
  const i = process.argv.indexOf(flag);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const save = at('--save');
const compare = at('--compare');
if (save) {
  writeFileSync(save, JSON.stringify(rows, null, 1));
  console.log(`saved ${Object.keys(rows).length} pages to ${save}`);
}
if (compare) {
  const old = JSON.parse(readFileSync(compare, 'utf8')) as Record<string, Row>;
  const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const sameSet = (a: readonly string[], b: readonly string[]): boolean => [...new Set(a.map(fold))].sort().join('|') === [...new Set(b.map(fold))].sort().join('|');
  const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
  const counts: Record<string, { changed: number; better: number; worse: number }> = {};
  for (const [page, now] of Object.entries(rows)) {
    const was = old[page];
    if (!was) continue;
    const corpus = page.split('/')[0]!;
    for (const field of ['title', 'authors', 'credit', 'siteName'] as const) {
      const a = JSON.stringify(was[field]);
      const b = JSON.stringify(now[field]);
      if (a === b) continue;
      const c = (counts[`${corpus} ${field}`] ??= { changed: 0, better: 0, worse: 0 });
      c.changed++;
      let verdict = '';
      const l = labels[page];
      const right = (r: Row): boolean | null =>
        field === 'title' && l?.title ? l.title.map(squash).includes(squash(r.title ?? '')) : field === 'authors' && l?.authors ? l.authors.some((s) => sameSet(s, r.authors)) : null;
      const before = right(was);
      const after = right(now);
      if (before !== null && before !== after) {
        verdict = after ? ' BETTER' : ' WORSE';
        c[after ? 'better' : 'worse']++;
      }
      console.log(`${page} ${field}${verdict}: ${a} → ${b}`);
    }
  }
  console.log('\nchanged values (better/worse where labelled):');
  for (const [k, c] of Object.entries(counts)) console.log(`  ${k.padEnd(24)} ${c.changed} changed${c.better || c.worse ? `, ${c.better} better, ${c.worse} worse` : ''}`);
}
