/**
 * The history page's controller with plain fakes: search as the reader types, reopen (http/https
 * only), remove, clear asked twice, and the Markdown export of what is shown.
 */
import { describe, expect, it, vi } from 'vitest';
import { createHistoryFlow, historyAsMarkdown, type HistoryDeps } from '../../../history/flow';
import type { Analysis } from '../../../src/analysis';
import { briefOf } from '../../../tools/fixtures/analysis';
import { toHistoryEntry, type HistoryEntry } from '../../../src/history';

function brief(url: string, title: string, summary: string[], over: Partial<Analysis> = {}): Analysis {
  return briefOf({
    url,
    title,
    authors: ['Asha Menon'],
    byline: 'By Asha Menon',
    published: '2025-05-14T09:00:00+05:30',
    times: { published: { iso: '2025-05-14T09:00:00+05:30', signal: 'meta:article:published_time', zone: null, timeZone: null, precision: 'minute', hasOffset: true }, modified: null },
    summary,
    text: 'Body.',
    ...over,
  });
}

const ENTRIES: HistoryEntry[] = [
  toHistoryEntry(brief('https://news.example/buoys', 'Kerala tests early-warning buoys', ['Buoys were tested off Kochi.']), new Date('2025-05-14T16:00:00Z')),
  toHistoryEntry(brief('https://news.example/rail', 'Night trains return to the Alps', ['The line reopens in June.'], { authors: ['Jonas Weber'] }), new Date('2025-05-13T08:00:00Z')),
];

function setup(entries = ENTRIES) {
  let stored = [...entries];
  const deps = {
    loadTheme: vi.fn(async () => 'dark' as const),
    applyTheme: vi.fn(),
    loadHistory: vi.fn(async () => stored),
    forgetBrief: vi.fn(async (url: string) => (stored = stored.filter((e) => e.brief.url !== url))),
    clearHistory: vi.fn(async () => (stored = [])),
    openPage: vi.fn(),
    saveFile: vi.fn(),
    now: () => new Date('2025-05-15T10:00:00Z'),
  } satisfies HistoryDeps;
  return { flow: createHistoryFlow(deps), deps };
}

const settle = () => new Promise<void>((r) => setTimeout(r, 0));

describe('history flow', () => {
  it('loads the kept briefs in their theme, and searches them as the reader types', async () => {
    const { flow, deps } = setup();
    expect(flow.view().loaded).toBe(false);
    await flow.start();
    expect(deps.applyTheme).toHaveBeenCalledWith('dark');
    expect(flow.view().shown).toHaveLength(2);
    flow.search('weber');
    expect(flow.view().shown.map((e) => e.brief.title)).toEqual(['Night trains return to the Alps']);
    flow.search('kochi buoys');
    expect(flow.view().shown.map((e) => e.brief.title)).toEqual(['Kerala tests early-warning buoys']);
    flow.search('nothing like this');
    expect(flow.view().shown).toEqual([]);
  });

  it('reopens a page in a tab, and never a URL that is not http(s)', async () => {
    const { flow, deps } = setup();
    await flow.start();
    flow.reopen('https://news.example/rail');
    flow.reopen('javascript:alert(1)');
    expect(deps.openPage.mock.calls).toEqual([['https://news.example/rail']]);
  });

  it('removes one brief, and clears all only on the second press', async () => {
    const { flow, deps } = setup();
    await flow.start();
    flow.toggle('https://news.example/buoys');
    flow.remove('https://news.example/buoys');
    await settle();
    expect(flow.view().entries.map((e) => e.brief.url)).toEqual(['https://news.example/rail']);
    expect(flow.view().open).toBeNull();
    flow.clear();
    expect(deps.clearHistory).not.toHaveBeenCalled();
    expect(flow.view().confirmClear).toBe(true);
    flow.cancelClear();
    flow.clear();
    flow.clear();
    await settle();
    expect(deps.clearHistory).toHaveBeenCalledOnce();
    expect(flow.view().entries).toEqual([]);
  });

  it('exports what the search shows as one Markdown file, its page text escaped', async () => {
    const { flow, deps } = setup([
      ...ENTRIES,
      toHistoryEntry(brief('https://news.example/x', 'A [link](https://evil.example) in a title', ['*Bold* claim.']), new Date('2025-05-12T08:00:00Z')),
    ]);
    await flow.start();
    flow.search('news');
    flow.exportMarkdown();
    const [name, text, type] = deps.saveFile.mock.calls[0]!;
    expect(name).toBe('nutshell-history-2025-05-15.md');
    expect(type).toBe('text/markdown');
    expect(text).toMatch(/^# Nutshell history\n/);
    expect(text).toContain('## Kerala tests early-warning buoys');
    expect(text).toContain('- Buoys were tested off Kochi.');
    expect(text).toContain('*Read 2025-05-14*');
    expect(text).toContain('A \\[link\\]\\(https://evil.example\\)');
    expect(text).not.toContain('[link](');
    flow.search('zzz');
    flow.exportMarkdown();
    expect(deps.saveFile).toHaveBeenCalledOnce();
  });

  it('writes the entries newest first', () => {
    const md = historyAsMarkdown(ENTRIES);
    expect(md.indexOf('Kerala')).toBeLessThan(md.indexOf('Night trains'));
  });
});
