// @vitest-environment happy-dom
/**
 * The popup's flow on its real adapters (popup/adapters.ts) and @webext-core/fake-browser: the
 * tab is found, the page answers a copy of itself through a stubbed `scripting.executeScript`, the
 * popup reads that copy (popup/reader.ts, on happy-dom's DOMParser) and interprets the facts
 * (popup/interpret.ts), and no message is sent to the background. The flow's own transitions are
 * tested with plain fakes in flow.test.ts.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PopupFlow } from '../../../popup/flow';
import { NOTES, type PopupState } from '../../../popup/state';
import { FIRST_PART } from '../../../extension/isolated';
import { DEFAULT_SETTINGS } from '../../../src/settings';

vi.mock('../../../extension/browser', () => ({ browser: fakeBrowser }));

const { analyzeTarget, popupAdapters } = await import('../../../popup/adapters');
const { createPopupFlow } = await import('../../../popup/flow');
const { putPending } = await import('../../../extension/pending');
const { extractPage } = await import('../../../src/collect');
const { parseDocument } = await import('../../../cli/dom');

const { READ_NOW, SCRIPT } = await import('../../../extension/page');

/** public/popup-start.js, the popup's first script, run here as the popup page runs it. */
const POPUP_START = readFileSync(resolve(import.meta.dirname, '../../../public/popup-start.js'), 'utf8');
function runPopupStart(search: string): void {
  new Function('browser', 'location', 'performance', POPUP_START)(fakeBrowser, { search }, { mark: () => undefined });
}

const URL = 'https://news.example/kerala';
const SAMPLE = readFileSync(resolve(import.meta.dirname, '../../../sample/index.html'), 'utf8');
const facts = extractPage(parseDocument(SAMPLE), { url: URL });
/** What the content script answers for the sample article: the page as the browser serializes it. */
const copy = (loading?: boolean) => ({ kind: 'page', html: SAMPLE, url: URL, ...(loading ? { loading } : {}) });
const TITLE = 'Kerala Fishing Villages Test Early-Warning Buoys Ahead of Monsoon';

let executeScript: ReturnType<typeof vi.fn>;
let sendMessage: ReturnType<typeof vi.fn>;

beforeEach(async () => {
  delete (globalThis as { __nutshellStart?: unknown }).__nutshellStart;
  fakeBrowser.reset();
  await fakeBrowser.windows.create({ focused: true }); // the popup's "current window"

  executeScript = vi.fn(async (d: { files?: string[]; args?: Array<{ type: string }> }) => {
    if (d.files) return [{ frameId: 0, result: undefined }];
    return [{ frameId: 0, result: d.args?.[0]?.type === 'extract' ? copy() : { kind: 'highlighted', found: true } }];
  });
  (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript };
  sendMessage = vi.fn(async () => undefined);
  (fakeBrowser.runtime as unknown as { sendMessage: unknown }).sendMessage = sendMessage;
  (fakeBrowser as unknown as { permissions: unknown }).permissions = { contains: vi.fn(async () => false) };
});

async function openTab(url = URL): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url, active: true });
  return tab.id!;
}

/** The work after the brief's paint (history, badge, then the flagged images' thumbnails: the
 *  sample flags one) is done, so none of it lands in the next test. */
const afterPaintDone = () => vi.waitFor(() => expect(executeScript).toHaveBeenCalledWith(expect.objectContaining({ args: [expect.objectContaining({ type: 'thumbnails' })] })));

async function settled(flow: PopupFlow) {
  flow.start();
  await vi.waitFor(() => expect(['loading', 'waiting']).not.toContain(flow.view().state.kind));
  const state = flow.view().state;
  // A brief's later work waits for its paint (at most 100 ms, popup/adapters.ts afterPaint): let it
  // run here rather than in the next test.
  if (state.kind === 'ready') await new Promise((r) => setTimeout(r, 200));
  return state;
}

describe('the popup on the real adapters', () => {
  it('reads the active tab, shows its brief in the reader’s theme and sets the badge', async () => {
    const tabId = await openTab();
    await fakeBrowser.storage.sync.set({ settings: { theme: 'dark', summarySentences: 5 } });
    const state = await settled(createPopupFlow(popupAdapters('')));
    expect(state).toMatchObject({ kind: 'ready', selection: false, analysis: { title: TITLE } });
    if (state.kind === 'ready') expect(state.analysis.summary).toHaveLength(5);
    expect(document.documentElement.dataset.theme).toBe('dark');
    await afterPaintDone();
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('AI');
    // Interpreted here: the background (a service worker that may be asleep) is never asked.
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('reads the tab named by ?tabId=, and shows a bullet’s passage there by its text', async () => {
    const tabId = await openTab();
    await openTab('https://elsewhere.example/');
    const flow = createPopupFlow(popupAdapters(`?tabId=${tabId}&mode=page`));
    const state = await settled(flow);
    if (state.kind !== 'ready') throw new Error(state.kind);
    await afterPaintDone();
    flow.highlight(0);
    await vi.waitFor(() => expect(executeScript).toHaveBeenLastCalledWith(expect.objectContaining({ target: { tabId }, args: [{ type: 'highlight', text: state.analysis.summary[0] }] })));
  });

  it('summarizes the selection of a menu request, and again on a retry', async () => {
    const tabId = await openTab();
    const selectionText = 'The buoys send a warning to every boat within twenty kilometres. Fishers said the alerts came in time. The state plans forty more before the monsoon.';
    await putPending({ tabId, mode: 'selection', selectionText, at: Date.now() });
    const flow = createPopupFlow(popupAdapters(''));
    expect(await settled(flow)).toMatchObject({ kind: 'ready', selection: true });
    expect(await settled(flow)).toMatchObject({ kind: 'ready', selection: true });
  });

  it('asks the tab for its copy as soon as the tab is known, in one call, and reads that copy', async () => {
    const tabId = await openTab();
    // extract.js then read-now.js: the second's completion value is the copy.
    executeScript.mockImplementation(async (d: { files?: string[] }) => [{ frameId: 0, result: d.files?.length === 2 ? copy() : undefined }]);
    const deps = popupAdapters('');
    const target = await deps.findTarget();
    expect(executeScript).toHaveBeenCalledTimes(1);
    expect(executeScript).toHaveBeenCalledWith(expect.objectContaining({ target: { tabId }, files: ['/content-scripts/extract.js', '/content-scripts/read-now.js'] }));
    const state = await deps.analyzeTarget(target!, { ...DEFAULT_SETTINGS }, () => undefined);
    expect(state).toMatchObject({ kind: 'ready', analysis: { title: TITLE } });
    expect(executeScript).toHaveBeenCalledTimes(1);
    // Taken once: the next analysis of the tab (a retry) reads it again.
    await deps.analyzeTarget(target!, { ...DEFAULT_SETTINGS }, () => undefined);
    expect(executeScript).toHaveBeenCalledTimes(2);
  });

  it('takes the call popup-start.js made before the popup’s modules loaded: one call in all, the same copy', async () => {
    const tabId = await openTab();
    executeScript.mockImplementation(async (d: { files?: string[] }) => [{ frameId: 0, result: d.files?.length === 2 ? copy() : undefined }]);
    runPopupStart('');
    expect(globalThis).toHaveProperty('__nutshellStart');
    await vi.waitFor(() => expect(executeScript).toHaveBeenCalledTimes(1));
    expect(executeScript).toHaveBeenCalledWith(expect.objectContaining({ target: { tabId }, files: ['/content-scripts/extract.js', '/content-scripts/read-now.js'], injectImmediately: true }));
    const deps = popupAdapters('');
    const target = await deps.findTarget();
    expect(target?.tabId).toBe(tabId);
    expect(await deps.analyzeTarget(target!, { ...DEFAULT_SETTINGS }, () => undefined)).toMatchObject({ kind: 'ready', analysis: { title: TITLE } });
    expect(executeScript).toHaveBeenCalledTimes(1);
    // Taken once: a second popup flow (a retry) asks the tab anew.
    expect(globalThis).not.toHaveProperty('__nutshellStart');
    await deps.analyzeTarget(target!, { ...DEFAULT_SETTINGS }, () => undefined);
    expect(executeScript).toHaveBeenCalledTimes(2);
  });

  it('takes a refusal of the early call as the popup’s own: the browser’s words', async () => {
    await openTab();
    executeScript.mockRejectedValue(new Error('Cannot access contents of url "https://news.example/kerala".'));
    runPopupStart('');
    expect(await settled(createPopupFlow(popupAdapters('')))).toMatchObject({ kind: 'injection-refused', detail: 'Cannot access contents of url "https://news.example/kerala".' });
    expect(executeScript).toHaveBeenCalledTimes(1);
  });

  it('popup-start.js starts nothing for a link request, nor for a popup opened as a page (?tabId=)', async () => {
    const tabId = await openTab();
    await putPending({ tabId, mode: 'link', linkUrl: 'https://other.example/story', at: Date.now() });
    runPopupStart('');
    const started = (globalThis as { __nutshellStart?: { read: Promise<unknown> } }).__nutshellStart;
    const target = await popupAdapters('').findTarget();
    expect(target?.pending?.mode).toBe('link');
    expect(await started?.read).toBeNull();
    expect(executeScript).not.toHaveBeenCalled();
    runPopupStart(`?tabId=${tabId}`);
    expect(globalThis).not.toHaveProperty('__nutshellStart');
  });

  it('popup-start.js names the files the popup injects for a plain read', () => {
    expect(POPUP_START).toContain(`files: ['${SCRIPT}', '${READ_NOW}']`);
  });

  it('does not read the tab for a link request', async () => {
    const tabId = await openTab();
    await putPending({ tabId, mode: 'link', linkUrl: 'https://other.example/story', at: Date.now() });
    const target = await popupAdapters('').findTarget();
    expect(target?.pending?.mode).toBe('link');
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('explains a browser page without trying to read it', async () => {
    await openTab('chrome://settings');
    expect(await settled(createPopupFlow(popupAdapters('')))).toMatchObject({ kind: 'restricted', restricted: 'browser-page' });
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('reports a refused injection with the browser’s words', async () => {
    await openTab();
    executeScript.mockRejectedValue(new Error('Cannot access contents of url "https://news.example/kerala".'));
    expect(await settled(createPopupFlow(popupAdapters('')))).toMatchObject({ kind: 'injection-refused', detail: 'Cannot access contents of url "https://news.example/kerala".' });
  });

  it('says so when the page’s copy does not come back as one', async () => {
    await openTab();
    executeScript.mockImplementation(async (d: { files?: string[] }) => [{ frameId: 0, ...(d.files ? {} : { result: { kind: 'page', html: 42, url: URL } }) }]);
    expect(await settled(createPopupFlow(popupAdapters('')))).toMatchObject({ kind: 'error', detail: 'The page returned no usable result.' });
  });

  it('has no tab for a ?tabId= that is gone', async () => {
    expect(await settled(createPopupFlow(popupAdapters('?tabId=999')))).toMatchObject({ kind: 'error', message: 'There is no tab to summarize.' });
  });
});

describe('a page’s copy, read in the popup', () => {
  const target = { tabId: 1, url: URL, pending: null };
  const answering = (result: unknown) =>
    executeScript.mockImplementation(async (d: { files?: string[] }) => [{ frameId: 0, ...(d.files ? {} : { result }) }]);

  it('gives the Analysis the core gives of the page', async () => {
    answering(copy());
    const state = await analyzeTarget(target, { ...DEFAULT_SETTINGS }, () => undefined);
    const { analyzeDocument } = await import('../../../src/analyze');
    if (state.kind !== 'ready') throw new Error(state.kind);
    expect(state.analysis).toEqual(analyzeDocument(parseDocument(SAMPLE), { url: URL, now: new Date() }));
  });

  it('goes to the isolated reader when it cannot be read here', async () => {
    answering(copy());
    const reader = async () => ({ parseCopy: () => document, readCopy: () => ({ kind: 'snapshot' as const, html: '<p>copy</p>', truncated: false, reason: 'reading the page failed: boom' }) });
    const isolate = vi.fn(async () => ({ kind: 'facts' as const, facts }));
    const state = await analyzeTarget(target, { ...DEFAULT_SETTINGS }, () => undefined, { reader, isolate });
    expect(isolate).toHaveBeenCalledWith({ html: '<p>copy</p>', url: URL });
    expect(state).toMatchObject({ kind: 'ready', analysis: { title: TITLE } });
    expect(state).not.toHaveProperty('notes');
  });

  it('says so when its facts cannot be interpreted', async () => {
    answering(copy());
    const broken = { ...facts, blocks: [{ text: 42, tag: 'P', linkDensity: 0 }] };
    const reader = async () => ({ parseCopy: () => document, readCopy: () => ({ kind: 'facts' as const, facts: broken as unknown as typeof facts }) });
    expect(await analyzeTarget(target, { ...DEFAULT_SETTINGS }, () => undefined, { reader })).toMatchObject({ kind: 'error', message: 'Something went wrong while summarizing this page.' });
  });
});

describe('a page not safe to read as it is', () => {
  const target = { tabId: 1, url: URL, pending: null };
  const snapshotOf = (truncated: boolean) => ({ kind: 'snapshot', html: '<html></html>', url: URL, truncated, reason: 'nested more than 200 deep' });
  const answering = (result: unknown) =>
    executeScript.mockImplementation(async (d: { files?: string[] }) => [{ frameId: 0, ...(d.files ? {} : { result }) }]);
  /** A popup reader that finds the snapshot unsafe to read here too (named controls), as the worker's path is. */
  const reader = async () => ({ parseCopy: () => document, readCopy: () => ({ kind: 'snapshot' as const, html: '<p>snapshot again</p>', truncated: false, reason: '<input name="parentNode">' }) });

  it('is read here when its bounded copy passes the copy\'s checks, with no worker, and a cut copy says it covers the first part', async () => {
    answering({ ...snapshotOf(true), html: SAMPLE });
    const isolate = vi.fn(async () => ({ kind: 'facts' as const, facts }));
    const state = await analyzeTarget(target, { ...DEFAULT_SETTINGS }, () => undefined, { isolate });
    expect(isolate).not.toHaveBeenCalled();
    if (state.kind !== 'ready') throw new Error(state.kind);
    expect(state.analysis.title).toBe(TITLE);
    expect(state.notes).toEqual([NOTES.truncated()]);
  });

  it('goes to the isolated reader, as the tab sent it, when its copy has controls named after DOM properties', async () => {
    const clobbered = SAMPLE.replace('<body>', '<body><form><input name="parentNode"></form>');
    expect(clobbered).not.toBe(SAMPLE);
    answering({ ...snapshotOf(false), html: clobbered });
    const isolate = vi.fn(async () => ({ kind: 'facts' as const, facts }));
    const state = await analyzeTarget(target, { ...DEFAULT_SETTINGS }, () => undefined, { isolate });
    expect(isolate).toHaveBeenCalledWith({ html: clobbered, url: URL });
    expect(state).toMatchObject({ kind: 'ready', analysis: { title: TITLE } });
  });

  it('is read from its copy by the isolated reader, and a cut copy is said to cover the first part', async () => {
    answering(snapshotOf(true));
    const isolate = vi.fn(async () => ({ kind: 'facts' as const, facts }));
    const seen: PopupState[] = [];
    const state = await analyzeTarget(target, { ...DEFAULT_SETTINGS }, (s) => seen.push(s), { isolate, reader });
    expect(isolate).toHaveBeenCalledWith({ html: '<html></html>', url: URL });
    expect(seen[0]).toEqual({ kind: 'loading', message: 'This page needs a careful reading…' });
    expect(state).toMatchObject({ kind: 'ready', analysis: { title: TITLE }, notes: [NOTES.truncated()] });
  });

  it('not read in time whole, gives a brief of its first part, read beside it, and says so', async () => {
    const long = `<html><head><title>${TITLE}</title></head><body>${'<p>A paragraph of the story, long enough to count.</p>'.repeat(2_000)}</body></html>`;
    answering({ ...snapshotOf(false), html: long });
    const isolate = vi.fn(async (r: { html: string }) => (r.html === long ? { kind: 'timeout' as const, ms: 1500 } : { kind: 'facts' as const, facts }));
    const state = await analyzeTarget(target, { ...DEFAULT_SETTINGS }, () => undefined, { isolate, reader });
    expect(isolate).toHaveBeenCalledTimes(2);
    const part = (isolate.mock.calls as unknown as Array<[{ html: string }, AbortSignal?]>).find(([r]) => r.html !== long)![0];
    expect(long.startsWith(part.html)).toBe(true);
    expect(part.html.length).toBeLessThanOrEqual(FIRST_PART.chars);
    expect(state).toMatchObject({ kind: 'ready', analysis: { title: TITLE }, notes: [NOTES.truncated()] });
  });

  it('read whole in time, stops reading its first part and gives the whole brief', async () => {
    const long = `<html><head><title>${TITLE}</title></head><body>${'<p>A paragraph of the story, long enough to count.</p>'.repeat(2_000)}</body></html>`;
    answering({ ...snapshotOf(false), html: long });
    let partSignal: AbortSignal | undefined;
    const isolate = vi.fn(async (r: { html: string }, signal?: AbortSignal) => {
      if (r.html === long) return { kind: 'facts' as const, facts };
      partSignal = signal;
      return new Promise<never>(() => undefined);
    });
    const state = await analyzeTarget(target, { ...DEFAULT_SETTINGS }, () => undefined, { isolate, reader });
    expect(partSignal?.aborted).toBe(true);
    expect(state).toMatchObject({ kind: 'ready', analysis: { title: TITLE } });
    expect(state).not.toHaveProperty('notes');
  });

  it('is an error when even its first part is not read in time', async () => {
    const long = `<html><body>${'<p>Story.</p>'.repeat(10_000)}</body></html>`;
    answering({ ...snapshotOf(false), html: long });
    const isolate = vi.fn(async () => ({ kind: 'timeout' as const, ms: 1500 }));
    const state = await analyzeTarget(target, { ...DEFAULT_SETTINGS }, () => undefined, { isolate, reader });
    expect(isolate).toHaveBeenCalledTimes(2);
    expect(state).toMatchObject({ kind: 'error', detail: 'nested more than 200 deep' });
  });

  it('says plainly when the isolated reader was stopped at its deadline, or failed', async () => {
    answering(snapshotOf(false));
    const timedOut = await analyzeTarget(target, { ...DEFAULT_SETTINGS }, () => undefined, { reader, isolate: async () => ({ kind: 'timeout', ms: 1500 }) });
    expect(timedOut).toMatchObject({ kind: 'error', detail: 'nested more than 200 deep' });
    expect((timedOut as { message: string }).message).toMatch(/^Nutshell stopped reading this page after 1\.5 s/);
    const failed = await analyzeTarget(target, { ...DEFAULT_SETTINGS }, () => undefined, { reader, isolate: async () => ({ kind: 'error', message: 'boom' }) });
    expect(failed).toEqual({ kind: 'error', message: 'Nutshell could not read this page.', detail: 'nested more than 200 deep; boom' });
  });
});

describe('a page still loading', () => {
  afterEach(() => vi.useRealTimers());
  const target = { tabId: 1, url: URL, pending: null };

  it('is asked again every 400 ms, and its brief shown once it has parsed', async () => {
    let parsing = 2;
    executeScript.mockImplementation(async (d: { files?: string[] }) => {
      if (d.files) return [{ frameId: 0 }];
      return [{ frameId: 0, result: parsing-- > 0 ? { kind: 'loading' } : copy() }];
    });
    const seen: PopupState[] = [];
    const sleep = vi.fn(async () => undefined);
    const state = await analyzeTarget(target, { ...DEFAULT_SETTINGS }, (s) => seen.push(s), { sleep });
    expect(seen).toEqual([
      { kind: 'waiting', message: 'The page is still loading…' },
      { kind: 'waiting', message: 'The page is still loading…' },
      { kind: 'loading', message: 'Summarizing…' },
    ]);
    expect(sleep.mock.calls).toEqual([[400], [400]]);
    expect(state).toMatchObject({ kind: 'ready', analysis: { title: TITLE } });
  });

  it('is read as it is after 3 s, with a note, and read again once it has loaded', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    let loaded = false;
    const requests: unknown[] = [];
    executeScript.mockImplementation(async (d: { files?: string[]; args?: [{ asIs?: boolean }] }) => {
      if (d.files) return [{ frameId: 0 }];
      requests.push(d.args![0]);
      if (loaded) return [{ frameId: 0, result: copy() }];
      return [{ frameId: 0, result: d.args![0].asIs ? copy(true) : { kind: 'loading' } }];
    });
    const seen: PopupState[] = [];
    const sleep = async (ms: number) => void vi.setSystemTime(Date.now() + ms);
    const state = await analyzeTarget(target, { ...DEFAULT_SETTINGS }, (s) => seen.push(s), { sleep });
    expect(state).toMatchObject({ kind: 'ready', analysis: { title: TITLE }, notes: [NOTES.loading()] });
    // Asked plainly until 3 s had passed (0, 400, … 2800 ms: 8 times), then once as it is.
    expect(requests.filter((r) => (r as { asIs?: boolean }).asIs)).toHaveLength(1);
    expect(requests).toHaveLength(9);
    loaded = true;
    await vi.waitFor(() => expect(seen.at(-1)).toMatchObject({ kind: 'ready', analysis: { title: TITLE } }));
    expect(seen.at(-1)).not.toHaveProperty('notes');
  });

  it('that never finishes loading keeps its first brief; the second reading gives up after 30 s', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    let calls = 0;
    executeScript.mockImplementation(async (d: { files?: string[]; args?: [{ asIs?: boolean }] }) => {
      if (d.files) return [{ frameId: 0 }];
      calls++;
      return [{ frameId: 0, result: d.args![0].asIs ? copy(true) : { kind: 'loading' } }];
    });
    const seen: PopupState[] = [];
    const sleep = async (ms: number) => void vi.setSystemTime(Date.now() + ms);
    const state = await analyzeTarget(target, { ...DEFAULT_SETTINGS }, (s) => seen.push(s), { sleep });
    expect(state).toMatchObject({ kind: 'ready', notes: [NOTES.loading()] });
    const reported = seen.length;
    // One poll a second for 30 s, each answered "loading"; then nothing more.
    await vi.waitFor(() => expect(calls).toBe(9 + 30));
    await new Promise((r) => setTimeout(r, 20));
    expect(calls).toBe(9 + 30);
    expect(seen).toHaveLength(reported);
  });

});
