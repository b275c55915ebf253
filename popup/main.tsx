import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from '../extension/browser';
import { applyTheme } from '../extension/theme';
import type { Settings } from '../src/settings';
import { App, type Actions } from './App';
import { briefAsMarkdown, briefAsText } from '../src/format/copy';
import { timesText } from './times';
import { analyzeTarget, enrichWithProvenance, findTarget, highlight, loadSettings, setBadge, type Target } from './controller';
import type { PopupState } from './state';
import './style.css';

function Popup() {
  const [state, setState] = useState<PopupState>({ kind: 'loading', message: 'Reading the page…' });
  const [target, setTarget] = useState<Target | null>(null);
  const [copied, setCopied] = useState<'markdown' | 'text' | null>(null);
  const [run, setRun] = useState(0);
  // Each run (and a permission click) reports only while it is the latest one.
  const generation = useRef(0);
  const kept = useRef<{ target: Target; settings: Settings } | null>(null);
  // The link controller, loaded on demand (a link's popup only). It is loaded before any
  // permission button is shown, so the button's click can call it without awaiting anything.
  const linkFlow = useRef<typeof import('./link-flow') | null>(null);

  const reporter = () => {
    const gen = generation.current;
    return (s: PopupState) => void (generation.current === gen && setState(s));
  };
  const failed = (report: (s: PopupState) => void) => (e: unknown) =>
    report({ kind: 'error', message: 'Something went wrong while reading this page.', detail: String((e as Error)?.message ?? e) });

  /**
   * Show the result; then, for a tab's brief, the badge and the opt-in image check. Not for a
   * linked page: it is not the tab's page (no badge), and the one page is all a link fetches.
   */
  async function finish(result: PopupState, t: Target, settings: Settings, report: (s: PopupState) => void): Promise<void> {
    report(result);
    if (result.kind !== 'ready' || result.link) return;
    await setBadge(t.tabId, result.analysis);
    const enriched = await enrichWithProvenance(result.analysis, settings).catch(() => null);
    if (enriched) {
      report({ ...result, analysis: enriched });
      await setBadge(t.tabId, enriched);
    }
  }

  useEffect(() => {
    generation.current++;
    const report = reporter();
    (async () => {
      report({ kind: 'loading', message: 'Reading the page…' });
      const settings = await loadSettings();
      applyTheme(settings.theme);
      // A retry keeps the request the popup was opened for (a selection, a link): it was taken
      // from storage once, and is gone from there.
      const t = kept.current?.target.pending ? kept.current.target : await findTarget(location.search);
      if (!t) return report({ kind: 'error', message: 'There is no tab to summarize.', detail: 'No active tab was found.' });
      kept.current = { target: t, settings };
      setTarget(t);
      let result: PopupState;
      if (t.pending?.mode === 'link') {
        report({ kind: 'loading', message: 'Reading the link…' });
        linkFlow.current ??= await import('./link-flow');
        result = await linkFlow.current.startLink(t.pending, settings, report);
      } else {
        result = await analyzeTarget(t, settings, report);
      }
      await finish(result, t, settings, report);
    })().catch(failed(report));
    return () => {
      generation.current++;
    };
  }, [run]);

  const actions: Actions = {
    retry: () => setRun((n) => n + 1),
    grantLink: () => {
      if ((state.kind !== 'link-permission' && state.kind !== 'link-denied') || !kept.current || !linkFlow.current) return;
      const { target: t, settings } = kept.current;
      generation.current++;
      const report = reporter();
      // Straight from the click: permissions.request needs the user gesture (see grantLink).
      linkFlow.current
        .grantLink(state, settings, report)
        .then((result) => finish(result, t, settings, report))
        .catch(failed(report));
    },
    openOptions: () => void browser.runtime.openOptionsPage(),
    highlight: (i) => {
      if (state.kind !== 'ready' || state.link || !target) return; // no tab shows a linked page
      const text = state.analysis.summary[i];
      if (text !== undefined) void highlight(target, text);
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
