/**
 * Background (Chrome: service worker; Firefox: event page). It owns only the context menu: the
 * analysis itself runs from the popup, so a worker restart can never lose a request in flight.
 */
import { browser } from '../extension/browser';
import { createMenus, onMenuClick, type MenuClick } from '../extension/menu';

browser.runtime.onInstalled.addListener(() => void createMenus());
browser.runtime.onStartup?.addListener(() => void createMenus());
browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClick(info as MenuClick, tab));

// Real-browser tests cannot click a native menu; they call the very handler the menu calls.
(globalThis as { nutshellMenuClick?: typeof onMenuClick }).nutshellMenuClick = onMenuClick;
