/**
 * Issue #16 in real Firefox ESR: the states a reader meets outside an article, the popup at 200 %
 * zoom and at the largest text size, and the sidebar (`sidebar_action`). The toolbar button is
 * clicked as the browser's own button does (tools/browsers/firefox-chrome.ts): that grants activeTab
 * and opens the real action popup, which is read from an extension page through extension.getViews.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import type { Page } from 'puppeteer-core';
import { gotoExtensionPage, launchFirefox, type FirefoxSession } from '../../tools/browsers/firefox';
import { chromeEval, clickToolbarButton, closePopup, closeSidebar, openSidebar, settledView, viewEval, zoomPopup } from '../../tools/browsers/firefox-chrome';
import { startServer, type StaticServer } from '../../tools/browsers/server';

let ff: FirefoxSession;
let server: StaticServer;
/** An extension page in a tab of its own: it reads the popup and the sidebar. */
let helper: Page;

beforeAll(async () => {
  server = await startServer();
  ff = await launchFirefox('127.0.0.1');
  helper = await ff.browser.newPage();
  await gotoExtensionPage(helper, `${ff.base}/options/index.html`);
}, 90_000);

afterAll(async () => {
  await ff?.close();
  await server?.close();
});

/** A port on 127.0.0.1 that nothing listens on. */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  const port = (s.address() as { port: number }).port;
  await new Promise((r) => s.close(r));
  return port;
}

/** Open `url` in a new tab (selected), click the toolbar button there and wait for the popup. */
async function popupOn(url: string) {
  await closePopup(ff);
  const page = await ff.browser.newPage();
  await page.goto(url, { timeout: 5_000 }).catch(() => undefined);
  await page.bringToFront();
  await clickToolbarButton(ff);
  const snap = await settledView(helper, 'popup');
  return { page, snap };
}

const retryButtons = `document.querySelectorAll('button.retry').length`;

describe('Firefox: a tab with nothing to read', () => {
  for (const url of ['about:blank', 'about:newtab']) {
    it(`${url}: the empty-tab state`, async () => {
      const { page, snap } = await popupOn(url);
      expect(snap.state, snap.text).toBe('empty-tab');
      expect(await viewEval<number>(helper, 'popup', retryButtons)).toBe(0);
      await closePopup(ff);
      await page.close();
    });
  }

  it('a tab whose load failed (connection refused): the load-failed state, and no retry', async () => {
    const { page, snap } = await popupOn(`http://127.0.0.1:${await closedPort()}/story.html`);
    expect(snap.state, snap.text).toBe('load-failed');
    expect(await viewEval<number>(helper, 'popup', retryButtons)).toBe(0);
    await closePopup(ff);
    await page.close();
  });
});

/** What a reader at a large size can see and reach in the popup. */
const LAYOUT = `(() => {
  const root = document.documentElement;
  const first = document.querySelector('[data-testid="summary"] li');
  const copy = document.querySelector('[data-testid="copy-markdown"]');
  const r = first ? first.getBoundingClientRect() : null;
  copy?.scrollIntoView({ block: 'nearest' });
  const c = copy ? copy.getBoundingClientRect() : null;
  const hit = c ? document.elementFromPoint(c.left + c.width / 2, c.top + c.height / 2) : null;
  return {
    innerWidth: window.innerWidth,
    innerHeight: window.innerHeight,
    scrollWidth: root.scrollWidth,
    clientWidth: root.clientWidth,
    firstBullet: r && { left: r.left, right: r.right, top: r.top, bottom: r.bottom },
    firstBulletSeen: (() => {
      if (!first) return false;
      first.scrollIntoView({ block: 'nearest' });
      const b = first.getBoundingClientRect();
      const at = document.elementFromPoint(b.left + Math.min(40, b.width / 2), b.top + Math.min(10, b.height / 2));
      document.scrollingElement.scrollTop = 0;
      return !!at && first.contains(at) && b.left >= 0 && b.right <= root.clientWidth && b.bottom <= window.innerHeight;
    })(),
    firstBulletText: first ? first.textContent.trim() : null,
    copyReachable: !!(c && hit && (hit === copy || copy.contains(hit))),
    copyInside: !!(c && c.left >= 0 && c.right <= root.clientWidth),
  };
})()`;

interface Layout {
  innerWidth: number;
  innerHeight: number;
  scrollWidth: number;
  clientWidth: number;
  firstBullet: { left: number; right: number; top: number; bottom: number } | null;
  firstBulletSeen: boolean;
  firstBulletText: string | null;
  copyReachable: boolean;
  copyInside: boolean;
}

async function layoutAfterResize(): Promise<Layout> {
  // The popup's panel resizes to its content after a change: wait until two reads agree.
  let last = '';
  for (let i = 0; i < 40; i++) {
    await new Promise((r) => setTimeout(r, 150));
    const l = await viewEval<unknown>(helper, 'popup', `(() => ({ w: document.documentElement.clientWidth, h: window.innerHeight, s: document.documentElement.scrollWidth }))()`);
    const key = JSON.stringify(l);
    if (key === last) break;
    last = key;
  }
  return (await viewEval<Layout>(helper, 'popup', LAYOUT))!;
}

function expectReadable(l: Layout) {
  const said = JSON.stringify(l);
  expect(l.scrollWidth, said).toBeLessThanOrEqual(l.clientWidth);
  expect(l.firstBullet, said).not.toBeNull();
  expect(l.firstBullet!.left, said).toBeGreaterThanOrEqual(0);
  expect(l.firstBullet!.right, said).toBeLessThanOrEqual(l.clientWidth);
  expect(l.firstBulletSeen, said).toBe(true);
  expect(l.copyReachable, said).toBe(true);
  expect(l.copyInside, said).toBe(true);
}

describe('Firefox: room to read at a large size', () => {
  it('at 200 % zoom, the brief fits the popup’s width and its actions can be reached', async () => {
    const { page, snap } = await popupOn(`${server.origin}/`);
    expect(snap.state, snap.text).toBe('ready');
    const normal = await layoutAfterResize();
    expectReadable(normal);
    expect(await zoomPopup(ff, helper, 2)).toBe(2);
    const zoomed = await layoutAfterResize();
    const shown = await chromeEval<number>(ff, `document.querySelector('browser.webextension-popup-browser').getBoundingClientRect().width`);
    // Firefox grows the popup with its zoom (its <browser> is then about twice as wide on screen).
    console.log(`popup at 100 %: ${normal.clientWidth} CSS px wide (scrollWidth ${normal.scrollWidth}); at 200 %: ${zoomed.clientWidth} (scrollWidth ${zoomed.scrollWidth}), ${Math.round(shown)} px on screen`);
    expectReadable(zoomed);
    await zoomPopup(ff, helper, 1);
    await closePopup(ff);
    await page.close();
  });

  it('at the largest text size (and at 200 % zoom on top of it), the same', async () => {
    await helper.evaluate(`browser.storage.sync.set({ settings: { version: 1, textSize: 'larger' } })`);
    try {
      const { page, snap } = await popupOn(`${server.origin}/`);
      expect(snap.state, snap.text).toBe('ready');
      const larger = await layoutAfterResize();
      expectReadable(larger);
      expect(await zoomPopup(ff, helper, 2)).toBe(2);
      const both = await layoutAfterResize();
      console.log(`popup at the largest text size: ${larger.clientWidth} CSS px wide (scrollWidth ${larger.scrollWidth}); with 200 % zoom: ${both.clientWidth} (scrollWidth ${both.scrollWidth})`);
      expectReadable(both);
      await zoomPopup(ff, helper, 1);
      await closePopup(ff);
      await page.close();
    } finally {
      await helper.evaluate(`browser.storage.sync.remove('settings')`);
    }
  });
});

describe('Firefox: the sidebar', () => {
  it('shows the brief the popup shows, and follows the active tab when asked to', async () => {
    const { page, snap: fromPopup } = await popupOn(`${server.origin}/`);
    expect(fromPopup.state, fromPopup.text).toBe('ready');
    await closePopup(ff);
    await openSidebar(ff);
    const inSidebar = await settledView(helper, 'sidebar');
    expect(inSidebar.state, inSidebar.text).toBe('ready');
    expect(inSidebar.title).toBe(fromPopup.title);
    expect(inSidebar.summary).toEqual(fromPopup.summary);
    expect(await viewEval<boolean>(helper, 'sidebar', `!!document.querySelector('[data-testid="panel-follow"]')`)).toBe(true);

    // Not following: another tab brought to the front leaves the sidebar on its brief.
    const other = await ff.browser.newPage();
    await other.goto(`${server.origin}/pages/linked-article.html`);
    await other.bringToFront();
    await new Promise((r) => setTimeout(r, 1_500));
    expect((await settledView(helper, 'sidebar')).title).toBe(fromPopup.title);

    // "Follow the active tab": it reads the tab in front, then each tab brought to the front.
    await viewEval(helper, 'sidebar', `(document.querySelector('[data-testid="panel-follow"]').click(), true)`);
    const followed = await waitForTitle((t) => t !== fromPopup.title);
    expect(followed).toBe('Goa’s Ferry Operators Switch to Solar Boats on the Mandovi');
    await page.bringToFront();
    expect(await waitForTitle((t) => t === fromPopup.title)).toBe(fromPopup.title);

    await viewEval(helper, 'sidebar', `(document.querySelector('[data-testid="panel-follow"]').click(), true)`);
    await closeSidebar(ff);
    await other.close();
    await page.close();
  });
});

async function waitForTitle(ok: (title: string | null) => boolean, ms = 15_000): Promise<string | null> {
  const end = Date.now() + ms;
  let snap = null;
  while (Date.now() < end) {
    snap = await settledView(helper, 'sidebar').catch(() => null);
    if (snap && snap.state === 'ready' && ok(snap.title)) return snap.title;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`the sidebar did not follow: ${JSON.stringify(snap?.title)}`);
}
