// @vitest-environment happy-dom
/** The side panel's own controls (popup/panel-mode.tsx) on @webext-core/fake-browser. */
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../extension/browser', () => ({ browser: fakeBrowser }));
const { attachPanel, FOLLOW_KEY } = await import('../../../popup/panel-mode');
const { PANEL_READ } = await import('../../../extension/surface');

const settle = () => new Promise<void>((r) => setTimeout(r, 0));

async function mount() {
  const root = document.createElement('div');
  document.body.append(root);
  const flow = { start: vi.fn() };
  attachPanel(flow, root);
  await settle();
  const follow = root.querySelector<HTMLInputElement>('[data-testid="panel-follow"]')!;
  const read = root.querySelector<HTMLButtonElement>('[data-testid="panel-read"]')!;
  return { flow, root, follow, read };
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  document.body.innerHTML = '';
});

describe('side panel controls', () => {
  it('reads again on the background’s message after a toolbar click, and on "Read this tab"', async () => {
    const { flow, read } = await mount();
    await fakeBrowser.runtime.onMessage.trigger({ type: PANEL_READ, tabId: 5 }, {}, () => undefined);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'something-else' }, {}, () => undefined);
    expect(flow.start).toHaveBeenCalledOnce();
    read.click();
    expect(flow.start).toHaveBeenCalledTimes(2);
  });

  it('follows the active tab only when asked to, in its own window, and remembers the choice', async () => {
    const windowId = 7;
    vi.spyOn(fakeBrowser.windows, 'getCurrent').mockResolvedValue({ id: windowId } as never);
    const { flow, follow } = await mount();
    expect(follow.checked).toBe(false);
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 2, windowId });
    expect(flow.start).not.toHaveBeenCalled();
    follow.click();
    await settle();
    expect(follow.checked).toBe(true);
    expect((await fakeBrowser.storage.local.get(FOLLOW_KEY))[FOLLOW_KEY]).toBe(true);
    expect(flow.start).toHaveBeenCalledOnce(); // reads the tab that is active now
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 2, windowId });
    expect(flow.start).toHaveBeenCalledTimes(2);
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 9, windowId: windowId + 100 });
    expect(flow.start).toHaveBeenCalledTimes(2);
    await fakeBrowser.tabs.onUpdated.trigger(2, { status: 'complete' }, { id: 2, active: true, windowId } as never);
    await fakeBrowser.tabs.onUpdated.trigger(3, { status: 'complete' }, { id: 3, active: false, windowId } as never);
    expect(flow.start).toHaveBeenCalledTimes(3);
  });

  it('starts following when it was chosen before', async () => {
    await fakeBrowser.storage.local.set({ [FOLLOW_KEY]: true });
    const { follow } = await mount();
    await settle();
    expect(follow.checked).toBe(true);
  });
});
