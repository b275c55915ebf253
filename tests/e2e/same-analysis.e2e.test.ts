/**
 * The core is one piece of code for every context: the same page gives the same Analysis in Node on
 * linkedom (the CLI, the unit tests) as in Chromium and in Firefox ESR on the browser's own DOM. Every
 * HTML fixture of this repository and the bundled sample, compared field by field. The one allowance:
 * the word count of Chinese, Japanese or Thai text comes from the engine's Intl.Segmenter, whose
 * dictionaries differ between V8, SpiderMonkey and ICU versions (within 15%).
 */
import { readdirSync, readFileSync, rmSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/dom';
import type { Analysis } from '../../src/analysis';
import { analyzeDocument } from '../../src/analyze';
import { UNSPACED } from '../../src/text/words';
import { CHROMIUM, FIREFOX } from './support/browsers';

const ROOT = resolve(import.meta.dirname, '../..');
const NOW = '2026-01-01T00:00:00.000Z';
const URL_ = 'https://news.example/world/story';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? htmlFiles(p) : f.endsWith('.html') ? [p] : [];
  });
}
const files = [...htmlFiles(join(ROOT, 'tests/fixtures')), join(ROOT, 'sample/index.html')];
const nodeAnalyses = new Map(
  files.map((f) => [f, JSON.parse(JSON.stringify(analyzeDocument(parseDocument(readFileSync(f, 'utf8')), { url: URL_, now: new Date(NOW) }))) as Analysis]),
);

let out: string;
let script: string;
beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'nutshell-core-page-'));
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: { outDir: out, emptyOutDir: true, lib: { entry: join(ROOT, 'tests/e2e/support/core-page.ts'), formats: ['iife'], name: 'nutshellCorePage', fileName: () => 'core.js' } },
  });
  script = readFileSync(join(out, 'core.js'), 'utf8');
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Fields that differ, with both values; word counts of unspaced text compared within 15%. */
function differences(node: Analysis, browser: Analysis): string[] {
  const unspaced = UNSPACED.test(node.text);
  return Object.keys(node)
    .filter((k) => {
      const a = node[k as keyof Analysis];
      const b = browser[k as keyof Analysis];
      if (unspaced && (k === 'wordCount' || k === 'readingTimeMinutes')) return Math.abs(Number(a) - Number(b)) > 0.15 * Math.max(Number(a), 1) + 1;
      return JSON.stringify(a) !== JSON.stringify(b);
    })
    .map((k) => `${k}: node ${JSON.stringify(node[k as keyof Analysis])?.slice(0, 160)} | browser ${JSON.stringify(browser[k as keyof Analysis])?.slice(0, 160)}`);
}

async function compareAll(analyze: (html: string) => Promise<Analysis>): Promise<string[]> {
  const bad: string[] = [];
  for (const f of files) {
    const diffs = differences(nodeAnalyses.get(f)!, await analyze(readFileSync(f, 'utf8')));
    if (diffs.length) bad.push(`${f.slice(ROOT.length + 1)}\n  ${diffs.join('\n  ')}`);
  }
  return bad;
}

describe('the same Analysis in Node, Chromium and Firefox ESR', () => {
  it(`holds for Chromium on all ${files.length} fixture pages`, async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage();
      await page.setContent('<!doctype html><title>core</title>');
      await page.addScriptTag({ content: script });
      const bad = await compareAll((html) =>
        page.evaluate(([h, u, n]) => (globalThis as unknown as { __nutshellCore: { analyze(h: string, u: string, n: string): Analysis } }).__nutshellCore.analyze(h, u, n), [html, URL_, NOW] as const),
      );
      expect(bad, bad.join('\n')).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it(`holds for Firefox ESR on all ${files.length} fixture pages`, async () => {
    const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
    try {
      const page = await browser.newPage();
      await page.evaluate(script);
      const bad = await compareAll((html) =>
        page.evaluate(
          (h: string, u: string, n: string) => (globalThis as unknown as { __nutshellCore: { analyze(h: string, u: string, n: string): Analysis } }).__nutshellCore.analyze(h, u, n),
          html,
          URL_,
          NOW,
        ),
      );
      expect(bad, bad.join('\n')).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
