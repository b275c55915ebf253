/**
 * Firefox's own browser window ("chrome", not Chromium) over WebDriver BiDi, for what no web page can
 * do: the toolbar button, the sidebar, the permission prompt, the popup's zoom. Firefox lists its
 * chrome contexts only to a client started with `--remote-allow-system-access` (launchFirefox does)
 * that asks for them (`moz:scope: "chrome"`); a script evaluated there runs with the browser's own
 * privileges, calling the same code the browser's UI calls:
 *
 * - the toolbar button: the browser action's `triggerAction(window)`, the path of a click on the
 *   button and of its keyboard shortcut (it grants activeTab, then opens the popup);
 * - the sidebar: `SidebarController.show(<the extension's sidebar id>)`, as the Sidebars menu does;
 * - the permission prompt: the `addon-webext-permissions` notification's own buttons (the doorhanger
 *   a reader sees), "Allow" or "Don't allow";
 * - zoom: the popup's `<browser>`'s `fullZoom`, what Ctrl + sets on a page.
 *
 * The popup and the sidebar are extension pages of the extension's own process: an extension page
 * opened in a tab reads them through `browser.extension.getViews()`.
 */
import type { Page } from 'puppeteer-core';
import { POPUP_SNAPSHOT, type PopupSnapshot } from './chromium';
import type { FirefoxSession } from './firefox';

export const GECKO_ID = 'nutshell@nutshell.example';
/** Firefox's widget id for an extension: its id with every character outside [a-z0-9_-] as `_`. */
const WIDGET = GECKO_ID.toLowerCase().replace(/[^a-z0-9_-]/g, '_');
export const SIDEBAR_ID = `${WIDGET}-sidebar-action`;

interface BidiConnection {
  send(method: string, params: unknown): Promise<{ result: unknown }>;
}

function connection(ff: FirefoxSession): BidiConnection {
  return (ff.browser as unknown as { connection: BidiConnection }).connection;
}

/** Evaluate `expression` (awaited) in the browser window's chrome document; returns its JSON value. */
export async function chromeEval<T>(ff: FirefoxSession, expression: string): Promise<T> {
  const conn = connection(ff);
  const tree = (await conn.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 })).result as { contexts: Array<{ context: string; url: string }> };
  const top = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!top) throw new Error(`no browser window among ${JSON.stringify(tree.contexts.map((c) => c.url))}`);
  const wrapped = `(async () => JSON.stringify(await (async () => (${expression}))()))()`;
  const r = (await conn.send('script.evaluate', { expression: wrapped, target: { context: top.context }, awaitPromise: true })).result as {
    type: string;
    result?: { value?: string };
    exceptionDetails?: { text: string };
  };
  if (r.type !== 'success') throw new Error(`chrome script failed: ${r.exceptionDetails?.text ?? JSON.stringify(r)}`);
  const v = r.result?.value;
  return (v === undefined ? undefined : JSON.parse(v)) as T;
}

/** The toolbar button, as a click on it (or Alt+Shift+S) would: for the selected tab of the window. */
export async function clickToolbarButton(ff: FirefoxSession): Promise<void> {
  await chromeEval(
    ff,
    `(async () => {
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      const ext = WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)}).extension;
      await ExtensionParent.apiManager.global.browserActionFor(ext).triggerAction(window);
      return true;
    })()`,
  );
}

/** The extension's sidebar, opened as the View → Sidebar menu opens it. */
export async function openSidebar(ff: FirefoxSession): Promise<void> {
  await chromeEval(ff, `(async () => { await SidebarController.show(${JSON.stringify(SIDEBAR_ID)}); return SidebarController.isOpen; })()`);
}

export async function closeSidebar(ff: FirefoxSession): Promise<void> {
  await chromeEval(ff, `(SidebarController.hide(), true)`);
}

/**
 * Set the open popup's zoom (1 = 100 %) as Ctrl + sets a tab's (ZoomManager, on the popup's own
 * `<browser>`); returns the popup's devicePixelRatio once the zoom has reached its document. (The
 * browser's default zoom, in Settings, is not applied to extension popups in Firefox ESR 153: a page
 * at 200 % shows a popup at 100 %.)
 */
export async function zoomPopup(ff: FirefoxSession, helper: Page, zoom: number): Promise<number> {
  await chromeEval(
    ff,
    `(() => {
      const b = document.querySelector('browser.webextension-popup-browser');
      if (!b) throw new Error('no popup is open');
      ZoomManager.setZoomForBrowser(b, ${zoom});
      return b.fullZoom;
    })()`,
  );
  let dpr = 0;
  for (let i = 0; i < 50; i++) {
    // A style change makes the popup's document lay out again at the new zoom.
    dpr = (await viewEval<number>(helper, 'popup', `(document.body.style.outline = document.body.style.outline ? '' : '0 none', window.devicePixelRatio)`)) ?? 0;
    if (Math.abs(dpr - zoom) < 0.01) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return dpr;
}

/**
 * Answer the extension's permission prompt (a `permissions.request` from a click) with its own
 * buttons, and return what it says. (Mozilla's tests skip the prompt with the pref
 * `extensions.webextOptionalPermissionPrompts: false`, which grants every request: no refusal.)
 */
export async function answerPermissionPrompt(ff: FirefoxSession, answer: 'allow' | 'deny', timeoutMs = 10_000): Promise<string> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const said = await chromeEval<string | null>(
      ff,
      `(() => {
        const n = PopupNotifications.getNotification('addon-webext-permissions');
        if (!n) return null;
        const el = PopupNotifications.panel.querySelector('#addon-webext-permissions-notification');
        const text = (el?.textContent ?? '').replace(/\\s+/g, ' ').trim();
        if (el && el.button && el.secondaryButton) {
          (${JSON.stringify(answer)} === 'allow' ? el.button : el.secondaryButton).click();
          return 'button: ' + text;
        }
        // The notification exists but its panel has not been shown (headless): its own actions.
        if (${JSON.stringify(answer)} === 'allow') n.mainAction.callback({});
        else n.secondaryActions[0].callback({});
        n.remove();
        return 'action: ' + text;
      })()`,
    );
    if (said !== null) return said;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the permission prompt did not show');
}

/** Whether a permission prompt is showing now. */
export async function permissionPromptShowing(ff: FirefoxSession): Promise<boolean> {
  return chromeEval<boolean>(ff, `!!PopupNotifications.getNotification('addon-webext-permissions')`);
}

/** Evaluate `expression` with `document` and `window` bound to the extension's open view of `type`
 *  (the extension's CSP forbids eval there: the expression is evaluated by the test client in the
 *  helper page, with those two names shadowed). Null when no such view is open. */
export async function viewEval<T>(helper: Page, type: 'popup' | 'sidebar', expression: string): Promise<T | null> {
  return (await helper.evaluate(`(() => {
    const [view] = browser.extension.getViews({ type: ${JSON.stringify(type)} });
    if (!view) return null;
    const window = view;
    const document = view.document;
    return (${expression});
  })()`)) as T | null;
}

/** The extension's open view of `type`, once it has settled, as the Chromium tests read their popup. */
export async function settledView(helper: Page, type: 'popup' | 'sidebar', timeoutMs = 20_000): Promise<PopupSnapshot> {
  const end = Date.now() + timeoutMs;
  let snap: PopupSnapshot | null = null;
  while (Date.now() < end) {
    snap = await viewEval<PopupSnapshot | null>(helper, type, POPUP_SNAPSHOT).catch(() => null);
    if (snap && snap.state && !['loading', 'waiting', 'kept'].includes(snap.state)) return snap;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the ${type} did not settle: ${JSON.stringify(snap)}`);
}

/** Close the open popup, as a click outside it does. */
export async function closePopup(ff: FirefoxSession): Promise<void> {
  await chromeEval(ff, `(() => { document.querySelector('browser.webextension-popup-browser')?.closest('panel')?.hidePopup(); return true; })()`);
}
