/** Popup or side panel (extension/surface.ts), on @webext-core/fake-browser with the panel APIs stubbed. */
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../extension/browser', () => ({ browser: fakeBrowser }));
const { applySurface, hasSidePanel, isPanelRead, onActionClicked, PANEL_READ } = await import('../../../extension/surface');

type Loose = Record<string, unknown>;
const fb = fakeBrowser as unknown as Loose & { action: Loose; runtime: Loose };
const setPopup = vi.fn(async () => undefined);

beforeEach(() => {
  fakeBrowser.reset();
  setPopup.mockClear();
  fb.action.setPopup = setPopup;
});
afterEach(() => {
  delete fb.sidePanel;
  delete fb.sidebarAction;
});

describe('applySurface', () => {
  it('takes the popup away from the toolbar button in panel mode, and gives it back', async () => {
    fb.sidePanel = { open: vi.fn(async () => undefined) };
    await applySurface('panel');
    await applySurface('popup');
    expect(setPopup.mock.calls).toEqual([[{ popup: '' }], [{ popup: 'popup/index.html' }]]);
  });

  it('keeps the popup in a browser without a side panel', async () => {
    expect(hasSidePanel()).toBe(false);
    await applySurface('panel');
    expect(setPopup).toHaveBeenCalledWith({ popup: 'popup/index.html' });
  });
});

describe('onActionClicked', () => {
  it('Chrome: opens the window’s panel inside the click, then tells the panel which tab was granted', async () => {
    const order: string[] = [];
    const open = vi.fn(async () => void order.push('open'));
    fb.sidePanel = { open };
    const sent: unknown[] = [];
    fb.runtime.sendMessage = vi.fn(async (m: unknown) => void sent.push(m));
    onActionClicked({ id: 12, windowId: 3 } as never);
    expect(open).toHaveBeenCalledWith({ windowId: 3 }); // synchronously: the gesture has not ended
    await new Promise((r) => setTimeout(r, 0));
    expect(sent).toEqual([{ type: PANEL_READ, tabId: 12 }]);
    expect(isPanelRead(sent[0])).toBe(true);
  });

  it('Firefox: opens the sidebar', () => {
    const open = vi.fn(async () => undefined);
    fb.sidebarAction = { open };
    fb.runtime.sendMessage = vi.fn(async () => undefined);
    onActionClicked({ id: 4, windowId: 1 } as never);
    expect(open).toHaveBeenCalledOnce();
  });
});

describe('isPanelRead', () => {
  it('accepts only the panel’s own message', () => {
    expect(isPanelRead({ type: PANEL_READ, tabId: 3 })).toBe(true);
    for (const junk of [null, 'x', { type: PANEL_READ }, { type: PANEL_READ, tabId: '3' }, { type: 'extract', tabId: 3 }]) expect(isPanelRead(junk)).toBe(false);
  });
});
