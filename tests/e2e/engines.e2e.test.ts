/**
 * The opt-in summary engines in real Chromium (issue #17): an OpenAI-compatible server (the loopback
 * chat-completions server) writes the summary, streamed, grounded, with where the text went; and
 * Chrome's on-device engine chosen on Debian's Chromium, which has no model: a plain note and the
 * built-in summary. With the built-in engine, no request reaches the server.
 *
 * Chrome's engine through its states: the faithful fake of the Summarizer API
 * (tools/summarizer/fake.ts) is injected into the popup page before its scripts run (the popup
 * opened in a tab, Page.addScriptToEvaluateOnNewDocument through Playwright's addInitScript), and
 * Playwright's clicks are real input events, so `navigator.userActivation` is what Chrome's own
 * create() would see.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromeCopyWithHosts, clickAction, connectPopup, launchChromium, settledSnapshot, type ChromiumSession } from '../../tools/browsers/chromium';
import { startServer, type StaticServer } from '../../tools/browsers/server';
import { startChatServer, type ChatServer } from '../../tools/chat-server/server';
import { fakeSummarizerSource, type FakeSummarizerOptions } from '../../tools/summarizer/fake';

declare const chrome: import('webextension-polyfill').Browser;

let s: ChromiumSession;
let copy: ReturnType<typeof chromeCopyWithHosts>;
let server: StaticServer;
let chat: ChatServer;

beforeAll(async () => {
  server = await startServer();
  chat = await startChatServer();
  // The host permission the options page's Save asks for (a prompt cannot be clicked headless).
  copy = chromeCopyWithHosts(['http://127.0.0.1/*']);
  s = await launchChromium({ dist: copy.dist });
}, 60_000);

afterAll(async () => {
  await s?.close();
  copy?.remove();
  await server?.close();
  await chat?.close();
});

async function popupOn(path: string) {
  const page = await s.context.newPage();
  await page.goto(server.origin + path, { waitUntil: 'load' });
  await clickAction(s, page);
  const popup = await connectPopup(s);
  const snap = await settledSnapshot(popup);
  return { page, popup, snap };
}

const text = (id: string) => `document.querySelector('[data-testid="${id}"]')?.textContent ?? ''`;

describe('Chromium: summary engines', () => {
  it('with the built-in engine, sends nothing to the server', async () => {
    await s.worker.evaluate(() => chrome.storage.local.remove('engine'));
    const before = chat.requests.length;
    const { page, popup, snap } = await popupOn('/');
    expect(snap.state).toBe('ready');
    await new Promise((r) => setTimeout(r, 500));
    expect(await popup.evaluate<string>(text('engine-by'))).toBe('');
    expect(chat.requests.length).toBe(before);
    popup.close();
    await page.close();
  });

  it("shows the model's bullets, grounded, and where the text was sent", async () => {
    chat.setReply('- Fishing villages in Kerala are testing early-warning buoys ahead of the monsoon.\n- The buoys cost 9,999 rupees each, officials said.');
    await s.worker.evaluate(
      (baseUrl) => chrome.storage.local.set({ engine: { engine: 'openai', preset: 'custom', baseUrl, model: 'tiny', apiKey: '', stream: true } }),
      chat.baseUrl,
    );
    const { page, popup, snap } = await popupOn('/');
    expect(snap.state).toBe('ready');
    const by = await popup.waitFor<string>(text('engine-by'));
    expect(by).toBe(`Written by tiny — the article's text was sent to 127.0.0.1:${chat.port}.`);
    const bullets = await popup.evaluate<string[]>(`[...document.querySelectorAll('[data-testid="engine-summary"] li')].map((l) => l.textContent)`);
    expect(bullets).toHaveLength(2);
    expect(await popup.evaluate<string[]>(`[...document.querySelectorAll('mark.unsupported')].map((m) => m.textContent)`)).toContain('9,999');
    // The built-in bullets are one click away.
    expect(await popup.evaluate<number>(`document.querySelectorAll('[data-testid="engine-builtin"] [data-testid="summary"] li').length`)).toBe(3);
    const sent = chat.requests.at(-1)!;
    expect(sent.headers.origin).toBe(`chrome-extension://${s.extensionId}`);
    expect(JSON.stringify(sent.body)).toContain('Kerala Fishing Villages Test Early-Warning Buoys Ahead of Monsoon');
    popup.close();
    await page.close();
  });

  it("Chrome's on-device engine on Debian's Chromium: a plain note and the built-in summary", async () => {
    await s.worker.evaluate(() => chrome.storage.local.set({ engine: { engine: 'chrome' } }));
    const { page, popup } = await popupOn('/');
    const note = await popup.waitFor<string>(text('engine-note'));
    const hasApi = await popup.evaluate<boolean>(`typeof Summarizer !== 'undefined'`);
    expect(note).toMatch(hasApi ? /not available on this computer/ : /no on-device summarizer/);
    expect(await popup.evaluate<number>(`document.querySelectorAll('[data-testid="summary"] li').length`)).toBe(3);
    console.log(`Summarizer API in this Chromium: ${hasApi ? 'present, unavailable' : 'absent'}`);
    popup.close();
    await page.close();
  });
});

const KERALA_REPLY = '* Fishing villages in Kerala are testing early-warning buoys ahead of the monsoon.\n* The buoys cost 9,999 rupees each, officials said.';

/** The popup for the article at `/`, opened in a tab with the fake Summarizer defined before its scripts run. */
async function popupWithFake(fake: Omit<FakeSummarizerOptions, 'userActivation'>): Promise<{ page: Page; popup: Page }> {
  const page = await s.context.newPage();
  await page.goto(server.origin + '/', { waitUntil: 'load' });
  await page.bringToFront();
  const tabId = await s.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1);
  expect(tabId).toBeGreaterThan(0);
  const popup = await s.context.newPage();
  await popup.addInitScript(fakeSummarizerSource(fake));
  await popup.goto(`chrome-extension://${s.extensionId}/popup/index.html?tabId=${tabId}`);
  return { page, popup };
}

const textOf = (p: Page, id: string) => p.locator(`[data-testid="${id}"]`).first().textContent({ timeout: 15_000 });
type Call = { method: string; options?: Record<string, unknown>; activated?: boolean };
const calls = (p: Page) => p.evaluate(() => (globalThis as unknown as { __fakeSummarizerCalls: Call[] }).__fakeSummarizerCalls.map((c) => ({ method: c.method, options: c.options, activated: c.activated })));

describe("Chromium: Chrome's on-device engine through its states (the fake Summarizer injected)", () => {
  beforeAll(async () => {
    await s.worker.evaluate(() => chrome.storage.local.set({ engine: { engine: 'chrome' } }));
  });

  it('downloadable: the download button, create() inside the click, progress, then streamed bullets with grounding marks', async () => {
    const { page, popup } = await popupWithFake({ state: 'downloadable', reply: KERALA_REPLY, stepMs: 400, pieceMs: 40 });
    const button = popup.getByTestId('engine-download');
    await button.waitFor({ timeout: 15_000 });
    expect(await button.textContent()).toBe("Download Chrome's on-device model");
    expect(await textOf(popup, 'engine-note')).toContain('about 2 GB');
    // The built-in summary meanwhile, and no create() before the click.
    expect(await popup.locator('[data-testid="summary"] li').count()).toBe(3);
    expect((await calls(popup)).map((c) => c.method)).toEqual(['availability']);
    await button.click();
    // Progress from the monitor, as Chrome reports it.
    await popup.getByText(/Downloading the model… (?:0|50)\s?%/).waitFor({ timeout: 10_000 });
    // The key points stream in before the list is shown.
    const partial = await (
      await popup.waitForFunction(() => document.querySelector('[data-testid="engine-stream"]')?.textContent || null, undefined, { timeout: 10_000, polling: 20 })
    ).jsonValue();
    expect(KERALA_REPLY.startsWith(partial!)).toBe(true);
    expect(partial!.length).toBeLessThan(KERALA_REPLY.length);
    await popup.getByTestId('engine-by').waitFor({ timeout: 15_000 });
    expect(await textOf(popup, 'engine-by')).toBe("Written by Chrome's on-device model — the text did not leave this computer.");
    const bullets = await popup.locator('[data-testid="engine-summary"] li').allTextContents();
    expect(bullets).toEqual(['Fishing villages in Kerala are testing early-warning buoys ahead of the monsoon.', 'The buoys cost 9,999 rupees each, officials said.']);
    expect(await popup.locator('mark.unsupported').allTextContents()).toContain('9,999');
    expect(await textOf(popup, 'engine-missing')).toBe('1 statement was not found in the article.');
    // availability() was asked with the very options create() got; create() ran once, in the click.
    const seen = await calls(popup);
    const created = seen.filter((c) => c.method === 'create');
    expect(created).toHaveLength(1);
    expect(created[0]!.activated).toBe(true);
    const { monitor, signal, ...createOptions } = created[0]!.options!;
    expect(monitor).toBe('function');
    expect(signal).toBeUndefined();
    expect(seen[0]!.options).toEqual(createOptions);
    expect(createOptions).toMatchObject({ type: 'key-points', format: 'markdown', length: 'short', outputLanguage: 'en', expectedInputLanguages: ['en'] });
    await popup.close();
    await page.close();
  });

  it('downloading (started elsewhere): the same button, with a note that the download is under way', async () => {
    const { page, popup } = await popupWithFake({ state: 'downloading', reply: KERALA_REPLY });
    await popup.getByTestId('engine-download').waitFor({ timeout: 15_000 });
    expect(await textOf(popup, 'engine-note')).toContain('already downloading');
    await popup.getByTestId('engine-download').click();
    await popup.getByTestId('engine-by').waitFor({ timeout: 15_000 });
    expect(await popup.locator('[data-testid="engine-summary"] li').count()).toBe(2);
    await popup.close();
    await page.close();
  });

  it('available and the article over the quota: the text is cut to fit, and the popup says so', async () => {
    const { page, popup } = await popupWithFake({ state: 'available', reply: KERALA_REPLY, inputQuota: 150 });
    await popup.getByTestId('engine-by').waitFor({ timeout: 15_000 });
    expect(await textOf(popup, 'engine-input-cut')).toBe('The article was too long for the model: it summarized the first part.');
    const sent = await popup.evaluate(() => (globalThis as unknown as { __fakeSummarizerCalls: Array<{ method: string; text?: string }> }).__fakeSummarizerCalls.filter((c) => c.method === 'summarizeStreaming').map((c) => c.text!.length));
    expect(Math.ceil(sent.at(-1)! / 4)).toBeLessThanOrEqual(150);
    await popup.close();
    await page.close();
  });

  it.each([
    ['too long even cut', { state: 'available', modelQuota: 1 }, "The article is too long for Chrome's on-device model, even cut short."],
    ['NotAllowedError', { state: 'available', fail: { at: 'create', name: 'NotAllowedError' } }, 'Chrome did not allow its on-device model here'],
    ['NotSupportedError', { state: 'available', fail: { at: 'create', name: 'NotSupportedError' } }, "does not support this article's language"],
    ['NotReadableError', { state: 'available', fail: { at: 'summarize', name: 'NotReadableError' } }, 'declined to summarize this text'],
    ['InvalidStateError', { state: 'available', fail: { at: 'create', name: 'InvalidStateError' } }, 'is not ready: try again in a moment'],
    ['an unknown DOMException', { state: 'available', fail: { at: 'summarize', name: 'OperationError', message: 'The device ran out of memory.' } }, "Chrome's on-device model failed."],
  ] as const)('%s: its own message, and the built-in summary', async (_, fake, message) => {
    const { page, popup } = await popupWithFake({ reply: KERALA_REPLY, ...fake } as Omit<FakeSummarizerOptions, 'userActivation'>);
    expect(await textOf(popup, 'engine-error')).toContain(message);
    expect(await textOf(popup, 'engine-note')).toContain('The model could not write a summary; here is the built-in one.');
    expect(await popup.locator('[data-testid="summary"] li').count()).toBe(3);
    if ('fail' in fake && fake.fail.name === 'OperationError') expect(await textOf(popup, 'engine-error-said')).toBe('It said: “The device ran out of memory.”');
    await popup.close();
    await page.close();
  });
});
