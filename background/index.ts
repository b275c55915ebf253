/**
 * Background (Chrome: service worker; Firefox: event page). It owns the context menu and, in
 * side-panel mode, the toolbar button's click (extension/surface.ts), and nothing else: the popup reads and interprets a page itself (popup/interpret.ts), so no brief ever waits
 * for this worker to wake. It holds no state between events; a menu click hands its request to the
 * popup through storage.session (extension/pending.ts).
 */
import { browser } from '../extension/browser';
import { createMenus, onMenuClick, type MenuClick } from '../extension/menu';
import { loadSettings } from '../extension/settings-store';
import { applySurface, onActionClicked } from '../extension/surface';

/** The toolbar button opens what the settings say: the popup, or the side panel. */
const surface = () => void loadSettings().then((s) => applySurface(s.surface)).catch(() => undefined);

browser.runtime.onInstalled.addListener(() => (void createMenus(), surface()));
browser.runtime.onStartup?.addListener(() => (void createMenus(), surface()));
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'sync' && 'settings' in changes) surface();
});
browser.action.onClicked.addListener((tab) => onActionClicked(tab));
browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClick(info as MenuClick, tab));

// Real-browser tests cannot click a native menu; they call the very handler the menu calls.
(globalThis as { nutshellMenuClick?: typeof onMenuClick }).nutshellMenuClick = onMenuClick;
