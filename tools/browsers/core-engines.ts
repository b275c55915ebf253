/**
 * The core in a plain page of each real engine (no extension): core-page.ts built as one script,
 * loaded in Chromium and in Firefox ESR, and called with a page's HTML. Used by
 * same-analysis.e2e.test.ts and `npm run eval:browsers`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import type { Analysis } from '../../src/analysis';
import { CHROMIUM, FIREFOX } from './browsers';

export interface CoreEngine {
  name: string;
  analyze(html: string, url: string, now: string): Promise<Analysis>;
  close(): Promise<void>;
}

type Core = { __nutshellCore: { analyze(h: string, u: string, n: string): Analysis } };

/** core-page.ts as one classic script. */
export async function buildCoreScript(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'nutshell-core-page-'));
  try {
    await build({
      configFile: false,
      logLevel: 'warn',
      publicDir: false,
      build: { outDir: out, emptyOutDir: true, lib: { entry: join(import.meta.dirname, 'core-page.ts'), formats: ['iife'], name: 'nutshellCorePage', fileName: () => 'core.js' } },
    });
    return readFileSync(join(out, 'core.js'), 'utf8');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

export async function openChromium(script: string): Promise<CoreEngine> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage();
  await page.setContent('<!doctype html><title>core</title>');
  await page.addScriptTag({ content: script });
  return {
    name: 'Chromium',
    analyze: (html, url, now) => page.evaluate(([h, u, n]) => (globalThis as unknown as Core).__nutshellCore.analyze(h, u, n), [html, url, now] as const),
    close: () => browser.close(),
  };
}

export async function openFirefox(script: string): Promise<CoreEngine> {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  const page = await browser.newPage();
  await page.evaluate(script);
  return {
    name: 'Firefox ESR',
    analyze: (html, url, now) => page.evaluate((h: string, u: string, n: string) => (globalThis as unknown as Core).__nutshellCore.analyze(h, u, n), html, url, now),
    close: () => browser.close(),
  };
}
