/**
 * The core is one piece of code for every context: the same page gives the same Analysis in Node on
 * linkedom (the CLI, the unit tests) as in Chromium and in Firefox ESR on the browser's own DOM. Every
 * HTML fixture of this repository and the bundled sample, compared field by field. The one allowance:
 * the word count of Chinese, Japanese or Thai text comes from the engine's Intl.Segmenter, whose
 * dictionaries differ between V8, SpiderMonkey and ICU versions (within 15%).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/dom';
import type { Analysis } from '../../src/analysis';
import { analyzeDocument } from '../../src/analyze';
import { UNSPACED } from '../../src/text/words';
import { buildCoreScript, openChromium, openFirefox, type CoreEngine } from '../../tools/browsers/core-engines';

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

let script: string;
beforeAll(async () => {
  script = await buildCoreScript();
});

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

async function differingPages(open: (script: string) => Promise<CoreEngine>): Promise<string[]> {
  const engine = await open(script);
  try {
    const bad: string[] = [];
    for (const f of files) {
      const diffs = differences(nodeAnalyses.get(f)!, await engine.analyze(readFileSync(f, 'utf8'), URL_, NOW));
      if (diffs.length) bad.push(`${f.slice(ROOT.length + 1)}\n  ${diffs.join('\n  ')}`);
    }
    return bad;
  } finally {
    await engine.close();
  }
}

describe('the same Analysis in Node, Chromium and Firefox ESR', () => {
  it(`holds for Chromium on all ${files.length} fixture pages`, async () => {
    const bad = await differingPages(openChromium);
    expect(bad, bad.join('\n')).toEqual([]);
  });

  it(`holds for Firefox ESR on all ${files.length} fixture pages`, async () => {
    const bad = await differingPages(openFirefox);
    expect(bad, bad.join('\n')).toEqual([]);
  });
});
