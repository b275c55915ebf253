/**
 * Issue #17 in real Firefox ESR: the OpenAI-compatible engine against the loopback chat server
 * (tools/chat-server/server.ts). The options page asks for the server's host inside the Save click,
 * and Firefox's own permission prompt is answered with its own buttons (tools/browsers/firefox-chrome.ts),
 * both ways; the popup, opened by the toolbar button, streams the model's bullets with the grounding
 * marks and says where the text went. The server is reached as http://localhost:PORT, a host the
 * extension has no permission for until the reader allows it (match patterns carry no port), over
 * plain http (the extension's CSP must not upgrade it). With the built-in engine no request reaches
 * the server; Ollama's 403 gets the exact OLLAMA_ORIGINS line for this browser.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { gotoExtensionPage, launchFirefox, type FirefoxSession } from '../../tools/browsers/firefox';
import { answerPermissionPrompt, clickToolbarButton, closePopup, permissionPromptShowing, settledView, viewEval } from '../../tools/browsers/firefox-chrome';
import { startServer, type StaticServer } from '../../tools/browsers/server';
import { startChatServer, type ChatServer } from '../../tools/chat-server/server';

let ff: FirefoxSession;
let server: StaticServer;
let chat: ChatServer;
/** The options page, in a tab of its own; it also reads the popup (extension.getViews). */
let options: Page;
let baseUrl: string;

beforeAll(async () => {
  server = await startServer();
  chat = await startChatServer();
  baseUrl = `http://localhost:${chat.port}/v1`;
  // The test copy of the extension may read 127.0.0.1 (the article's host), not localhost.
  ff = await launchFirefox('127.0.0.1');
  options = await ff.browser.newPage();
  await gotoExtensionPage(options, `${ff.base}/options/index.html`);
}, 90_000);

afterAll(async () => {
  await ff?.close();
  await server?.close();
  await chat?.close();
});

const sel = (id: string) => `[data-testid="${id}"]`;
const status = () => options.$eval(sel('engine-status'), (e) => e.textContent?.trim() ?? '');
const stored = () => options.evaluate(`browser.storage.local.get('engine').then((r) => r.engine ?? null)`) as Promise<Record<string, unknown> | null>;
const granted = () => options.evaluate(`browser.permissions.contains({ origins: ['http://localhost/*'] })`) as Promise<boolean>;

async function waitFor<T>(f: () => Promise<T>, ok: (v: T) => boolean, what: string, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  let v: T | undefined;
  while (Date.now() < end) {
    v = await f().catch(() => undefined);
    if (v !== undefined && ok(v)) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}: ${JSON.stringify(v)}`);
}

/** Replace an input's text as a reader does: select it all, type over it. */
async function typeInto(id: string, text: string) {
  await options.click(sel(id), { count: 3 });
  await options.keyboard.press('End');
  await options.keyboard.down('Shift');
  await options.keyboard.press('Home');
  await options.keyboard.up('Shift');
  await options.keyboard.press('Backspace');
  await options.type(sel(id), text);
}

/** The article's tab in front, the toolbar button clicked: the real popup. */
async function popupOnArticle() {
  await closePopup(ff);
  const page = await ff.browser.newPage();
  await page.goto(`${server.origin}/`);
  await page.bringToFront();
  await clickToolbarButton(ff);
  return page;
}

const inPopup = <T,>(expression: string) => viewEval<T>(options, 'popup', expression);

describe('Firefox: the OpenAI-compatible engine, set up in the options page', () => {
  it('fills in a preset, and Save asks Firefox for the server’s host: refused, nothing is saved', async () => {
    await options.bringToFront();
    await options.click(sel('engine-openai'));
    await options.waitForSelector(sel('engine-preset'));
    await options.select(sel('engine-preset'), 'ollama');
    await waitFor(() => options.$eval(sel('engine-base-url'), (e) => (e as HTMLInputElement).value), (v) => v === 'http://localhost:11434/v1', 'the preset’s address');
    await options.select(sel('engine-preset'), 'custom');
    await typeInto('engine-base-url', `http://localhost:${chat.port}`);
    await typeInto('engine-model', 'slow');

    expect(await granted()).toBe(false);
    await options.click(sel('engine-save'));
    const prompt = await answerPermissionPrompt(ff, 'deny');
    console.log(`Firefox's prompt: ${prompt}`);
    expect(prompt).toMatch(/^button: /);
    expect(prompt).toContain('localhost');
    expect(await waitFor(status, (s) => s !== '', 'the status')).toBe(`Permission to reach localhost:${chat.port} was not granted; nothing was saved.`);
    expect(await stored()).toBeNull();
    expect(await granted()).toBe(false);
  });

  it('allowed in the prompt: saved, with the address normalized to /v1 and the host granted for every port', async () => {
    await options.bringToFront();
    await options.click(sel('engine-save'));
    await answerPermissionPrompt(ff, 'allow');
    expect(await waitFor(status, (s) => s === 'Saved', 'Saved')).toBe('Saved');
    expect(await stored()).toMatchObject({ engine: 'openai', preset: 'custom', baseUrl, model: 'slow', stream: true });
    expect(await granted()).toBe(true);
    // Saving again asks nothing: the host is granted.
    await options.click(sel('engine-save'));
    await new Promise((r) => setTimeout(r, 500));
    expect(await permissionPromptShowing(ff)).toBe(false);
  });

  it('"Fetch models" reads /v1/models from the server (inside the click, the host already granted)', async () => {
    const before = chat.requests.length;
    await options.click(sel('engine-fetch-models'));
    expect(await waitFor(status, (s) => /2/.test(s), 'the models')).toMatch(/2/);
    expect(chat.requests.slice(before).map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v1/models']);
    expect((await options.$$eval('#engine-models option', (os) => os.map((o) => (o as HTMLOptionElement).value))).sort()).toEqual(['llama3.2:1b', 'tiny']);
  });
});

describe('Firefox: the popup with the OpenAI-compatible engine', () => {
  it('streams the model’s bullets, marks what the article does not back, and says where the text went', async () => {
    chat.setReply(
      '- Fishing villages in Kerala are testing early-warning buoys ahead of the monsoon.\n' +
        '- The buoys cost 9,999 rupees each, officials said.\n' +
        '- The buoys warn fishermen of rough seas before they reach open water, the article says.',
    );
    const before = chat.requests.length;
    const page = await popupOnArticle();
    // While the model writes (40 characters every 150 ms), the popup shows its text as it comes.
    const seen = new Set<string>();
    const end = Date.now() + 20_000;
    while (Date.now() < end) {
      const partial = await inPopup<string | null>(`document.querySelector('[data-testid="engine-stream"]')?.textContent ?? null`).catch(() => null);
      if (partial) seen.add(partial);
      if (await inPopup<boolean>(`!!document.querySelector('[data-testid="engine-by"]')`).catch(() => false)) break;
      await new Promise((r) => setTimeout(r, 40));
    }
    console.log(`streamed: ${seen.size} partial texts seen before the end`);
    expect(seen.size).toBeGreaterThanOrEqual(2);

    expect(await inPopup<string>(`document.querySelector('[data-testid="engine-by"]').textContent`)).toBe(
      `Written by slow — the article's text was sent to localhost:${chat.port}.`,
    );
    expect(await inPopup<string[]>(`[...document.querySelectorAll('[data-testid="engine-summary"] li')].map((l) => l.dataset.supported)`)).toEqual(['yes', 'no', 'yes']);
    expect(await inPopup<string[]>(`[...document.querySelectorAll('mark.unsupported')].map((m) => m.textContent)`)).toContain('9,999');
    expect(await inPopup<string>(`document.querySelector('[data-testid="engine-missing"]').textContent`)).toMatch(/1/);
    // The built-in bullets, one click away.
    expect(await inPopup<boolean>(`document.querySelector('[data-testid="engine-builtin"]').open`)).toBe(false);
    await inPopup(`(document.querySelector('[data-testid="engine-builtin"] summary').click(), true)`);
    expect(await inPopup<boolean>(`document.querySelector('[data-testid="engine-builtin"]').open`)).toBe(true);
    expect(await inPopup<number>(`document.querySelectorAll('[data-testid="engine-builtin"] [data-testid="summary"] li').length`)).toBe(3);

    // One request, over plain http to localhost (not upgraded), from this extension's origin.
    const sent = chat.requests.slice(before);
    expect(sent.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /v1/chat/completions']);
    expect(sent[0]!.headers.host).toBe(`localhost:${chat.port}`);
    expect(sent[0]!.headers.origin).toBe(ff.base);
    expect(sent[0]!.headers.authorization).toBeUndefined();
    expect(sent[0]!.body).toMatchObject({ model: 'slow', stream: true });
    expect(JSON.stringify(sent[0]!.body)).toContain('Kerala Fishing Villages Test Early-Warning Buoys Ahead of Monsoon');
    await closePopup(ff);
    await page.close();
  });

  it('Ollama’s 403: the exact OLLAMA_ORIGINS line for this Firefox, and the built-in summary', async () => {
    await options.evaluate(`browser.storage.local.get('engine').then((r) => browser.storage.local.set({ engine: { ...r.engine, model: 'ollama-403' } }))`);
    const page = await popupOnArticle();
    const error = await waitFor(
      () => inPopup<string | null>(`document.querySelector('[data-testid="engine-error"]')?.textContent ?? null`),
      (v) => !!v,
      'the engine’s error',
      20_000,
    );
    expect(error).toContain(`OLLAMA_ORIGINS=${ff.base}`);
    expect(ff.base).toMatch(/^moz-extension:\/\/[0-9a-f-]{36}$/);
    expect((await settledView(options, 'popup')).summary).toHaveLength(3);
    await closePopup(ff);
    await page.close();
  });

  it('with the built-in engine chosen in the options page, no request reaches the server', async () => {
    await options.bringToFront();
    await options.click(sel('engine-builtin'));
    await options.click(sel('engine-save'));
    await waitFor(status, (s) => s === 'Saved', 'Saved');
    expect(await stored()).toMatchObject({ engine: 'builtin' });
    const before = chat.requests.length;
    const page = await popupOnArticle();
    const snap = await settledView(options, 'popup');
    expect(snap.state, snap.text).toBe('ready');
    expect(snap.summary).toHaveLength(3);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await inPopup<boolean>(`!!document.querySelector('[data-testid="engine-by"], [data-testid="engine-stream"], [data-testid="engine-note"]')`)).toBe(false);
    expect(chat.requests.length).toBe(before);
    await closePopup(ff);
    await page.close();
  });
});
