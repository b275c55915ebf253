/**
 * npm run eval:browsers — does every corpus page give the same Analysis in the browsers as in Node?
 *
 * The core runs on linkedom in Node (the CLI, the evals) and on the browser's own DOM in the
 * extension. For every page of the Readability corpus (../shared/corpus/readability, or
 * $NUTSHELL_CORPUS), the page is analysed in Node and, through DOMParser, in Debian's Chromium and
 * in Firefox ESR (tools/browsers/core-page.ts, built here); every field of the two Analyses is
 * compared. Printed: pages identical of all, per browser, and each difference. (The real-browser
 * test does the same on the repository's fixtures and must find none.)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../cli/dom';
import type { Analysis } from '../src/analysis';
import { analyzeDocument } from '../src/analyze';
import { installHint, missingBrowsers } from '../tools/browsers/browsers';
import { buildCoreScript, openChromium, openFirefox, type CoreEngine } from '../tools/browsers/core-engines';
import { corpusPath } from './lib/corpus';

const CORPUS = corpusPath('readability');
const NOW = '2026-01-01T00:00:00.000Z';
if (!existsSync(CORPUS)) {
  console.error(`corpus not found at ${CORPUS} (set NUTSHELL_CORPUS)`);
  process.exit(1);
}
if (missingBrowsers().length) {
  console.error(installHint(missingBrowsers()));
  process.exit(1);
}

const script = await buildCoreScript();

const pages = readdirSync(CORPUS)
  .filter((p) => existsSync(join(CORPUS, p, 'source.html')))
  .sort()
  .map((p) => {
    const html = readFileSync(join(CORPUS, p, 'source.html'), 'utf8');
    const url = `https://example.com/${p}/`;
    const node = JSON.parse(JSON.stringify(analyzeDocument(parseDocument(html), { url, now: new Date(NOW) }))) as Analysis;
    return { p, html, url, node };
  });

async function compare(engine: CoreEngine): Promise<void> {
  const name = engine.name;
  let same = 0;
  const lines: string[] = [];
  const byField: Record<string, number> = {};
  for (const { p, html, url, node } of pages) {
    const b = await engine.analyze(html, url, NOW);
    const diff = Object.keys(node).filter((k) => JSON.stringify(node[k as keyof Analysis]) !== JSON.stringify(b[k as keyof Analysis]));
    if (!diff.length) {
      same++;
      continue;
    }
    for (const k of diff) byField[k] = (byField[k] ?? 0) + 1;
    lines.push(`  ${p}: ${diff.map((k) => `${k} (node ${JSON.stringify(node[k as keyof Analysis])?.slice(0, 70)} | ${name} ${JSON.stringify(b[k as keyof Analysis])?.slice(0, 70)})`).join('; ')}`);
  }
  const fields = Object.entries(byField).map(([k, n]) => `${k} ${n}`).join(', ');
  console.log(`${name}: ${same} of ${pages.length} pages give the same Analysis as Node${fields ? `; differing fields: ${fields}` : ''}`);
  for (const l of lines) console.log(l);
}

for (const open of [openChromium, openFirefox]) {
  const engine = await open(script);
  try {
    await compare(engine);
  } finally {
    await engine.close();
  }
}
