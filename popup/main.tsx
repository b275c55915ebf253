import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../extension/browser';
import type { Theme } from '../src/settings';
import { App, type Actions } from './App';
import { briefAsMarkdown, briefAsText } from '../src/format/copy';
import { timesText } from './times';
import { analyzeTarget, enrichWithProvenance, findTarget, highlight, loadSettings, setBadge, type Target } from './controller';
import type { PopupState } from './state';
import './style.css';

function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
}

function Popup() {
  const [state, setState] = useState<PopupState>({ kind: 'loading', message: 'Reading the page…' });
  const [target, setTarget] = useState<Target | null>(null);
  const [copied, setCopied] = useState<'markdown' | 'text' | null>(null);
  const [run, setRun] = useState(0);

  useEffect(() => {
    let live = true;
    const report = (s: PopupState) => live && setState(s);
    (async () => {
      report({ kind: 'loading', message: 'Reading the page…' });
      const settings = await loadSettings();
      applyTheme(settings.theme);
      const t = await findTarget(location.search);
      if (!t) return report({ kind: 'error', message: 'There is no tab to summarize.', detail: 'No active tab was found.' });
      setTarget(t);
      const result = await analyzeTarget(t, settings, report);
      report(result);
      if (result.kind !== 'ready') return;
      await setBadge(t.tabId, result.analysis);
      const enriched = await enrichWithProvenance(result.analysis, settings).catch(() => null);
      if (enriched) {
        report({ ...result, analysis: enriched });
        await setBadge(t.tabId, enriched);
      }
    })().catch((e: unknown) => report({ kind: 'error', message: 'Something went wrong while reading this page.', detail: String((e as Error)?.message ?? e) }));
    return () => {
      live = false;
    };
  }, [run]);

  const actions: Actions = {
    retry: () => setRun((n) => n + 1),
    openOptions: () => void browser.runtime.openOptionsPage(),
    highlight: (i) => {
      if (state.kind !== 'ready' || !target) return;
      const text = state.analysis.summary[i];
      if (text !== undefined) void highlight(target, state.analysis.summaryParagraphs[i] ?? -1, text);
    },
    copy: (kind) => {
      if (state.kind !== 'ready') return;
      const when = timesText(state.analysis, { now: new Date(), locale: navigator.language, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone });
      const text = kind === 'markdown' ? briefAsMarkdown(state.analysis, when) : briefAsText(state.analysis, when);
      void navigator.clipboard.writeText(text).then(() => {
        setCopied(kind);
        setTimeout(() => setCopied(null), 1500);
      });
    },
  };

  return (
    <App
      state={state}
      actions={actions}
      copied={copied}
      now={new Date()}
      locale={navigator.language}
      timeZone={Intl.DateTimeFormat().resolvedOptions().timeZone}
    />
  );
}

const root = document.getElementById('app')!;
root.textContent = ''; // drop the static "Reading the page…" shown before the script ran
render(<Popup />, root);
