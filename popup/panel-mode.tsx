/**
 * The popup's view in the side panel (panel/index.html mounts popup/main.tsx; this chunk loads only
 * there). The panel stays open, so it reads again when told: when the toolbar button is clicked
 * (the background's message: the click granted that tab), on "Read this tab", and, when the reader
 * asks for it ("Follow the active tab", remembered), whenever another tab of its window becomes
 * active or the active one finishes loading. A tab the reader never clicked Nutshell on stays
 * unreadable (activeTab): the panel then says to click the button there.
 */
import { render } from 'preact';
import { browser } from '../extension/browser';
import { t } from '../extension/i18n';
import { isPanelRead } from '../extension/surface';

export const FOLLOW_KEY = 'panelFollow';

export interface PanelHost {
  start(): void;
}

function PanelBar({ follow, onFollow, onRead }: { follow: boolean; onFollow(on: boolean): void; onRead(): void }) {
  return (
    <div class="panel-bar">
      <label>
        <input type="checkbox" data-testid="panel-follow" checked={follow} onChange={(e) => onFollow((e.currentTarget as HTMLInputElement).checked)} />{' '}
        {t('panelFollow')}
      </label>
      <button type="button" data-testid="panel-read" onClick={onRead}>
        {t('panelRead')}
      </button>
    </div>
  );
}

export function attachPanel(flow: PanelHost, root: HTMLElement): void {
  let follow = false;
  let windowId: number | undefined;
  void browser.windows
    ?.getCurrent()
    .then((w) => (windowId = w.id))
    .catch(() => undefined);
  const mine = (w: number | undefined) => windowId === undefined || w === windowId;
  const read = () => flow.start();

  browser.runtime.onMessage.addListener((message: unknown) => {
    if (isPanelRead(message)) read();
  });
  browser.tabs.onActivated.addListener((info) => {
    if (follow && mine(info.windowId)) read();
  });
  browser.tabs.onUpdated.addListener((_tabId, change, tab) => {
    if (follow && change.status === 'complete' && tab.active && mine(tab.windowId)) read();
  });

  const paint = () =>
    render(
      <PanelBar
        follow={follow}
        onFollow={(on) => {
          follow = on;
          paint();
          void browser.storage.local.set({ [FOLLOW_KEY]: on }).catch(() => undefined);
          if (on) read();
        }}
        onRead={read}
      />,
      root,
    );
  paint();
  void browser.storage.local
    .get(FOLLOW_KEY)
    .then((stored) => {
      follow = stored[FOLLOW_KEY] === true;
      paint();
    })
    .catch(() => undefined);
}
