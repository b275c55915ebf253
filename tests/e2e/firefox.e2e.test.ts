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
