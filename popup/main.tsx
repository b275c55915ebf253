/** Mounts the popup: the view (App.tsx) renders what the flow (flow.ts) holds, with the real browser. */
import { render } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';
import { App, loadBriefView } from './App';
import { createPopupFlow } from './flow';
// Imported after the view: rolldown then keeps what the popup shares with the lazy extract.js
// (src/util.ts, src/ai/hint.ts) in this entry rather than in a chunk of its own (measured).
import { loadReading, popupAdapters } from './adapters';
import { mark, markAfterPaint } from './marks';
import { applyLocale } from '../extension/i18n';
import { hasSidePanel } from '../extension/surface';
import './style.css';

mark('start');
applyLocale();

/** The same view serves the side panel (panel/index.html marks its root). */
const inPanel = document.documentElement.dataset.surface === 'panel';
const canOpenPanel = !inPanel && hasSidePanel();
const deps = popupAdapters(location.search);
const flow = createPopupFlow(deps);
// At once, before anything is rendered: the tab reads its page while the popup paints.
flow.start();
let briefMarked = false;

function Popup() {
  const [view, setView] = useState(flow.view());
  useLayoutEffect(() => {
    const unsubscribe = flow.subscribe(setView);
    setView(flow.view()); // anything reported before this first render
    return unsubscribe;
  }, []);
  // The first state that is not a wait: the brief, or what takes its place (see marks.ts).
  const settled = view.state.kind !== 'loading' && view.state.kind !== 'waiting';
  useLayoutEffect(() => {
    if (!settled || briefMarked) return;
    briefMarked = true;
    mark('brief');
    markAfterPaint('brief-painted');
  }, [settled]);
  return (
    <App
      state={view.state}
      actions={flow}
      copied={view.copied}
      length={view.length}
      shortcut={view.shortcut}
      inPanel={inPanel}
      canOpenPanel={canOpenPanel}
      speaking={view.speaking ?? false}
      listenNote={view.listenNote ?? null}
      now={deps.now()}
      locale={deps.locale}
      timeZone={deps.timeZone}
    />
  );
}

const root = document.getElementById('app')!;
root.textContent = ''; // drop the static spinner shown before the script ran
render(<Popup />, root);
// The chunks that read the page's copy and interpret its facts, then the brief's view: all load
// while the page is copied.
loadReading();
// The brief's view (its own chunk) loads while the page is read, after the first render.
void loadBriefView();
// The panel's own controls and listeners: a chunk of their own, in the panel only.
if (inPanel) void import('./panel-mode').then((m) => m.attachPanel(flow, document.getElementById('panel-bar')!));
