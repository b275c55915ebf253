/**
 * The side panel in real Chromium (dist/chrome): chosen in the settings, opened by the toolbar
 * button (a real click: CDP Extensions.triggerAction), showing the same brief as the popup, staying
 * open while the reader clicks a bullet, reading another tab when the toolbar is clicked there, and
 * following the active tab when asked to. Then the history page lists what was read.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { settledSnapshot, targets, TargetClient, type ChromiumSession } from '../../tools/browsers/chromium';
import type { StaticServer } from '../../tools/browsers/server';
import { openPage as openPageOf, withChromium } from './session';

declare const chrome: import('webextension-polyfill').Browser;

let s: ChromiumSession;
let server: StaticServer;

withChromium((session, started) => {
  [s, server] = [session, started];
});

const openPage = (path: string): Promise<Page> => openPageOf(s, server, path);

async function click(page: Page): Promise<void> {
  const tab = (await targets(s)).find((t) => t.type === 'tab' && t.url === page.url());
  if (!tab) throw new Error(`no tab for ${page.url()}`);
  await page.bringToFront();
  await s.cdp.send('Extensions.triggerAction' as never, { id: s.extensionId, targetId: tab.targetId } as never);
}

async function panelTargets() {
  // The panel's page (CDP also lists a 'tab' target wrapping it).
  return (await targets(s)).filter((t) => t.type === 'page' && t.url.startsWith(`chrome-extension://${s.extensionId}/panel/`));
}

async function waitFor<T>(f: () => Promise<T | undefined | null | false>, what: string, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const v = await f().catch(() => undefined);
    if (v) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('side panel (Chromium)', () => {
  let panel: TargetClient;

  it('is chosen in the settings: the toolbar button then has no popup', async () => {
    expect(await s.worker.evaluate(() => chrome.action.getPopup({}))).toMatch(/popup\/index\.html$/);
    await s.worker.evaluate(() => chrome.storage.sync.set({ settings: { version: 1, surface: 'panel' } }));
    await waitFor(async () => (await s.worker.evaluate(() => chrome.action.getPopup({}))) === '', 'the popup to be removed');
  });

  it('opens on a toolbar click with the brief of the page, as the popup shows it', async () => {
    const page = await openPage('/');
    await click(page);
    const [target] = await waitFor(async () => {
      const list = await panelTargets();
      return list.length ? list : null;
    }, 'the side panel');
    panel = await TargetClient.connect(s.wsEndpoint, target!.targetId);
    const snap = await settledSnapshot(panel);
    expect(snap.state).toBe('ready');
    expect(snap.title).toBeTruthy();
    expect(snap.summaryButtons).toBeGreaterThan(0);
    expect(await panel.evaluate<string | null>(`document.querySelector('[data-testid="panel-follow"]') ? 'bar' : null`)).toBe('bar');
    expect(await panel.evaluate<boolean>(`!!document.querySelector('[data-testid="open-panel"]')`)).toBe(false);
  });

  it('stays open, on the same brief, while the reader clicks bullets', async () => {
    const before = await settledSnapshot(panel);
    await panel.evaluate(`document.querySelector('[data-testid="summary"] button').click(), true`);
    await new Promise((r) => setTimeout(r, 500));
    expect(await panelTargets()).toHaveLength(1);
    const after = await settledSnapshot(panel);
    expect(after.title).toBe(before.title);
    expect(after.state).toBe('ready');
  });

  it('reads another tab when the toolbar is clicked there', async () => {
    const first = (await settledSnapshot(panel)).title;
    const other = await openPage('/pages/linked-article.html');
    await click(other);
    const snap = await waitFor(async () => {
      const x = await settledSnapshot(panel);
      return x.title !== first && x.state === 'ready' ? x : null;
    }, 'the other tab’s brief');
    expect(snap.title).not.toBe(first);
    expect(await panelTargets()).toHaveLength(1);
  });

  it('follows the active tab when asked to', async () => {
    await panel.evaluate(`document.querySelector('[data-testid="panel-follow"]').click(), true`);
    const now = (await settledSnapshot(panel)).title;
    // The first tab (the sample article) was granted by the first click; bringing it to front is enough.
    const pages = s.context.pages();
    const sample = pages.find((p) => p.url() === `${server.origin}/`)!;
    await sample.bringToFront();
    const snap = await waitFor(async () => {
      const x = await settledSnapshot(panel);
      return x.title !== now && x.state === 'ready' ? x : null;
    }, 'the brief of the tab brought to front');
    expect(snap.title).not.toBe(now);
  });

  it('keeps what was read in the history page, searchable', async () => {
    const history = await s.context.newPage();
    await history.goto(`chrome-extension://${s.extensionId}/history/index.html`);
    // Each brief is kept after its first paint (popup/flow.ts), so the second may land a moment after
    // it shows; the history page lists what is stored when it opens, so it is opened again until then.
    const entries = async () => {
      await history.reload();
      await history.waitForSelector('[data-testid="history-entry"]');
      return history.locator('[data-testid="history-entry"]').count();
    };
    await expect.poll(entries, { timeout: 5_000 }).toBe(2);
    await history.fill('[data-testid="history-search"]', 'zzzz-nothing');
    expect(await history.locator('[data-testid="history-entry"]').count()).toBe(0);
    panel.close();
  });
});
