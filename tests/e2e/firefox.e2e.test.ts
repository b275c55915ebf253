/**
 * Real Firefox ESR, the extension from dist/firefox (see support/firefox.ts for the one change the
 * test makes to it), pages on 127.0.0.1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settledSnapshot } from './support/chromium';
import { gotoExtensionPage, launchFirefox, previousTabId, type FirefoxSession } from './support/firefox';
import { startServer, type StaticServer } from './support/server';

let ff: FirefoxSession;
let server: StaticServer;

beforeAll(async () => {
  server = await startServer();
  ff = await launchFirefox('127.0.0.1');
}, 90_000);

afterAll(async () => {
  await ff?.close();
  await server?.close();
});

/** Open `url` in a tab, then the popup page for that tab in the next tab; return its snapshot. */
async function popupFor(url: string) {
  const page = await ff.browser.newPage();
  // about: pages may never report a BiDi load event; the popup does not need one.
  await page.goto(url, { timeout: 5_000 }).catch(() => undefined);
  const popup = await ff.browser.newPage();
  await gotoExtensionPage(popup, `${ff.base}/options/index.html`);
  const tabId = await previousTabId(popup);
  expect(tabId).toBeGreaterThanOrEqual(0);
  await gotoExtensionPage(popup, `${ff.base}/popup/index.html?tabId=${tabId}`);
  const snap = await settledSnapshot({ evaluate: <T,>(e: string) => popup.evaluate(e) as Promise<T> });
  await popup.close();
  await page.close();
  return snap;
}

describe('Firefox: the popup for a tab', () => {
  it('shows the brief of a news article', async () => {
    const snap = await popupFor(`${server.origin}/`);
    expect(snap.state, snap.text).toBe('ready');
    expect(snap.title).toBe('Kerala Fishing Villages Test Early-Warning Buoys Ahead of Monsoon');
    expect(snap.site).toBe('The Bharat Ledger');
    expect(snap.summary).toHaveLength(3);
    expect(snap.summary.join(' ')).not.toMatch(/AI-generated/);
    expect(snap.ai).toMatch(/AI-generated/);
  });

  it('says plainly when the page is not an article', async () => {
    const snap = await popupFor(`${server.origin}/pages/not-article.html`);
    expect(snap.state, snap.text).toBe('not-article');
  });

  it('reports a refused injection on an origin it has no access to', async () => {
    const other = server.origin.replace('127.0.0.1', 'localhost');
    const snap = await popupFor(`${other}/`);
    expect(snap.state, snap.text).toBe('injection-refused');
    expect(snap.text).toMatch(/Missing host permission/);
  });

  it('explains a restricted browser page', async () => {
    const snap = await popupFor('about:robots');
    expect(snap.state, snap.text).toBe('restricted');
  });
});

describe('Firefox: "Summarize this link"', () => {
  const LINKED = '/pages/linked-article.html';

  /** A link request as the menu leaves it for the tab of the links page, then the popup page for that tab. */
  async function linkPopupFor(linkUrl: string) {
    const page = await ff.browser.newPage();
    await page.goto(`${server.origin}/pages/links.html`, { timeout: 5_000 }).catch(() => undefined);
    const popup = await ff.browser.newPage();
    await gotoExtensionPage(popup, `${ff.base}/options/index.html`);
    const tabId = await previousTabId(popup);
    expect(tabId).toBeGreaterThanOrEqual(0);
    await popup.evaluate(`browser.storage.session.set({ pending: { tabId: ${tabId}, mode: 'link', linkUrl: ${JSON.stringify(linkUrl)}, at: Date.now() } })`);
    await gotoExtensionPage(popup, `${ff.base}/popup/index.html?tabId=${tabId}&mode=link`);
    const client = { evaluate: <T,>(e: string) => popup.evaluate(e) as Promise<T> };
    const snap = await settledSnapshot(client);
    return { snap, client, close: async () => (await popup.close(), await page.close()) };
  }

  it('reads the linked page on a permitted host and shows its brief', async () => {
    const before = server.hits(LINKED);
    const { snap, close } = await linkPopupFor(server.origin + LINKED);
    await close();
    expect(snap.state, snap.text).toBe('ready');
    expect(snap.mode).toBe('link');
    expect(snap.title).toBe('Goa’s Ferry Operators Switch to Solar Boats on the Mandovi');
    expect(snap.summary).toHaveLength(3);
    expect(snap.summaryButtons).toBe(0);
    expect(server.hits(LINKED) - before).toBe(1);
    expect(server.requests.filter((r) => r.path === LINKED).at(-1)?.cookie).toBeNull();
  });

  it('asks for a host it has no permission for, and fetches nothing', async () => {
    const other = server.origin.replace('127.0.0.1', 'localhost');
    const before = server.hits(LINKED);
    const { snap, close } = await linkPopupFor(other + LINKED);
    await new Promise((r) => setTimeout(r, 500));
    await close();
    expect(snap.state, snap.text).toBe('link-permission');
    expect(snap.permissionText).toBe(`Nutshell needs your permission to read ${new URL(other).host} — it fetches that one page, without your cookies.`);
    expect(server.hits(LINKED)).toBe(before);
  });
});
