import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../extension/browser', () => ({ browser: fakeBrowser }));

const { loadSettings, saveSettings } = await import('../../../extension/settings-store');
const { putPending, takePending } = await import('../../../extension/pending');
const { createMenus, onMenuClick, MENU_LINK, MENU_SELECTION } = await import('../../../extension/menu');
const { callTab } = await import('../../../extension/page');

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings store', () => {
  it('reads the defaults on a fresh install', async () => {
    expect(await loadSettings()).toMatchObject({ summarySentences: 3, theme: 'system', checkImageMetadata: false });
  });

  it('repairs garbage in storage and writes the repaired settings back', async () => {
    await fakeBrowser.storage.sync.set({ settings: { summarySentences: '12', theme: ['x'] } });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await loadSettings()).toMatchObject({ summarySentences: 3, theme: 'system' });
    expect(warn).toHaveBeenCalled();
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toMatchObject({ summarySentences: 3, theme: 'system' });
    warn.mockRestore();
  });

  it('saves a change and keeps the other values', async () => {
    await saveSettings({ theme: 'dark' });
    await saveSettings({ summarySentences: 7 });
    expect(await loadSettings()).toMatchObject({ summarySentences: 7, theme: 'dark' });
  });

  it('refuses to save an invalid value', async () => {
    await saveSettings({ summarySentences: 9 as 3 });
    expect((await loadSettings()).summarySentences).toBe(3);
  });
});

describe('pending menu requests', () => {
  it('hands a fresh request to the popup of the same tab, once', async () => {
    await putPending({ tabId: 7, mode: 'selection', selectionText: 'Some text.', at: 1000 });
    expect(await takePending(8, 1500)).toBeNull();
    expect(await takePending(7, 1500)).toMatchObject({ tabId: 7, mode: 'selection', selectionText: 'Some text.' });
    expect(await takePending(7, 1600)).toBeNull();
  });

  it('keeps a link request only with its link', async () => {
    const area = (fakeBrowser.storage as { session?: typeof fakeBrowser.storage.local }).session ?? fakeBrowser.storage.local;
    await area.set({ pending: { tabId: 7, mode: 'link', at: 1 } });
    expect(await takePending(7, 1)).toBeNull();
    await area.set({ pending: { tabId: 7, mode: 'page', linkUrl: 'https://a.example/', at: 1 } });
    expect(await takePending(7, 1)).toBeNull();
    await putPending({ tabId: 7, mode: 'link', linkUrl: 'https://a.example/', at: 1 });
    expect(await takePending(7, 1)).toMatchObject({ mode: 'link', linkUrl: 'https://a.example/' });
  });

  it('ignores a stale request and garbage', async () => {
    await putPending({ tabId: 7, mode: 'page', at: 0 });
    expect(await takePending(7, 120_000)).toBeNull();
    const area = (fakeBrowser.storage as { session?: typeof fakeBrowser.storage.local }).session ?? fakeBrowser.storage.local;
    await area.set({ pending: { tabId: 'seven', mode: 'page', at: 1 } });
    expect(await takePending(7, 1)).toBeNull();
  });
});

describe('context menu click', () => {
  it('opens the action popup where the browser allows it', async () => {
    const openPopup = vi.fn().mockResolvedValue(undefined);
    (fakeBrowser as unknown as { action: { openPopup: unknown } }).action.openPopup = openPopup;
    const opened = await onMenuClick({ menuItemId: MENU_SELECTION, selectionText: 'Text' }, { id: 3, index: 0 } as never);
    expect(opened).toBe('action-popup');
    expect(openPopup).toHaveBeenCalledOnce();
    expect(await takePending(3)).toMatchObject({ mode: 'selection', selectionText: 'Text' });
  });

  it('falls back to the popup page in a tab when openPopup is refused', async () => {
    (fakeBrowser as unknown as { action: { openPopup: unknown } }).action.openPopup = vi.fn().mockRejectedValue(new Error('not allowed'));
    const opened = await onMenuClick({ menuItemId: 'nutshell-page' }, { id: 4, index: 2, windowId: 1 } as never);
    expect(opened).toBe('tab');
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.some((t) => t.url?.endsWith('popup/index.html?tabId=4&mode=page'))).toBe(true);
  });

  it('"Summarize this link" hands the link to the popup as a \'link\' request', async () => {
    const openPopup = vi.fn().mockResolvedValue(undefined);
    (fakeBrowser as unknown as { action: { openPopup: unknown } }).action.openPopup = openPopup;
    const opened = await onMenuClick({ menuItemId: MENU_LINK, linkUrl: 'https://news.example/story', selectionText: 'ignored' }, { id: 5, index: 0, windowId: 2 } as never);
    expect(opened).toBe('action-popup');
    expect(openPopup).toHaveBeenCalledWith({ windowId: 2 });
    const pending = await takePending(5);
    expect(pending).toMatchObject({ tabId: 5, mode: 'link', linkUrl: 'https://news.example/story' });
    expect(pending).not.toHaveProperty('selectionText');
  });

  it('hands even a link it would refuse to the popup, which explains the refusal', async () => {
    (fakeBrowser as unknown as { action: { openPopup: unknown } }).action.openPopup = vi.fn().mockRejectedValue(new Error('not allowed'));
    const opened = await onMenuClick({ menuItemId: MENU_LINK, linkUrl: 'javascript:alert(1)' }, { id: 6, index: 1 } as never);
    expect(opened).toBe('tab');
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.some((t) => t.url?.endsWith('popup/index.html?tabId=6&mode=link'))).toBe(true);
    expect(await takePending(6)).toMatchObject({ mode: 'link', linkUrl: 'javascript:alert(1)' });
  });

  it('creates the three menu items, the link one for links only', async () => {
    const create = vi.fn();
    (fakeBrowser as unknown as { contextMenus: unknown }).contextMenus = { removeAll: vi.fn().mockResolvedValue(undefined), create };
    await createMenus();
    expect(create.mock.calls.map(([item]) => item)).toEqual([
      { id: 'nutshell-page', title: 'Summarize this page', contexts: ['page'] },
      { id: 'nutshell-selection', title: 'Summarize the selection', contexts: ['selection'] },
      { id: 'nutshell-link', title: 'Summarize this link', contexts: ['link'] },
    ]);
  });

  it('does nothing without a tab', async () => {
    expect(await onMenuClick({ menuItemId: 'nutshell-page' }, undefined)).toBeNull();
  });
});

describe('callTab', () => {
  function stubScripting(impl: (details: { files?: string[]; func?: unknown }) => Promise<unknown[]>) {
    (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript: vi.fn(impl) };
  }

  it('says "restricted" for a known restricted URL without trying to inject', async () => {
    stubScripting(async () => {
      throw new Error('should not be called');
    });
    expect(await callTab(1, 'chrome://settings', { type: 'extract' })).toEqual({ kind: 'restricted', restricted: 'browser-page' });
  });

  it('maps a refused injection to injection-refused with the browser’s message', async () => {
    stubScripting(async () => {
      throw new Error('Cannot access contents of url "https://a.example/". Extension manifest must request permission to access this host.');
    });
    const out = await callTab(1, undefined, { type: 'extract' });
    expect(out.kind).toBe('injection-refused');
  });

  it('maps Firefox’s in-result failure and its [null] answer for privileged pages', async () => {
    stubScripting(async () => [{ frameId: 0, error: 'Unable to load script' }]);
    expect((await callTab(1, undefined, { type: 'extract' })).kind).toBe('injection-refused');
    stubScripting(async () => [null]);
    expect(await callTab(1, undefined, { type: 'extract' })).toEqual({ kind: 'restricted', restricted: 'browser-page' });
  });

  it('reads a page in the injecting call itself, and asks again only when that call hands back nothing', async () => {
    const page = { kind: 'page', html: '<!DOCTYPE html><html><body><p>Hi</p></body></html>', url: 'https://a.example/' };
    const calls: Array<{ files?: string[]; func?: unknown }> = [];
    stubScripting(async (d) => (calls.push(d), d.files ? [{ frameId: 0, result: page }] : [{ frameId: 0, result: { kind: 'loading' } }]));
    expect(await callTab(1, 'https://a.example/', { type: 'extract' })).toEqual(page);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.files).toEqual(['/content-scripts/extract.js', '/content-scripts/read-now.js']);
    // A browser that gives no completion value (or a malformed one): the second call answers.
    calls.length = 0;
    stubScripting(async (d) => (calls.push(d), d.files ? [{ frameId: 0, result: { kind: 'page', html: 42 } }] : [{ frameId: 0, result: page }]));
    expect(await callTab(1, 'https://a.example/', { type: 'extract' })).toEqual(page);
    expect(calls.map((c) => Boolean(c.func))).toEqual([false, true]);
    // Any other request (and a read of a page still loading, as it is) injects the script alone, then calls it.
    calls.length = 0;
    stubScripting(async (d) => (calls.push(d), d.files ? [{ frameId: 0, result: page }] : [{ frameId: 0, result: { kind: 'highlighted', found: true } }]));
    expect(await callTab(1, 'https://a.example/', { type: 'highlight', text: 'Hi' })).toEqual({ kind: 'highlighted', found: true });
    expect(calls[0]!.files).toEqual(['/content-scripts/extract.js']);
    calls.length = 0;
    expect((await callTab(1, 'https://a.example/', { type: 'extract', asIs: true })).kind).toBe('highlighted');
    expect(calls[0]!.files).toEqual(['/content-scripts/extract.js']);
  });

  it('passes a valid page result through and rejects a malformed one', async () => {
    stubScripting(async (d) => (d.files ? [{ frameId: 0, result: undefined }] : [{ frameId: 0, result: { kind: 'loading' } }]));
    expect(await callTab(1, 'https://a.example/', { type: 'extract' })).toEqual({ kind: 'loading' });
    stubScripting(async (d) => (d.files ? [{ frameId: 0 }] : [{ frameId: 0, result: { kind: 'page', html: 42, url: 'https://a.example/' } }]));
    const out = await callTab(1, 'https://a.example/', { type: 'extract' });
    expect(out).toMatchObject({ kind: 'error', error: { name: 'ProtocolError' } });
  });
});
