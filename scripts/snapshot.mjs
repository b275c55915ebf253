#!/usr/bin/env node
/**
 * The Analysis of every page of the third-party corpus (readability/, dates/, metadata/), one JSON
 * line a page, through the built CLI (`npm run build` first) with "now" pinned — so a refactoring can
 * prove it changed nothing:
 *
 *   node scripts/snapshot.mjs before.jsonl          # write a snapshot
 *   node scripts/snapshot.mjs after.jsonl before.jsonl   # write one and compare it with another
 *
 * The comparison prints how many pages are byte-identical and the first differing field of each
 * page that is not, and exits 1 when any differs. The corpus is read from $NUTSHELL_CORPUS or
 * ../shared/corpus; nothing of it is copied into the repository.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = process.env.NUTSHELL_CORPUS ? resolve(process.env.NUTSHELL_CORPUS) : resolve(repo, '../shared/corpus');
const NOW = '2026-12-01T00:00:00Z';

const [out, against] = process.argv.slice(2);
if (!out) {
  process.stderr.write('usage: node scripts/snapshot.mjs OUT.jsonl [BEFORE.jsonl]\n');
  process.exit(2);
}

/** Every corpus page with the URL it was saved from (the Readability pages share one test URL). */
function pages() {
  const list = [];
  const readability = join(corpus, 'readability');
  for (const name of readdirSync(readability).sort()) {
    const file = join(readability, name, 'source.html');
    if (existsSync(file)) list.push({ file, url: 'http://fakehost/test/page.html' });
  }
  for (const line of readFileSync(join(corpus, 'dates/labels.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const { file, url } = JSON.parse(line);
    list.push({ file: join(corpus, 'dates', file), url });
  }
  const meta = JSON.parse(readFileSync(join(corpus, 'metadata/expected.json'), 'utf8'));
  for (const page of Object.values(meta.pages)) list.push({ file: join(corpus, 'metadata', page.file), url: page.url });
  return list;
}

const list = pages();
const listFile = join(mkdtempSync(join(tmpdir(), 'nutshell-snapshot-')), 'pages.jsonl');
writeFileSync(listFile, list.map((p) => JSON.stringify(p)).join('\n') + '\n');
const run = spawnSync(process.execPath, [join(repo, 'bin/nutshell.mjs'), 'analyze', '--list', listFile, '--now', NOW], {
  encoding: 'utf8',
  maxBuffer: 1 << 30,
});
if (run.status !== 0 && run.status !== 1) {
  process.stderr.write(run.stderr);
  process.exit(run.status ?? 1);
}
// Paths differ between machines: each line names its page relative to the corpus.
const lines = run.stdout
  .split('\n')
  .filter(Boolean)
  .map((l) => {
    const a = JSON.parse(l);
    a.file = a.file.slice(corpus.length + 1);
    return JSON.stringify(a);
  });
writeFileSync(out, lines.join('\n') + '\n');
process.stdout.write(`${lines.length} pages analysed (${list.length} in the corpus) -> ${out}\n`);

if (against) {
  const before = readFileSync(against, 'utf8').split('\n').filter(Boolean);
  let same = 0;
  const diffs = [];
  for (let i = 0; i < Math.max(before.length, lines.length); i++) {
    if (before[i] === lines[i]) {
      same++;
      continue;
    }
    const a = before[i] ? JSON.parse(before[i]) : {};
    const b = lines[i] ? JSON.parse(lines[i]) : {};
    const field = [...new Set([...Object.keys(a), ...Object.keys(b)])].find((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
    diffs.push(`${b.file ?? a.file}: ${field ?? '(key order)'}`);
  }
  process.stdout.write(`${same} of ${Math.max(before.length, lines.length)} byte-identical\n`);
  for (const d of diffs.slice(0, 40)) process.stdout.write(`  differs: ${d}\n`);
  if (diffs.length) process.exit(1);
}
