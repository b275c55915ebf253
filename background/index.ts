/**
 * Background (Chrome: service worker; Firefox: event page). It owns the context menu and the
 * interpretation of page facts (pure, DOM-free code: src/interpret.ts). It holds no state between
 * messages, so a worker restart loses nothing: the popup simply asks again.
 */
import { browser, type Runtime } from '../extension/browser';
import { answer, fromOwnPage } from '../extension/background-answer';
import { createMenus, onMenuClick, type MenuClick } from '../extension/menu';

browser.runtime.onInstalled.addListener(() => void createMenus());
browser.runtime.onStartup?.addListener(() => void createMenus());
browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClick(info as MenuClick, tab));

const ownOrigin = browser.runtime.getURL('');
// sendResponse + `return true`: the form both browsers accept without the polyfill.
browser.runtime.onMessage.addListener(((message: unknown, sender: Runtime.MessageSender, sendResponse: (r: unknown) => void) => {
  if (!fromOwnPage(sender, browser.runtime.id, ownOrigin)) return undefined;
  const reply = answer(message);
  if (!reply) return undefined;
  sendResponse(reply);
  return true;
}) as Runtime.OnMessageListenerCallback);

// Real-browser tests cannot click a native menu; they call the very handler the menu calls.
(globalThis as { nutshellMenuClick?: typeof onMenuClick }).nutshellMenuClick = onMenuClick;
