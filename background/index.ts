/**
 * Background (Chrome: service worker; Firefox: event page). It owns the context menu, and nothing
 * else: the popup reads and interprets a page itself (popup/interpret.ts), so no brief ever waits
 * for this worker to wake. It holds no state between events; a menu click hands its request to the
 * popup through storage.session (extension/pending.ts).
 */
import { browser } from '../extension/browser';
import { createMenus, onMenuClick, type MenuClick } from '../extension/menu';

browser.runtime.onInstalled.addListener(() => void createMenus());
browser.runtime.onStartup?.addListener(() => void createMenus());
browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClick(info as MenuClick, tab));

// Real-browser tests cannot click a native menu; they call the very handler the menu calls.
(globalThis as { nutshellMenuClick?: typeof onMenuClick }).nutshellMenuClick = onMenuClick;
