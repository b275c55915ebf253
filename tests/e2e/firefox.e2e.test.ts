/**
 * Real Firefox ESR, the extension from dist/firefox (see support/firefox.ts for the one change the
 * test makes to it), pages on 127.0.0.1.
 */
import { describe, expect, it } from 'vitest';
import { settledSnapshot } from '../../tools/browsers/chromium';
import type { Page } from 'puppeteer-core';
import { gotoExtensionPage, previousTabId, type FirefoxSession } from '../../tools/browsers/firefox';
import type { StaticServer } from '../../tools/browsers/server';
import { withFirefox } from './session';

let ff: FirefoxSession;
let server: StaticServer;

withFirefox((session, started) => {
  [ff, server] = [session, started];
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

  it('leaves out captions whose named wrappers Readability folds away (the content script marks them first)', async () => {
    const snap = await popupFor(`${server.origin}/pages/folded-caption.html`);
    expect(snap.state, snap.text).toBe('ready');
    expect(snap.summary).toHaveLength(3);
    expect(snap.summary.join(' ')).toMatch(/extra services/);
    expect(snap.summary.join(' ')).not.toMatch(/sandbags|night train waits|inbox/);
  });

  it('flashes the passage of a summary bullet on the article’s tab without changing the page', async () => {
    const page = await ff.browser.newPage();
    await page.goto(`${server.origin}/`);
    const before = await page.evaluate(() => document.body.outerHTML);
    const popup = await ff.browser.newPage();
    await gotoExtensionPage(popup, `${ff.base}/options/index.html`);
    const tabId = await previousTabId(popup);
    await gotoExtensionPage(popup, `${ff.base}/popup/index.html?tabId=${tabId}`);
    const snap = await settledSnapshot({ evaluate: <T,>(e: string) => popup.evaluate(e) as Promise<T> });
    expect(snap.state, snap.text).toBe('ready');
    const last = snap.summary.length - 1;
    await popup.evaluate(`document.querySelectorAll('[data-testid="summary"] .bullet')[${last}].click()`);
    // The content script's Web Animation on the passage, read in the article's tab.
    const flashed = await page.waitForFunction(
      (text: string) => {
        const target = document
          .getAnimations()
          .map((a) => (a.effect as KeyframeEffect | null)?.target as Element | null)
          .find(Boolean);
        return target && target.textContent!.replace(/\s+/g, ' ').includes(text.slice(0, 40)) ? target.tagName : false;
      },
      { timeout: 10_000 },
      snap.summary[last]!,
    );
    expect(await flashed.jsonValue()).toBe('P');
    expect(await page.evaluate(() => document.body.outerHTML)).toBe(before);
    await popup.close();
    await page.close();
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

describe('Firefox: the context menu', () => {
  /** Call the background's own menu handler (what menus.onClicked calls) for the tab showing `url`,
   *  as a native menu cannot be clicked over BiDi. Returns how the popup was opened and, when it
   *  opened in a tab, that tab's snapshot. (The action popup itself is not reachable over BiDi.) */
  async function menuClick(page: Page, helper: Page, tabId: number, info: Record<string, unknown>) {
    const before = new Set(await ff.browser.pages());
    const opened = (await helper.evaluate(`(async () => {
      const bg = await browser.runtime.getBackgroundPage();
      return bg.nutshellMenuClick(${JSON.stringify(info)}, await browser.tabs.get(${tabId}));
    })()`)) as string | null;
    if (opened !== 'tab') return { opened, snap: null, popupUrl: '' };
    // Extension pages report about:blank over BiDi: ask the new tab where it is.
    for (let i = 0; i < 100; i++) {
      for (const p of await ff.browser.pages()) {
        if (before.has(p)) continue;
        const href = (await p.evaluate('location.href').catch(() => '')) as string;
        if (!href.includes('/popup/index.html')) continue;
        const snap = await settledSnapshot({ evaluate: <T,>(e: string) => p.evaluate(e) as Promise<T> });
        await p.close();
        return { opened, snap, popupUrl: href };
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    return { opened, snap: null, popupUrl: '' };
  }

  it('opens the action popup for a request, and the popup page in a tab when the action popup cannot open', async () => {
    const page = await ff.browser.newPage();
    await page.goto(`${server.origin}/`, { timeout: 5_000 }).catch(() => undefined);
    const helper = await ff.browser.newPage();
    await gotoExtensionPage(helper, `${ff.base}/options/index.html`);
    const tabId = await previousTabId(helper);
    expect(tabId).toBeGreaterThanOrEqual(0);
    // Headless Firefox lets the handler open the action popup for the first request.
    const first = await menuClick(page, helper, tabId, { menuItemId: 'nutshell-page' });
    expect(['action-popup', 'tab']).toContain(first.opened);
    // With that popup still open, openPopup() is refused: the request goes to the popup page in a tab,
    // the path a reader gets whenever Firefox refuses (no user action, no focused window).
    const selectionText =
      'The harbour board approved a plan on Monday to dredge the channel before the monsoon. Fishermen said the work was overdue. The board will pay for it from its reserves. Work starts next week and should take a month.';
    const second = await menuClick(page, helper, tabId, { menuItemId: 'nutshell-selection', selectionText });
    await helper.close();
    await page.close();
    expect(second.opened).toBe('tab');
    expect(second.popupUrl).toContain(`tabId=${tabId}&mode=selection`);
    expect(second.snap?.state, second.snap?.text).toBe('ready');
    expect(second.snap?.summary.join(' ')).toMatch(/dredge the channel/);
    expect(second.snap?.summary.join(' ')).not.toMatch(/Kerala/);
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
