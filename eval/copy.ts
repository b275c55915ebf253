/**
 * npm run eval:copy — whether reading a page from its copy gives the Analysis that reading the live
 * page gives (issue #13). Since then the content script only checks the page (preflight) and hands
 * it over as the browser serializes it; the popup parses that again and reads it there, so the
 * reader's tab is not held while Readability runs. For every Readability corpus page, served on
 * 127.0.0.1 and loaded in Debian's Chromium (no host but 127.0.0.1 resolves), both readings run in
 * an isolated world of the page, as the content script's does, and their Analyses are compared
 * byte for byte; then the times of the page's part (preflight, serialize) and the popup's part
 * (parse and read), median, p95 and max. Exits 1 when any page differs.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM, installHint, missingBrowsers } from '../tools/browsers/browsers';
import { startServer } from '../tools/browsers/server';
import { corpusPath } from './lib/corpus';

if (missingBrowsers().includes('chromium')) {
  console.error(installHint(['chromium']));
  process.exit(1);
}
const CORPUS = corpusPath('readability');
const URL_ = 'http://fakehost/test/page.html';
const NOW = '2026-12-01T00:00:00Z';

const out = mkdtempSync(join(tmpdir(), 'nutshell-copy-'));
let script: string;
try {
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: { outDir: out, emptyOutDir: true, lib: { entry: join(import.meta.dirname, 'copy/page.ts'), formats: ['iife'], name: 'nutshellCopy', fileName: () => 'copy.js' } },
  });
  script = readFileSync(join(out, 'copy.js'), 'utf8');
} finally {
  rmSync(out, { recursive: true, force: true });
}

interface CopyResult {
  safe: boolean;
  analysis: string | null;
  chars: number;
  preflightMs: number;
  serializeMs: number;
  readMs: number;
}

const pages = readdirSync(CORPUS)
  .filter((d) => statSync(join(CORPUS, d)).isDirectory() && existsSync(join(CORPUS, d, 'source.html')))
  .sort();
const server = await startServer(0, { mounts: [['/corpus/', CORPUS]] });
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });
const differ: string[] = [];
const rows: Array<CopyResult & { page: string }> = [];
try {
  for (const name of pages) {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/corpus/${name}/source.html`, { waitUntil: 'load' });
    const cdp = await page.context().newCDPSession(page);
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'nutshell-copy' })) as { executionContextId: number };
    const run = async <T>(expression: string): Promise<T> => {
      const r = (await cdp.send('Runtime.evaluate', { expression, contextId: executionContextId, returnByValue: true })) as { result: { value: T }; exceptionDetails?: { text: string } };
      if (r.exceptionDetails) throw new Error(`${name}: ${r.exceptionDetails.text}`);
      return r.result.value;
    };
    await run(script);
    const args = `${JSON.stringify(URL_)}, ${JSON.stringify(NOW)}`;
    const live = await run<string>(`__copy.live(${args})`);
    const copy = await run<CopyResult>(`__copy.copy(${args})`);
    rows.push({ page: name, ...copy });
    if (!copy.safe) differ.push(`${name}: the preflight finds it unsafe (it would be read in the worker)`);
    else if (copy.analysis !== live) {
      const [a, b] = [JSON.parse(live) as Record<string, unknown>, JSON.parse(copy.analysis ?? 'null') as Record<string, unknown> | null];
      differ.push(`${name}: ${b ? Object.keys(a).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k])).join(', ') : 'no facts from the copy'}`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const stats = (xs: number[], unit = 'ms') => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
  return `median ${at(0.5).toFixed(1)}, p95 ${at(0.95).toFixed(1)}, max ${s.at(-1)!.toFixed(1)} ${unit}`;
};
console.log(`${pages.length - differ.length} of ${pages.length} pages: the same Analysis from the copy as from the live page (Chromium)`);
for (const d of differ) console.log(`  ${d}`);
console.log(`in the page: preflight ${stats(rows.map((r) => r.preflightMs))}; serialize ${stats(rows.map((r) => r.serializeMs))}`);
console.log(`in the popup: parse and read the copy ${stats(rows.map((r) => r.readMs))}`);
console.log(`copy size: ${stats(rows.map((r) => r.chars / 1000), 'K characters')}`);
process.exit(differ.length ? 1 : 0);
