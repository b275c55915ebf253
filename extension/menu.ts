/**
 * Context-menu items ("Summarize this page", "…the selection", "…this link") and what a click
 * does. Both browsers get the same path: remember the request, then `action.openPopup()`; where
 * the browser refuses that (no focused window, older Chrome, a Firefox click outside a user-input
 * handler), open the popup page in a tab instead.
 */
import { browser, type Tabs } from './browser';
import { t } from './i18n';
import { putPending, type PendingMode } from './pending';

export const MENU_PAGE = 'nutshell-page';
export const MENU_SELECTION = 'nutshell-selection';
export const MENU_LINK = 'nutshell-link';

export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_PAGE, title: t('menuPage'), contexts: ['page'] });
  browser.contextMenus.create({ id: MENU_SELECTION, title: t('menuSelection'), contexts: ['selection'] });
  browser.contextMenus.create({ id: MENU_LINK, title: t('menuLink'), contexts: ['link'] });
}

export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
  linkUrl?: string;
}

export type OpenedBy = 'action-popup' | 'tab';

export async function onMenuClick(info: MenuClick, tab: Tabs.Tab | undefined): Promise<OpenedBy | null> {
  if (tab?.id === undefined) return null;
  const mode: PendingMode = info.menuItemId === MENU_SELECTION ? 'selection' : info.menuItemId === MENU_LINK ? 'link' : 'page';
  // Firefox allows openPopup() only synchronously inside the user-input handler, so nothing is
  // awaited before it; the storage write is issued first and lands before the popup reads it.
  // The link is handed over as given: the popup checks it (http/https only) before anything else.
  const extra = mode === 'link' ? { linkUrl: info.linkUrl ?? '' } : mode === 'selection' && info.selectionText ? { selectionText: info.selectionText } : {};
  const stored = putPending({ tabId: tab.id, mode, at: Date.now(), ...extra });
  // In the tab's own window: the popup reads its tab as the active tab of the window it opens in.
  const opened = browser.action.openPopup(tab.windowId !== undefined ? { windowId: tab.windowId } : undefined);
  await stored;
  try {
    await opened;
    return 'action-popup';
  } catch {
    const url = browser.runtime.getURL(`popup/index.html?tabId=${tab.id}&mode=${mode}`);
    await browser.tabs.create({ url, index: (tab.index ?? 0) + 1, ...(tab.windowId !== undefined ? { windowId: tab.windowId } : {}) });
    return 'tab';
  }
}
