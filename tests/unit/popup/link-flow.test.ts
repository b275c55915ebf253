// @vitest-environment happy-dom
/**
 * The popup's states for "Summarize this link": needs permission → granted → loading → brief;
 * denied; a refused link; a failed fetch. The browser is @webext-core/fake-browser with stubbed
 * permissions, the network a fake fetch; the facts are interpreted in the popup, as a tab's are.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PopupState } from '../../../popup/state';

vi.mock('../../../extension/browser', () => ({ browser: fakeBrowser }));

const { startLink, grantLink } = await import('../../../popup/link-flow');
const { takePending } = await import('../../../extension/pending');
const { DEFAULT_SETTINGS } = await import('../../../src/settings');

const ARTICLE = readFileSync(resolve(import.meta.dirname, '../../../sample/index.html'));
const TITLE = 'Kerala Fishing Villages Test Early-Warning Buoys Ahead of Monsoon';
const settings = { ...DEFAULT_SETTINGS };

let contains: ReturnType<typeof vi.fn>;
let request: ReturnType<typeof vi.fn>;
let granted: Set<string>;

beforeEach(() => {
  fakeBrowser.reset();
  granted = new Set();
  contains = vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o)));
  request = vi.fn();
  (fakeBrowser as unknown as { permissions: unknown }).permissions = { contains, request };
});

function articleFetch(finalUrl = '') {
  return vi.fn(async (url: RequestInfo | URL) => {
    const res = new Response(ARTICLE, { headers: { 'content-type': 'text/html; charset=utf-8' } });
    Object.defineProperty(res, 'url', { value: finalUrl || String(url) });
    return res;
  });
}

const pending = (linkUrl: string) => ({ tabId: 3, mode: 'link' as const, linkUrl, at: Date.now() });

function recorder() {
  const seen: PopupState[] = [];
  return { seen, report: (s: PopupState) => void seen.push(s) };
}

describe('link mode: a link Nutshell refuses', () => {
  it.each(['javascript:alert(1)', 'data:text/html,<h1>x', 'file:///etc/passwd', 'chrome://settings', ''])('%j ends in a clear error, with nothing asked or fetched', async (link) => {
    const fetch = vi.fn();
    const state = await startLink(pending(link), settings, () => undefined, { fetch });
    expect(state).toMatchObject({ kind: 'link-error', reason: 'invalid-url' });
    expect(fetch).not.toHaveBeenCalled();
    expect(contains).not.toHaveBeenCalled();
    expect(request).not.toHaveBeenCalled();
  });
});

describe('link mode: permission', () => {
  it('asks for the host first, and fetches nothing until the reader agrees', async () => {
    const fetch = articleFetch();
    const state = await startLink(pending('http://127.0.0.1:8123/story.html#x'), settings, () => undefined, { fetch });
    expect(state).toEqual({
      kind: 'link-permission',
      link: { url: 'http://127.0.0.1:8123/story.html', host: '127.0.0.1:8123', origins: ['http://127.0.0.1/*'], tabId: 3 },
    });
    expect(contains).toHaveBeenCalledWith({ origins: ['http://127.0.0.1/*'] });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('granted → loading → the brief of the linked page', async () => {
    const fetch = articleFetch();
    const asking = await startLink(pending('https://news.example/kerala'), settings, () => undefined, { fetch });
    expect(asking.kind).toBe('link-permission');
    if (asking.kind !== 'link-permission') return;
    let answerPrompt!: (v: boolean) => void;
    request.mockImplementation(() => new Promise<boolean>((ok) => (answerPrompt = ok)));
    const { seen, report } = recorder();
    const done = grantLink(asking, settings, report, { fetch });
    // Called at once, inside the click: the browser honours it only during the user gesture.
    expect(request).toHaveBeenCalledWith({ origins: ['https://news.example/*'] });
    expect(seen.at(-1)).toEqual({ kind: 'loading', message: 'Waiting for your permission to read news.example…' });
    // While the browser asks, the request waits in storage for a popup that was closed meanwhile.
    await vi.waitFor(async () => expect(await fakeBrowser.storage.session.get('pending')).toMatchObject({ pending: { tabId: 3, mode: 'link', linkUrl: 'https://news.example/kerala' } }));
    expect(fetch).not.toHaveBeenCalled();
    granted.add('https://news.example/*');
    answerPrompt(true);
    const state = await done;
    expect(seen.map((s) => s.kind === 'loading' && s.message)).toEqual(['Waiting for your permission to read news.example…', 'Reading news.example…', 'Summarizing…']);
    expect(state.kind).toBe('ready');
    if (state.kind !== 'ready') return;
    expect(state.analysis.title).toBe(TITLE);
    expect(state.analysis.url).toBe('https://news.example/kerala');
    expect(state.analysis.summary).toHaveLength(3);
    expect(state.analysis.summary.join(' ')).toMatch(/buoys/);
    expect(state.selection).toBe(false);
    expect(state.link).toEqual({ requested: 'https://news.example/kerala', finalUrl: 'https://news.example/kerala' });
    // Relative image URLs resolved against the linked page, not the popup.
    expect(state.analysis.ai.images[0]?.src).toBe('https://news.example/lead.png');
    expect(fetch).toHaveBeenCalledOnce();
    expect(await takePending(3)).toBeNull();
  });

  it('an already granted host is read at once, and a redirect is reported', async () => {
    granted.add('https://news.example/*');
    const fetch = articleFetch('https://www.news.example/2025/kerala');
    const state = await startLink(pending('https://news.example/kerala'), settings, () => undefined, { fetch });
    expect(request).not.toHaveBeenCalled();
    expect(state).toMatchObject({ kind: 'ready', link: { requested: 'https://news.example/kerala', finalUrl: 'https://www.news.example/2025/kerala' } });
    if (state.kind === 'ready') expect(state.analysis.url).toBe('https://www.news.example/2025/kerala');
  });

  it('denied → a clear state, nothing fetched, nothing left waiting', async () => {
    const fetch = articleFetch();
    const asking = await startLink(pending('https://news.example/kerala'), settings, () => undefined, { fetch });
    if (asking.kind !== 'link-permission') throw new Error(asking.kind);
    request.mockResolvedValue(false);
    const state = await grantLink(asking, settings, () => undefined, { fetch });
    expect(state).toEqual({ kind: 'link-denied', link: asking.link, detail: null });
    expect(fetch).not.toHaveBeenCalled();
    expect(await takePending(3)).toBeNull();
    // "Ask again" is the same click on the denied state.
    request.mockResolvedValue(true);
    granted.add('https://news.example/*');
    const again = await grantLink(state as Extract<PopupState, { kind: 'link-denied' }>, settings, () => undefined, { fetch });
    expect(again.kind).toBe('ready');
  });

  it('a refused request (no user gesture, say) is a denial with the browser’s words', async () => {
    const asking = await startLink(pending('https://news.example/kerala'), settings, () => undefined);
    if (asking.kind !== 'link-permission') throw new Error(asking.kind);
    request.mockRejectedValue(new Error('This function must be called during a user gesture'));
    expect(await grantLink(asking, settings, () => undefined)).toMatchObject({ kind: 'link-denied', detail: 'This function must be called during a user gesture' });
  });
});

describe('link mode: the fetch fails', () => {
  beforeEach(() => granted.add('https://news.example/*'));

  it('HTTP error', async () => {
    const fetch = async () => new Response('gone', { status: 404, statusText: 'Not Found', headers: { 'content-type': 'text/html' } });
    const state = await startLink(pending('https://news.example/gone'), settings, () => undefined, { fetch });
    expect(state).toMatchObject({ kind: 'link-error', reason: 'http-status', url: 'https://news.example/gone', detail: '404 Not Found' });
  });

  it('not a web page', async () => {
    const fetch = async () => new Response('%PDF-1.7', { headers: { 'content-type': 'application/pdf' } });
    expect(await startLink(pending('https://news.example/a.pdf'), settings, () => undefined, { fetch })).toMatchObject({ kind: 'link-error', reason: 'not-html' });
  });

  it('timeout', async () => {
    const fetch = (_: RequestInfo | URL, init?: RequestInit) => new Promise<Response>((_ok, fail) => init?.signal?.addEventListener('abort', () => fail(new Error('aborted'))));
    expect(await startLink(pending('https://news.example/slow'), settings, () => undefined, { fetch, timeoutMs: 30 })).toMatchObject({ kind: 'link-error', reason: 'timeout' });
  });

  it('a page with no article is said so, as for a tab', async () => {
    const fetch = async () => new Response('<html><head><title>Login</title></head><body><form><input name=u></form></body></html>', { headers: { 'content-type': 'text/html' } });
    expect(await startLink(pending('https://news.example/login'), settings, () => undefined, { fetch })).toMatchObject({ kind: 'not-article' });
  });
});
