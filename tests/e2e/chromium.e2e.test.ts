/**
 * Real Chromium, real extension (dist/chrome), pages served on 127.0.0.1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromeCopyWithHosts, clickAction, connectPopup, launchChromium, settledSnapshot, targets, type ChromiumSession } from '../../tools/browsers/chromium';
import type { StaticServer } from '../../tools/browsers/server';
import { openPage as openPageOf, withChromium } from './session';

// Code passed to worker.evaluate runs in the extension's service worker, where `chrome` is the
// promise-based extension API; the polyfill's types describe the same shape.
declare const chrome: import('webextension-polyfill').Browser;

let s: ChromiumSession;
let server: StaticServer;

withChromium((session, started) => {
  [s, server] = [session, started];
});

const openPage = (path: string): Promise<Page> => openPageOf(s, server, path);

/** The extension cannot see tab URLs (no `tabs` permission), so: bring the page to front, ask for the active tab. */
async function tabIdOf(page: Page, session: ChromiumSession = s): Promise<number> {
  await page.bringToFront();
  const id = await session.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1);
  if (id < 0) throw new Error('no active tab');
  return id;
}

/** A context-menu click on `page` (`info` as menus.onClicked gives it): the very handler the native
 *  menu calls, which a test cannot click. Returns how the popup opened. */
async function menuClick(session: ChromiumSession, page: Page, info: Record<string, string>): Promise<string> {
  const tabId = await tabIdOf(page, session);
  return session.worker.evaluate(
    async ([id, clicked]) => {
      const tab = await chrome.tabs.get(id as number);
      const handler = (globalThis as unknown as { nutshellMenuClick: (i: unknown, t: unknown) => Promise<string> }).nutshellMenuClick;
      return handler(clicked, tab);
    },
    [tabId, info] as const,
  );
}

const menuOnLink = (session: ChromiumSession, page: Page, linkUrl: string): Promise<string> =>
  menuClick(session, page, { menuItemId: 'nutshell-link', linkUrl });

const LINKED = '/pages/linked-article.html';

function popupInTab(tabId: number): Promise<Page> {
  return (async () => {
    const p = await s.context.newPage();
    await p.goto(`chrome-extension://${s.extensionId}/popup/index.html?tabId=${tabId}`);
    return p;
  })();
}

const asClient = (p: Page) => ({ evaluate: <T,>(e: string) => p.evaluate(e) as Promise<T> });

/** Open `path`, click the toolbar button for real, and read the popup once it has settled;
 *  `whileOpen` gets the tab's id and runs before the popup is closed. (The id is asked for before the
 *  click: `tabIdOf` brings the page to front, which closes an open popup, and with it the work the
 *  popup does after the brief's first paint, the badge among it.) */
async function toolbarBrief(path: string, whileOpen?: (tabId: number) => Promise<void>) {
  const page = await openPage(path);
  const tabId = whileOpen ? await tabIdOf(page) : -1;
  await clickAction(s, page);
  const popup = await connectPopup(s);
  const snap = await settledSnapshot(popup);
  await whileOpen?.(tabId);
  popup.close();
  return { page, snap };
}

describe('Chromium: toolbar click on a news article', () => {
  it('opens the real action popup and shows the brief of the page', async () => {
    // The toolbar icon carries the AI badge for this tab. The popup sets it after the brief's first
    // paint (popup/flow.ts, afterPaint), so it may land a moment after the brief shows: polled while
    // the popup is still open.
    const { page, snap } = await toolbarBrief('/', async (tabId) => {
      await expect
        .poll(() => s.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId), { timeout: 5_000 })
        .toBe('AI');
    });
    expect(snap.state).toBe('ready');
    expect(snap.title).toBe('Kerala Fishing Villages Test Early-Warning Buoys Ahead of Monsoon');
    expect(snap.site).toBe('The Bharat Ledger');
    expect(snap.summary).toHaveLength(3);
    expect(snap.summary.join(' ')).toMatch(/buoys/);
    expect(snap.summary.join(' ')).not.toMatch(/AI-generated/);
    expect(snap.readingTime).toMatch(/min read/);
    expect(snap.ai).toMatch(/AI-generated/);
    // The brief of the page the reader is on: no link that would open a second copy of it.
    expect(snap.articleLink).toBeNull();
    // The page itself is untouched: no node or attribute of ours was left behind.
    expect(await page.evaluate(() => document.querySelectorAll('[class*="nutshell"],[id*="nutshell"]').length)).toBe(0);
    await page.close();
  });

  it('leaves out captions whose named wrappers Readability folds away (the content script marks them first)', async () => {
    const { page, snap } = await toolbarBrief('/pages/folded-caption.html');
    expect(snap.state, snap.text).toBe('ready');
    expect(snap.summary).toHaveLength(3);
    expect(snap.summary.join(' ')).toMatch(/extra services/);
    expect(snap.summary.join(' ')).not.toMatch(/sandbags|night train waits|inbox/);
    await page.close();
  });

  it('registers its keyboard shortcut, which does what the toolbar click does', async () => {
    // `_execute_action` is the toolbar button's own command. Synthetic key events do not reach the
    // browser's accelerators headless, so this checks the binding Chrome made (a clash leaves it empty).
    const commands = await s.worker.evaluate(() => chrome.commands.getAll());
    expect(commands).toEqual([expect.objectContaining({ name: '_execute_action', shortcut: 'Alt+Shift+S' })]);
  });

  it('says plainly when the page is not an article', async () => {
    const { page, snap } = await toolbarBrief('/pages/not-article.html');
    expect(snap.state).toBe('not-article');
    expect(snap.text).toMatch(/No article here/);
    await page.close();
  });

  it('can be injected twice and answers the same', async () => {
    const page = await openPage('/');
    await clickAction(s, page);
    const first = await settledSnapshot(await connectPopup(s));
    const tabId = await tabIdOf(page);
    const again = await popupInTab(tabId);
    const second = await settledSnapshot(asClient(again));
    expect(second.state).toBe('ready');
    expect(second.summary).toEqual(first.summary);
    await again.close();
    await page.close();
  });
});

describe('Chromium: the reader’s actions', () => {
  it('waits for a page that is still loading, then shows its brief', async () => {
    const page = await s.context.newPage();
    await page.goto(server.origin + '/slow/', { waitUntil: 'commit' });
    await page.waitForFunction(() => document.readyState === 'loading' && document.querySelector('h1') !== null);
    await clickAction(s, page);
    const popup = await connectPopup(s);
    const seen = await popup.waitFor<string>(`document.querySelector('[data-testid="state"]')?.getAttribute('data-state') === 'waiting' && 'waiting'`);
    expect(seen).toBe('waiting');
    const snap = await settledSnapshot(popup);
    popup.close();
    expect(snap.state).toBe('ready');
    expect(snap.summary.join(' ')).toMatch(/buoys/);
    await page.close();
  });

  it('scrolls to the passage of a summary bullet and flashes it without changing the page', async () => {
    const page = await openPage('/');
    const before = await page.evaluate(() => document.body.outerHTML);
    await clickAction(s, page);
    const popup = await connectPopup(s);
    const snap = await settledSnapshot(popup);
    const last = snap.summary.length - 1;
    await popup.evaluate(`document.querySelectorAll('[data-testid="summary"] .bullet')[${last}].click()`);
    const flashed = await page.waitForFunction(
      (text) => {
        const anims = document.getAnimations().filter((a) => a instanceof CSSAnimation === false);
        const target = anims.map((a) => (a.effect as KeyframeEffect | null)?.target as Element | null).find(Boolean);
        return target && target.textContent!.replace(/\s+/g, ' ').includes(text.slice(0, 40)) ? target.tagName : false;
      },
      snap.summary[last]!,
    );
    expect(await flashed.jsonValue()).toBe('P');
    popup.close();
    expect(await page.evaluate(() => document.body.outerHTML)).toBe(before);
    await page.close();
  });

  it('copies the brief as Markdown', async () => {
    const page = await openPage('/');
    await clickAction(s, page);
    const popup = await connectPopup(s);
    const snap = await settledSnapshot(popup);
    // Reading the clipboard back needs a permission a reader never grants; the test grants it.
    await s.cdp.send('Browser.grantPermissions' as never, { origin: `chrome-extension://${s.extensionId}`, permissions: ['clipboardReadWrite', 'clipboardSanitizedWrite'] } as never);
    await popup.evaluate(`document.querySelector('[data-testid="copy-markdown"]').click()`);
    await popup.waitFor(`document.querySelector('[data-testid="copy-markdown"]').textContent === 'Copied'`);
    const copied = await popup.evaluate<string>('navigator.clipboard.readText()');
    popup.close();
    expect(copied).toMatch(/^## Kerala Fishing Villages Test Early-Warning Buoys Ahead of Monsoon\n/);
    expect(copied).toMatch(/The Bharat Ledger · By \S.* · Published .*2025.* IST · Updated .*2025.* IST/);
    expect(copied).not.toMatch(/ago/);
    for (const bullet of snap.summary) expect(copied).toContain(`- ${bullet.replace(/[\\`*_{}[\]()<>#!|~]/g, '\\$&')}`);
    expect(copied.trim().endsWith(`<${server.origin}/>`)).toBe(true);
    await page.close();
  });

  it('"Summarize the selection" summarizes the selected text', async () => {
    const page = await openPage('/');
    await clickAction(s, page);
    await settledSnapshot(await connectPopup(s));
    const selectionText =
      'The pilot covers twelve landing centres between Kollam and Alappuzha. Each buoy measures wave height and wind speed every ten minutes. Officials said alerts go out in Malayalam. The cooperative will train younger crew members to read them.';
    const openedBy = await menuClick(s, page, { menuItemId: 'nutshell-selection', selectionText });
    expect(['action-popup', 'tab']).toContain(openedBy);
    const popup = await connectPopup(s);
    const snap = await settledSnapshot(popup);
    popup.close();
    expect(snap.state).toBe('ready');
    expect(snap.text).toMatch(/summary of your selection/i);
    expect(snap.summary).toHaveLength(3);
    for (const sentence of snap.summary) expect(selectionText).toContain(sentence);
    await page.close();
  });
});

describe('Chromium: pages Nutshell may not read', () => {
  it('explains a restricted browser page instead of failing', async () => {
    const page = await s.context.newPage();
    await page.goto('chrome://version');
    const tabId = await tabIdOf(page);
    const popup = await popupInTab(tabId);
    const snap = await settledSnapshot(asClient(popup));
    expect(snap.state, snap.text).toBe('restricted');
    expect(snap.text).toMatch(/page of the browser itself/);
    await popup.close();
    await page.close();
  });

  it('reports a refused injection when the reader has not invoked Nutshell on the tab', async () => {
    const page = await openPage('/pages/not-article.html?no-gesture');
    const tabId = await tabIdOf(page);
    const popup = await popupInTab(tabId);
    const snap = await settledSnapshot(asClient(popup));
    expect(snap.state, snap.text).toBe('injection-refused');
    expect(snap.text).toMatch(/did not let Nutshell read this page/);
    await popup.close();
    await page.close();
  });
});

describe('Chromium: options and the context menu', () => {
  it('persists the summary length and the popup follows it', async () => {
    const options = await s.context.newPage();
    await options.goto(`chrome-extension://${s.extensionId}/options/index.html`);
    await options.click('[data-testid="sentences-5"]');
    await options.waitForSelector('[data-testid="status"]:has-text("Saved")');
    await options.selectOption('[data-testid="theme"]', 'dark');
    await options.reload();
    await options.waitForSelector('[data-testid="sentences-5"]:checked');
    expect(await options.$eval('[data-testid="theme"]', (el) => (el as HTMLSelectElement).value)).toBe('dark');

    const page = await openPage('/');
    await clickAction(s, page);
    const popup = await connectPopup(s);
    const snap = await settledSnapshot(popup);
    expect(snap.summary).toHaveLength(5);
    expect(snap.theme).toBe('dark');
    // The dark palette is really applied (#1b1916), whatever the system prefers.
    expect(await popup.evaluate('getComputedStyle(document.body).backgroundColor')).toBe('rgb(27, 25, 22)');
    popup.close();

    // Restore the defaults for the other tests.
    await options.click('[data-testid="sentences-3"]');
    await options.selectOption('[data-testid="theme"]', 'system');
    await options.close();
    await page.close();
  });

  it('repairs garbage in storage to the defaults', async () => {
    await s.worker.evaluate(() => chrome.storage.sync.set({ settings: { summarySentences: 'lots', theme: 42 } }));
    const page = await openPage('/');
    await clickAction(s, page);
    const snap = await settledSnapshot(await connectPopup(s));
    expect(snap.state).toBe('ready');
    expect(snap.summary).toHaveLength(3);
    const stored = await s.worker.evaluate(() => chrome.storage.sync.get('settings'));
    expect(stored.settings).toMatchObject({ summarySentences: 3, theme: 'system' });
    await page.close();
  });

  it('"Summarize this page" from the context menu shows the same brief', async () => {
    const page = await openPage('/');
    // activeTab for the tab, as the menu click itself would grant it.
    await clickAction(s, page);
    await settledSnapshot(await connectPopup(s));
    const before = new Set((await targets(s)).map((t) => t.targetId));
    const openedBy = await menuClick(s, page, { menuItemId: 'nutshell-page' });
    expect(['action-popup', 'tab']).toContain(openedBy);
    const opened = (await targets(s)).filter((t) => !before.has(t.targetId) && t.type === 'page' && t.url.includes('/popup/index.html'));
    expect(opened.length).toBeGreaterThan(0);
    const popup = await connectPopup(s);
    const snap = await settledSnapshot(popup);
    popup.close();
    expect(snap.state).toBe('ready');
    expect(snap.title).toBe('Kerala Fishing Villages Test Early-Warning Buoys Ahead of Monsoon');
    await page.close();
  });
});

describe('Chromium: "Summarize this link" without a host permission (the shipped build)', () => {
  it('explains the permission it needs, offers the button, and fetches nothing', async () => {
    const page = await openPage('/pages/links.html');
    const linkUrl = await page.$eval('#story', (a) => (a as HTMLAnchorElement).href);
    expect(linkUrl).toBe(server.origin + LINKED);
    const openedBy = await menuOnLink(s, page, linkUrl);
    expect(['action-popup', 'tab']).toContain(openedBy);
    const popup = await connectPopup(s);
    const snap = await settledSnapshot(popup);
    const host = new URL(server.origin).host;
    expect(snap.state, snap.text).toBe('link-permission');
    expect(snap.permissionText).toBe(`Nutshell needs your permission to read ${host} — it fetches that one page, without your cookies.`);
    expect(snap.grantButton).toBe(`Allow reading ${host}`);
    // Nothing is fetched while the popup waits for the reader.
    await new Promise((r) => setTimeout(r, 800));
    expect(await popup.evaluate(`document.querySelector('[data-testid="state"]').getAttribute('data-state')`)).toBe('link-permission');
    expect(server.hits(LINKED)).toBe(0);
    popup.close();
    await page.close();
  });

  it('refuses a javascript: link with a clear error, and fetches nothing', async () => {
    const page = await openPage('/pages/links.html');
    const served = server.requests.length;
    await menuOnLink(s, page, 'javascript:alert(document.cookie)');
    const popup = await connectPopup(s);
    const snap = await settledSnapshot(popup);
    popup.close();
    expect(snap.state, snap.text).toBe('link-error');
    expect(snap.text).toMatch(/web pages \(http or https\) only/);
    expect(snap.detail).toBe('javascript:alert(document.cookie)');
    expect(server.requests.slice(served).filter((r) => r.path !== '/favicon.ico')).toEqual([]);
    await page.close();
  });
});

describe('Chromium: a stopped service worker', () => {
  // Last in this file: it stops the worker the other tests evaluate in.
  it('is woken by the popup’s request and answers as before', async () => {
    const page = await openPage('/');
    const sw = (await targets(s)).find((t) => t.type === 'service_worker' && t.url.includes(s.extensionId));
    expect(sw).toBeDefined();
    await s.cdp.send('Target.closeTarget' as never, { targetId: sw!.targetId } as never);
    await expect.poll(async () => (await targets(s)).some((t) => t.targetId === sw!.targetId), { timeout: 10_000 }).toBe(false);
    await clickAction(s, page);
    const snap = await settledSnapshot(await connectPopup(s));
    expect(snap.state, snap.text).toBe('ready');
    expect(snap.summary).toHaveLength(3);
    await page.close();
  });
});

describe('Chromium: with host permissions granted ("Summarize this link", the image check)', () => {
  // A second browser, with a copy of the build whose manifest grants the hosts (a permission
  // prompt cannot be clicked headless).
  let granted: ChromiumSession;
  let copy: ReturnType<typeof chromeCopyWithHosts>;

  beforeAll(async () => {
    // Every host: what the image check's optional permission grants once the reader allows it.
    copy = chromeCopyWithHosts(['http://*/*', 'https://*/*']);
    granted = await launchChromium({ dist: copy.dist });
  }, 60_000);

  afterAll(async () => {
    await granted?.close();
    copy?.remove();
  });

  it('fetches the linked page (once, without cookies) and shows its brief', async () => {
    const page = await granted.context.newPage();
    await page.goto(server.origin + '/pages/links.html', { waitUntil: 'load' });
    // The page set a cookie for this host: the link's fetch must not carry it.
    expect((await granted.context.cookies(server.origin)).map((c) => c.name)).toContain('reader');
    const linkUrl = await page.$eval('#story', (a) => (a as HTMLAnchorElement).href);
    const before = server.hits(LINKED);
    const openedBy = await menuOnLink(granted, page, linkUrl);
    expect(['action-popup', 'tab']).toContain(openedBy);
    const popup = await connectPopup(granted);
    const snap = await settledSnapshot(popup);
    expect(snap.state, snap.text).toBe('ready');
    expect(snap.mode).toBe('link');
    // Served as windows-1252 without a charset header: the meta charset decoded the apostrophe.
    expect(snap.title).toBe('Goa’s Ferry Operators Switch to Solar Boats on the Mandovi');
    expect(snap.site).toBe('The Bharat Ledger');
    expect(snap.byline).toBe('By Anita Fernandes');
    expect(snap.published).toMatch(/^Published .*20.*2025.*08:15/);
    expect(snap.summary).toHaveLength(3);
    expect(snap.summary.join(' ')).toMatch(/solar-powered catamarans/);
    // No tab shows the linked page: plain bullets, no "show on the page" buttons.
    expect(snap.summaryButtons).toBe(0);
    expect(snap.articleLink).toBe(linkUrl);
    // No favicon or thumbnail either: the one request is the page itself.
    expect(await popup.evaluate<number>('document.querySelectorAll("img").length')).toBe(0);
    popup.close();
    const fetched = server.requests.filter((r) => r.path === LINKED);
    expect(fetched.length - before).toBe(1);
    expect(fetched.at(-1)?.cookie).toBeNull();
    await page.close();
  });

  it('with "Check image files" on, reads XMP in the image files and flags the one that says AI', async () => {
    await granted.worker.evaluate(() => chrome.storage.sync.set({ settings: { checkImageMetadata: true } }));
    const page = await granted.context.newPage();
    await page.goto(server.origin + '/pages/provenance.html', { waitUntil: 'load' });
    const before = server.hits('/gen/ai-xmp.png');
    await clickAction(granted, page);
    const popup = await connectPopup(granted);
    // The brief comes first; the image check runs after it is on screen.
    let snap = await settledSnapshot(popup);
    for (let i = 0; i < 50 && !/AI-generated/.test(snap.ai ?? ''); i++) {
      await new Promise((r) => setTimeout(r, 100));
      snap = await settledSnapshot(popup);
    }
    popup.close();
    await granted.worker.evaluate(() => chrome.storage.sync.remove('settings'));
    await page.close();
    expect(snap.state, snap.text).toBe('ready');
    expect(snap.ai).toMatch(/1 of 2 images is AI-generated/);
    expect(snap.ai).toMatch(/trainedAlgorithmicMedia/);
    expect(snap.ai).toMatch(/\(the image file’s metadata\)/);
    // The extension's one read is a Range request for the first bytes, without the cookie this host
    // set; the popup's thumbnail is drawn in the page from its decoded image, not loaded again.
    const reads = server.requests.slice(-20).filter((r) => r.path === '/gen/ai-xmp.png' && r.range);
    expect(server.hits('/gen/ai-xmp.png') - before).toBe(1);
    expect(reads.length).toBe(1);
    expect(reads.every((r) => r.cookie === null && /^bytes=0-\d+$/.test(r.range!))).toBe(true);
  });
});
