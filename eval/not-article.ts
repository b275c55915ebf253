/**
 * npm run eval:not-article (issue #16): which corpus pages the popup would show as "not an article",
 * and why. Every page of readability/ (Readability's test pages), metadata/ (real news pages) and
 * dates/ (real pages of many kinds) is read as the CLI reads it; printed: the count per state, and
 * each page in a not-article state with its title, so a change of state is seen page by page.
 * `--listing` prints only the pages taken for a front page or a list of stories (the `listing` reason).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseDocument } from '../cli/dom';
import { analyzeDocument, decodeHtml } from '../src/index';
import { corpusRoot } from './lib/corpus';

const NOW = new Date('2026-12-01T00:00:00Z');
const root = corpusRoot();
const onlyListing = process.argv.includes('--listing');

const sets: Array<[string, string[]]> = [
  ['readability', readdirSync(join(root, 'readability')).map((d) => join(root, 'readability', d, 'source.html')).filter((f) => existsSync(f))],
  ['metadata', readdirSync(join(root, 'metadata/pages')).map((f) => join(root, 'metadata/pages', f))],
  ['dates', readdirSync(join(root, 'dates/pages')).map((f) => join(root, 'dates/pages', f))],
];

for (const [name, files] of sets) {
  const counts = new Map<string, number>();
  const lines: string[] = [];
  for (const file of files.sort()) {
    let bytes: Uint8Array = readFileSync(file);
    if (file.endsWith('.gz')) bytes = gunzipSync(bytes);
    const doc = parseDocument(decodeHtml(bytes).text);
    const a = analyzeDocument(doc, { url: 'https://example.invalid/', now: NOW });
    const state = a.notArticle?.reason ?? 'article';
    counts.set(state, (counts.get(state) ?? 0) + 1);
    if (state !== 'article' && (!onlyListing || state === 'listing')) lines.push(`  ${state.padEnd(10)} ${file.slice(root.length + 1)}  “${a.title.slice(0, 80)}”`);
  }
  const summary = [...counts].sort().map(([k, v]) => `${k} ${v}`).join(', ');
  console.log(`${name} (${files.length} pages): ${summary}`);
  for (const l of lines) console.log(l);
}
