/**
 * The built CLI (dist/cli) as a reader runs it: `node bin/nutshell.mjs`. Many pages go through the
 * worker pool; the output must keep the input order and report a bad file without stopping.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SAMPLE = join(ROOT, 'sample/index.html');
const NOT_ARTICLE = join(ROOT, 'tests/fixtures/browser/pages/not-article.html');

function run(args: string[]) {
  return spawnSync(process.execPath, [join(ROOT, 'bin/nutshell.mjs'), ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

describe('built CLI', () => {
  it('analyzes 40 pages in worker threads, in input order, and reports the missing one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nutshell-cli-e2e-'));
    const list = join(dir, 'pages.jsonl');
    const entries = Array.from({ length: 40 }, (_, i) => ({
      file: i === 17 ? join(dir, 'missing.html') : i % 3 === 0 ? NOT_ARTICLE : SAMPLE,
      url: `https://example.com/page-${i}`,
    }));
    writeFileSync(list, entries.map((e) => JSON.stringify(e)).join('\n') + '\n');
    const r = run(['analyze', '--list', list, '--jobs', '2', '--now', '2025-05-14T16:00:00Z']);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; url?: string; error?: string; notArticle?: unknown; title?: string });
    expect(lines.map((l) => l.file)).toEqual(entries.map((e) => e.file));
    expect(lines[17]!.error).toMatch(/no such file/);
    expect(lines[1]!.url).toBe('https://example.com/page-1');
    expect(lines[1]!.title).toMatch(/Kerala/);
    expect(lines[3]!.notArticle).not.toBeNull();
    expect(r.stderr).toMatch(/missing\.html/);
  });

  it('summarizes JSON lines', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nutshell-cli-e2e-'));
    const input = join(dir, 'pairs.jsonl');
    writeFileSync(input, JSON.stringify({ id: 'x', article: 'One thing happened today. Another followed it. A third came later. A fourth closed the day.' }) + '\n');
    const r = run(['summarize', '--input', input, '--sentences', '3']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ id: 'x', summary: expect.any(Array) });
    expect(JSON.parse(r.stdout).summary).toHaveLength(3);
  });
});
