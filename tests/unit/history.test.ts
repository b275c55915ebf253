/**
 * The history's pure half (src/history.ts): entries made from real briefs (the bundled sample and
 * an AI-disclosure fixture), the 200 cap, one entry per page, search, and storage holding garbage.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/dom';
import { analyzeDocument } from '../../src/analyze';
import type { Analysis } from '../../src/analysis';
import { addToHistory, findInHistory, HISTORY_MAX, repairHistory, searchHistory, storedHistory, toHistoryEntry } from '../../src/history';
import { readFixture } from '../../tools/fixtures/loader';

const ROOT = resolve(import.meta.dirname, '../..');
const now = new Date('2025-05-14T16:00:00Z');
const sample = analyzeDocument(parseDocument(readFileSync(resolve(ROOT, 'sample/index.html'), 'utf8')), {
  url: 'https://www.bharatledger.example/india/kerala-buoys',
  now,
});
const aiPage = analyzeDocument(parseDocument(readFixture('ai', 'en-credit-midjourney')), { url: 'https://news.example/ai-story', now });

const at = (url: string, a: Analysis = sample): Analysis => ({ ...a, url });

describe('toHistoryEntry', () => {
  it('keeps what the popup shows and drops the article text', () => {
    const e = toHistoryEntry(sample, now);
    expect(e.when).toBe('2025-05-14T16:00:00.000Z');
    expect(e.brief.title).toBe(sample.title);
    expect(e.brief.summary).toEqual(sample.summary);
    expect(e.brief.times).toEqual(sample.times);
    expect(e.brief.text).toBe('');
    expect(sample.text.length).toBeGreaterThan(500);
    expect(JSON.stringify(e).length).toBeLessThan(JSON.stringify(sample).length / 2);
  });

  it("keeps a model summary's marks, not its links into the dropped text", () => {
    const model: Analysis = {
      ...sample,
      engine: { id: 'openai', model: 'tiny', endpoint: 'http://localhost:11434/v1' },
      grounding: [{ supported: false, unsupported: ['42'], source: 3 }],
    };
    expect(toHistoryEntry(model, now).brief.grounding).toEqual([{ supported: false, unsupported: ['42'], source: null }]);
    expect(sample.grounding.length).toBeGreaterThan(0);
    expect(toHistoryEntry(sample, now).brief.grounding).toEqual([]);
  });

  it('keeps the AI-flagged images with their evidence, and only those', () => {
    expect(aiPage.ai.pageFlag).toBe(true);
    const e = toHistoryEntry(aiPage, now);
    expect(e.brief.ai.pageFlag).toBe(true);
    expect(e.brief.ai.images.length).toBeGreaterThan(0);
    expect(e.brief.ai.images.every((i) => i.aiGenerated && i.evidence.length > 0)).toBe(true);
  });
});

describe('addToHistory', () => {
  it('puts the newest first, keeps one entry per page and at most 200', () => {
    let list = addToHistory([], toHistoryEntry(at('https://a.example/1'), now));
    list = addToHistory(list, toHistoryEntry(at('https://a.example/2'), now));
    list = addToHistory(list, toHistoryEntry(at('https://a.example/1'), new Date('2025-05-15T00:00:00Z')));
    expect(list.map((e) => [e.brief.url, e.when])).toEqual([
      ['https://a.example/1', '2025-05-15T00:00:00.000Z'],
      ['https://a.example/2', '2025-05-14T16:00:00.000Z'],
    ]);
    for (let i = 0; i < 250; i++) list = addToHistory(list, toHistoryEntry(at(`https://b.example/${i}`), now));
    expect(list).toHaveLength(HISTORY_MAX);
    expect(list[0]!.brief.url).toBe('https://b.example/249');
    expect(list.at(-1)!.brief.url).toBe('https://b.example/50');
  });
});

describe('findInHistory and searchHistory', () => {
  const list = [toHistoryEntry(aiPage, now), toHistoryEntry(sample, now)];
  it('finds a page by its URL (fragment aside) or its canonical URL', () => {
    expect(findInHistory(list, 'https://www.bharatledger.example/india/kerala-buoys#comments')?.brief.title).toBe(sample.title);
    expect(findInHistory(list, 'https://elsewhere.example/')).toBeNull();
    expect(findInHistory(list, undefined)).toBeNull();
  });
  it('matches every word of the query in the title, site, authors or summary, in any case', () => {
    const word = sample.title.split(/\s+/).find((w) => w.length > 5)!;
    expect(searchHistory(list, word.toUpperCase()).map((e) => e.brief.url)).toEqual([sample.url]);
    expect(searchHistory(list, `${word} zzzqqq`)).toEqual([]);
    expect(searchHistory(list, '  ')).toHaveLength(2);
  });
});

describe('repairHistory', () => {
  const good = storedHistory([toHistoryEntry(sample, now), toHistoryEntry(aiPage, now)]);

  it('reads back what was stored, through JSON', () => {
    expect(repairHistory(JSON.parse(JSON.stringify(good)))).toEqual({ entries: good.entries, dropped: 0 });
  });

  it('gives an empty history for garbage, and nothing dropped when nothing was stored', () => {
    for (const junk of [null, 42, 'history', [], { version: 2, entries: [] }, { version: 1, entries: 'x' }]) {
      expect(repairHistory(junk).entries).toEqual([]);
    }
    expect(repairHistory(undefined)).toEqual({ entries: [], dropped: 0 });
  });

  it('drops each malformed entry and keeps the rest', () => {
    const [a, b] = good.entries;
    const broken = [
      { ...a, when: 'yesterday' },
      { ...a, brief: { ...a!.brief, url: 'javascript:alert(1)' } },
      { ...a, brief: { ...a!.brief, summary: [1, 2] } },
      { ...a, brief: { ...a!.brief, title: 'x'.repeat(5000) } },
      { ...a, brief: { ...a!.brief, times: { published: { iso: 3 }, modified: null } } },
      { ...a, brief: { ...a!.brief, ai: { pageFlag: 'yes', textDisclosure: null, images: [] } } },
      { ...a, brief: { ...a!.brief, text: 'the whole article again' } },
      'entry',
      b,
      b, // the same page twice: the first is kept
    ];
    const { entries, dropped } = repairHistory({ version: 1, entries: broken });
    expect(entries).toEqual([b]);
    expect(dropped).toBe(9);
  });
});
