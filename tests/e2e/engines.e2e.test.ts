/**
 * The opt-in summary engines in real Chromium (issue #17): an OpenAI-compatible server (the loopback
 * chat-completions server) writes the summary, streamed, grounded, with where the text went; and
 * Chrome's on-device engine chosen on Debian's Chromium, which has no model: a plain note and the
 * built-in summary. With the built-in engine, no request reaches the server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromeCopyWithHosts, clickAction, connectPopup, launchChromium, settledSnapshot, type ChromiumSession } from '../../tools/browsers/chromium';
import { startServer, type StaticServer } from '../../tools/browsers/server';
import { startChatServer, type ChatServer } from '../../tools/chat-server/server';

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
