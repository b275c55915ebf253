/** Mounts the history page: the view (History.tsx) renders what the flow (flow.ts) holds, with the real browser. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../extension/browser';
import { clearHistory, forgetBrief, loadHistory } from '../extension/history-store';
import { loadSettings } from '../extension/settings-store';
import { applyLocale, formatLocale, t } from '../extension/i18n';
import { applyTheme } from '../extension/theme';
import { createHistoryFlow } from './flow';
import { History } from './History';
import '../popup/style.css';
import './history.css';

const flow = createHistoryFlow({
  loadTheme: async () => (await loadSettings()).theme,
  applyTheme,
  loadHistory,
  forgetBrief,
  clearHistory,
  openPage: (url) => void browser.tabs.create({ url }),
  saveFile(name, text, type) {
    // A file made here and saved by the browser: no request, nothing uploaded.
    const href = URL.createObjectURL(new Blob([text], { type }));
    const a = document.createElement('a');
    a.href = href;
    a.download = name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(href), 10_000);
  },
  now: () => new Date(),
});

applyLocale();
document.title = t('historyTitle');

function Page() {
  const [view, setView] = useState(flow.view());
  useEffect(() => {
    const unsubscribe = flow.subscribe(setView);
    void flow.start();
    return unsubscribe;
  }, []);
  return <History view={view} actions={flow} locale={formatLocale(navigator.language)} />;
}

render(<Page />, document.getElementById('app')!);
