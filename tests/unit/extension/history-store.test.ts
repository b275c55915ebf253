/** The history's storage edge on @webext-core/fake-browser: storage.local only, garbage survived. */
import { fakeBrowser } from '@webext-core/fake-browser';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseDocument } from '../../../cli/dom';
import { analyzeDocument } from '../../../src/analyze';

vi.mock('../../../extension/browser', () => ({ browser: fakeBrowser }));
const { HISTORY_KEY, briefFor, clearHistory, forgetBrief, loadHistory, rememberBrief } = await import('../../../extension/history-store');

const ROOT = resolve(import.meta.dirname, '../../..');
const sample = analyzeDocument(parseDocument(readFileSync(resolve(ROOT, 'sample/index.html'), 'utf8')), {
  url: 'https://www.bharatledger.example/india/kerala-buoys',
  now: new Date('2025-05-14T16:00:00Z'),
});

beforeEach(() => fakeBrowser.reset());

describe('history store', () => {
  it('keeps a brief in storage.local, never in sync, and finds it again by page', async () => {
    await rememberBrief(sample, new Date('2025-05-14T17:00:00Z'));
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    const found = await briefFor(`${sample.url}#top`);
    expect(found?.brief.summary).toEqual(sample.summary);
    expect(found?.when).toBe('2025-05-14T17:00:00.000Z');
  });

  it('keeps both of two briefs saved at once', async () => {
    await Promise.all([rememberBrief({ ...sample, url: 'https://a.example/1' }), rememberBrief({ ...sample, url: 'https://a.example/2' })]);
    expect((await loadHistory()).map((e) => e.brief.url).sort()).toEqual(['https://a.example/1', 'https://a.example/2']);
  });

  it('survives garbage in storage, and writes a clean list on the next save', async () => {
    await fakeBrowser.storage.local.set({ [HISTORY_KEY]: { version: 1, entries: [{ when: 'x' }, 'junk', null] } });
    expect(await loadHistory()).toEqual([]);
    expect(await briefFor(sample.url)).toBeNull();
    await rememberBrief(sample);
    const raw = (await fakeBrowser.storage.local.get(HISTORY_KEY))[HISTORY_KEY] as { entries: unknown[] };
    expect(raw.entries).toHaveLength(1);
    await fakeBrowser.storage.local.set({ [HISTORY_KEY]: 'not a history' });
    expect(await loadHistory()).toEqual([]);
  });

  it('forgets one page, and clears everything', async () => {
    await rememberBrief({ ...sample, url: 'https://a.example/1' });
    await rememberBrief({ ...sample, url: 'https://a.example/2' });
    expect((await forgetBrief('https://a.example/1')).map((e) => e.brief.url)).toEqual(['https://a.example/2']);
    await clearHistory();
    expect(await loadHistory()).toEqual([]);
  });
});
