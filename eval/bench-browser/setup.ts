/**
 * What run.ts (npm run bench:browser) and ab.ts share: the bench page built from page.ts, a
 * headless Chromium page that holds it, and the corpus pages to measure (BENCH_ONLY=a,b names some).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM } from '../../tools/browsers/browsers';
import { corpusPath } from '../lib/corpus';

const ROOT = resolve(import.meta.dirname, '../..');
export const CORPUS = corpusPath('readability');
export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

/** Builds dist/bench/page.js (an IIFE that sets `globalThis.__bench`) from this tree; its text. */
export async function buildBenchPage(opts: { minify?: boolean } = {}): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir: resolve(ROOT, 'dist/bench'),
      // (Unminified for a profile, whose functions then have their own names.)
      minify: opts.minify ?? true,
      emptyOutDir: true,
      lib: { entry: resolve(import.meta.dirname, 'page.ts'), formats: ['iife'], name: 'nutshellBench', fileName: () => 'page.js' },
    },
  });
  return readFileSync(resolve(ROOT, 'dist/bench/page.js'), 'utf8');
}

/** A blank page in headless Chromium; `load` adds each script to it in turn (between two, the caller may rename `__bench`). */
export async function benchBrowser(): Promise<{ browser: Browser; page: Page; load(script: string): Promise<void> }> {
  // `gc()` in the page: page.ts starts each timed step on a collected heap.
  const args = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--js-flags=--expose-gc'];
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args });
  const page = await browser.newPage();
  await page.setContent('<!doctype html><title>bench</title>');
  return { browser, page, load: async (content) => void (await page.addScriptTag({ content })) };
}

/** The corpus pages with a source.html, sorted, narrowed by BENCH_ONLY. */
export function benchPages(): string[] {
  return readdirSync(CORPUS)
    .filter((d) => statSync(join(CORPUS, d)).isDirectory() && existsSync(join(CORPUS, d, 'source.html')))
    .sort()
    .filter((d) => !process.env.BENCH_ONLY || process.env.BENCH_ONLY.split(',').includes(d));
}
