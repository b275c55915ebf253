/**
 * Where the toolbar button shows the brief (the `surface` setting): the popup, or the browser's
 * side panel (Chrome `sidePanel`, Firefox `sidebar_action`), which stays open while the reader
 * reads and clicks bullets. In panel mode the action has no popup, so a click (or the shortcut)
 * reaches `action.onClicked`: the background opens the panel there, synchronously (the browsers
 * allow it only inside the user's gesture), and tells an open panel to read the tab the click
 * granted (`activeTab`).
 */
import { browser, type Tabs } from './browser';
import type { Surface } from '../src/index';

/** The message an open panel answers by reading the active tab again. */
export const PANEL_READ = 'nutshell-panel-read';

export interface PanelRead {
  type: typeof PANEL_READ;
  tabId: number;
}

export function isPanelRead(v: unknown): v is PanelRead {
  return typeof v === 'object' && v !== null && (v as PanelRead).type === PANEL_READ && Number.isInteger((v as PanelRead).tabId);
}

interface SidePanelApi {
  open(options: { windowId?: number; tabId?: number }): Promise<void>;
}
interface SidebarActionApi {
  open(): Promise<void>;
}

const apis = () => browser as unknown as { sidePanel?: SidePanelApi; sidebarAction?: SidebarActionApi };

/** The browser has a side panel Nutshell can open (Chrome ≥ 116, Firefox). */
export function hasSidePanel(): boolean {
  const { sidePanel, sidebarAction } = apis();
  return typeof sidePanel?.open === 'function' || typeof sidebarAction?.open === 'function';
}

/** Open the side panel of this window. Call it before awaiting anything: it needs the user's gesture. */
export function openSidePanel(windowId: number | undefined): Promise<void> {
  const { sidePanel, sidebarAction } = apis();
  if (sidePanel?.open) return sidePanel.open(windowId !== undefined ? { windowId } : {});
  if (sidebarAction?.open) return sidebarAction.open();
  return Promise.reject(new Error('no side panel in this browser'));
}

const POPUP = 'popup/index.html';

/** Make the toolbar button open the popup, or (no popup) reach `action.onClicked` for the panel. */
export async function applySurface(surface: Surface): Promise<void> {
  const panel = surface === 'panel' && hasSidePanel();
  await browser.action.setPopup({ popup: panel ? '' : POPUP });
}

/** `action.onClicked` (panel mode only: the popup mode never fires it). */
export function onActionClicked(tab: Tabs.Tab): void {
  const opened = openSidePanel(tab.windowId); // first: inside the gesture
  if (tab.id === undefined) return;
  const message: PanelRead = { type: PANEL_READ, tabId: tab.id };
  // A panel that was already open reads the tab the click just granted; a new one reads it on load.
  void opened.then(() => browser.runtime.sendMessage(message)).catch(() => undefined);
}
