import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../cli/nutshell';

const SAMPLE = resolve(import.meta.dirname, '../../../sample/index.html');
let out: string[];
let err: string[];

beforeEach(() => {
  out = [];
  err = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
});
afterEach(() => vi.restoreAllMocks());

const lines = () => out.join('').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('nutshell --help', () => {
  it('prints the usage and exits 0, after a command too', async () => {
    for (const argv of [['--help'], ['help'], ['analyze', '--help'], ['summarize', '-h']]) {
      out = [];
      expect(await main(argv)).toBe(0);
      expect(out.join('')).toMatch(/^usage:\n  nutshell analyze/);
    }
  });
});

describe('nutshell analyze', () => {
  it('prints one Analysis per file as a JSON line, with the file as given', async () => {
    expect(await main(['analyze', SAMPLE, '--now', '2025-05-14T16:00:00Z'])).toBe(0);
    const [a] = lines();
    expect(a).toMatchObject({ file: SAMPLE, title: 'Kerala Fishing Villages Test Early-Warning Buoys Ahead of Monsoon' });
    expect(a!.url).toBe(pathToFileURL(SAMPLE).href); // no canonical link or og:url in the sample
    expect(a!.summary).toHaveLength(3);
  });

  it('takes --url and --sentences', async () => {
    await main(['analyze', SAMPLE, '--url', 'https://www.bharatledger.example/a', '--sentences', '5']);
    const [a] = lines();
    expect(a!.url).toBe('https://www.bharatledger.example/a');
    expect(a!.summary).toHaveLength(5);
  });

  it('takes any --sentences from 1 to 100, not only the options page’s lengths', async () => {
    await main(['analyze', SAMPLE, '--sentences', '4']);
    expect(lines()[0]!.summary).toHaveLength(4);
  });

  it('uses the canonical link as the URL when there is no --url', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nutshell-cli-'));
    const file = join(dir, 'p.html');
    writeFileSync(file, '<html><head><link rel="canonical" href="https://news.example/story-1"></head><body><p>Hi</p></body></html>');
    await main(['analyze', file]);
    expect(lines()[0]!.url).toBe('https://news.example/story-1');
  });

  it('reads a page in its declared encoding, and gzipped pages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nutshell-cli-'));
    // "Привет, мир" in windows-1251, as a Russian site would have saved it.
    const cyr = Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0x2c, 0x20, 0xec, 0xe8, 0xf0]);
    const page = Buffer.concat([Buffer.from('<html><head><meta charset="windows-1251"><title>'), cyr, Buffer.from('</title></head><body><p>x</p></body></html>')]);
    writeFileSync(join(dir, 'ru.html'), page);
    writeFileSync(join(dir, 'ru.html.gz'), gzipSync(page));
    expect(await main(['analyze', join(dir, 'ru.html'), join(dir, 'ru.html.gz')])).toBe(0);
    expect(lines().map((l) => l.title)).toEqual(['Привет, мир', 'Привет, мир']);
  });

  it('reports an unreadable file as a line with an error, goes on, and exits non-zero', async () => {
    const code = await main(['analyze', '/nonexistent/missing.html', SAMPLE]);
    const [bad, good] = lines();
    expect(code).toBe(1);
    expect(bad).toEqual({ file: '/nonexistent/missing.html', error: 'no such file: /nonexistent/missing.html' });
    expect(good!.title).toMatch(/Kerala/);
    expect(err.join('')).toMatch(/missing\.html/);
  });

  it('reads pages from --list', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nutshell-cli-'));
    const list = join(dir, 'pages.jsonl');
    writeFileSync(list, JSON.stringify({ file: SAMPLE, url: 'https://x.example/1' }) + '\n\n' + JSON.stringify({ file: SAMPLE, url: 'https://x.example/2' }) + '\n');
    expect(await main(['analyze', '--list', list])).toBe(0);
    expect(lines().map((l) => l.url)).toEqual(['https://x.example/1', 'https://x.example/2']);
  });

  it.each([
    [['analyze'], /at least one HTML file/],
    [['analyze', SAMPLE, '--sentences', 'many'], /--sentences must be a whole number/],
    [['analyze', SAMPLE, '--sentences', '0'], /--sentences must be a whole number from 1 to 100, got 0/],
    [['analyze', SAMPLE, '--sentences', '101'], /--sentences must be a whole number from 1 to 100, got 101/],
    [['analyze', SAMPLE, '--now', 'yesterday'], /--now must be an ISO 8601 time/],
    [['analyze', SAMPLE, '--bogus'], /unknown option --bogus/],
    [['frobnicate'], /unknown command frobnicate/],
  ])('rejects %j with a usage error (exit 2)', async (argv, message) => {
    expect(await main(argv)).toBe(2);
    expect(err.join('')).toMatch(message);
  });
});

describe('nutshell summarize', () => {
  it('summarizes {"id","article"} lines into {"id","summary"} lines', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nutshell-cli-'));
    const input = join(dir, 'pairs.jsonl');
    const article = 'The mayor opened the new bridge on Monday. It cost 40 million dollars. Traffic is expected to fall by a third. Some residents said the money should have gone to schools. The bridge took four years to build.';
    writeFileSync(input, JSON.stringify({ id: 'a1', article }) + '\n' + JSON.stringify({ id: 'a2', article: 42 }) + '\n');
    expect(await main(['summarize', '--input', input, '--sentences', '3'])).toBe(1);
    const [ok, bad] = lines();
    expect(ok!.id).toBe('a1');
    expect(ok!.summary).toHaveLength(3);
    for (const s of ok!.summary as string[]) expect(article).toContain(s);
    expect(bad).toMatchObject({ id: 'a2', error: expect.stringMatching(/article/) });
  });
});
