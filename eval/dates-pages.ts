/**
 * `npm run eval:dates`: a day-by-day view of the `dates/` corpus (issue #14), for tuning date rules: prints accuracy,
 * precision and coverage like eval/metadata-real.ts, and with `--save FILE` writes each page's
 * answer (day and signal) as JSON; `--compare FILE` then lists every page whose verdict changed
 * since that run (better, worse, or another wrong value). `--only a,b` reads only the named files;
 * `--show` prints every page's answer and signal. Also counts published/modified values that are
 * not valid ISO 8601 or whose signal holds a lone surrogate (must be 0). A file named twice in
 * labels.jsonl counts once (473 pages).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseDocument } from '../cli/dom';
import { analyzeDocument, decodeHtml } from '../src/index';
import { corpusRoot } from './lib/corpus';

const NOW = new Date('2026-12-01T00:00:00Z');
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const only = arg('--only')?.split(',');
const dir = join(corpusRoot(), 'dates');
const ISO = /^\d{4}-\d\d-\d\d(?:T\d\d:\d\d:\d\d(?:Z|[+-]\d\d:\d\d)?)?$/;
type Row = { expected: string | null; got: string | null; signal: string | null; verdict: 'right' | 'wrong' | 'missed' };
const rows: Record<string, Row> = {};
let invalid = 0;
for (const line of readFileSync(join(dir, 'labels.jsonl'), 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const { url, file, date } = JSON.parse(line) as { url: string; file: string; date: string | null };
  if (only && !only.some((o) => file.includes(o))) continue;
  let bytes: Uint8Array = readFileSync(join(dir, file));
  if (file.endsWith('.gz')) bytes = gunzipSync(bytes);
  const a = analyzeDocument(parseDocument(decodeHtml(bytes).text), { url, now: NOW });
  for (const t of [a.times.published, a.times.modified]) {
    if (t && (!ISO.test(t.iso) || Number.isNaN(Date.parse(t.iso)) || /\p{Cs}/u.test(t.signal))) {
      invalid++;
      console.log(`invalid: ${file}: ${JSON.stringify(t)}`);
    }
  }
  const got = a.published?.slice(0, 10) ?? null;
  rows[file] = { expected: date, got, signal: a.times.published?.signal ?? null, verdict: !got ? 'missed' : got === date ? 'right' : 'wrong' };
  if (process.argv.includes('--show')) console.log(`${rows[file].verdict.padEnd(6)} ${file}: expected ${date}, got ${a.published ?? '-'} (${rows[file].signal})`);
}
const all = Object.values(rows);
const n = (v: string): number => all.filter((r) => r.verdict === v).length;
const right = n('right');
const answered = right + n('wrong');
console.log(`dates/ day accuracy ${(right / all.length).toFixed(3)}  precision ${(right / answered).toFixed(3)}  coverage ${(answered / all.length).toFixed(3)}  (${right} right, ${n('wrong')} wrong, ${n('missed')} missed of ${all.length}); invalid ISO/UTF: ${invalid}`);
const save = arg('--save');
if (save) writeFileSync(save, JSON.stringify(rows, null, 1));
const cmp = arg('--compare');
if (cmp) {
  const before = JSON.parse(readFileSync(cmp, 'utf8')) as Record<string, Row>;
  for (const [file, r] of Object.entries(rows)) {
    const b = before[file];
    if (!b || b.got === r.got) continue;
    const mark = r.verdict === 'right' ? '+' : b.verdict === 'right' ? '-' : '~';
    console.log(`${mark} ${file}: expected ${r.expected}, was ${b.got} (${b.signal}), now ${r.got} (${r.signal})`);
  }
}
