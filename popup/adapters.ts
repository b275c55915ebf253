/**
 * The popup's browser side: the functions its flow (popup/flow.ts) receives. Find the tab, inject
 * and call it, have the background interpret the facts, set the badge, run the image check; every
 * outcome comes back as a PopupState. `popupAdapters` hands them to the flow.
 */
import { interpretInBackground } from '../extension/background-client';
import { browser, type Tabs } from '../extension/browser';
import { callTab } from '../extension/page';
import { takePending } from '../extension/pending';
import { hasImageHosts } from '../extension/permissions';
import { loadSettings } from '../extension/settings-store';
import { applyTheme } from '../extension/theme';
import type { Analysis } from '../src/index';
import type { Settings } from '../src/index';
import type { PopupDeps, Report, Target } from './flow';
import { stateFromInterpretation, stateFromOutcome, type PopupState } from './state';

const LOADING_RETRY_MS = 400;
const LOADING_MAX_WAIT_MS = 15_000;

export async function findTarget(search: string): Promise<Target | null> {
  const params = new URLSearchParams(search);
  const fromParam = Number(params.get('tabId'));
  let tab: Tabs.Tab | undefined;
  if (Number.isInteger(fromParam) && fromParam >= 0 && params.has('tabId')) {
    tab = await browser.tabs.get(fromParam).catch(() => undefined);
  } else {
    [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  }
  if (tab?.id === undefined) return null;
  const pending = await takePending(tab.id).catch(() => null);
  return { tabId: tab.id, url: tab.url, pending };
}

/**
 * Analyze the target tab: collect the page's facts (waiting, bounded, while the page is still
 * parsing), then have the background interpret them. Each intermediate state is reported so the
 * popup never shows a bare spinner without a reason.
 */
export async function analyzeTarget(
  target: Target,
  settings: Settings,
  report: Report,
  sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms)),
): Promise<PopupState> {
  const started = Date.now();
  const selection = target.pending?.mode === 'selection' ? target.pending.selectionText : undefined;
  for (;;) {
    const outcome = await callTab(target.tabId, target.url, { type: 'extract' });
    if (outcome.kind === 'facts') {
      report({ kind: 'loading', message: 'Summarizing…' });
      return stateFromInterpretation(await interpretInBackground(outcome.facts, settings, selection), Boolean(selection));
    }
    const state = stateFromOutcome(outcome);
    if (state.kind !== 'waiting' || Date.now() - started > LOADING_MAX_WAIT_MS) return state;
    report(state);
    await sleep(LOADING_RETRY_MS);
  }
}

export async function highlight(target: Target, text: string): Promise<boolean> {
  const outcome = await callTab(target.tabId, target.url, { type: 'highlight', text });
  return outcome.kind === 'highlighted' && outcome.found;
}

/** A small badge on the toolbar icon for pages with AI-generated images. */
export async function setBadge(tabId: number, analysis: Analysis): Promise<void> {
  const flagged = analysis.ai.pageFlag;
  await browser.action.setBadgeText({ tabId, text: flagged ? 'AI' : '' }).catch(() => undefined);
  if (flagged) await browser.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' }).catch(() => undefined);
}

/**
 * Opt-in: read XMP/C2PA provenance from the article's image files. Loaded on demand (its own chunk)
 * after the brief is on screen, so it never delays the first paint; any failure leaves the
 * analysis as it was.
 */
export async function enrichWithProvenance(analysis: Analysis, settings: Settings): Promise<Analysis | null> {
  if (!settings.checkImageMetadata || analysis.ai.images.length === 0) return null;
  if (!(await hasImageHosts().catch(() => false))) return null;
  const [{ checkImageProvenance }, { mergeProvenance }] = await Promise.all([
    import('../extension/provenance'),
    import('../src/ai/provenance/merge'),
  ]);
  const urls = [...new Set(analysis.ai.images.map((i) => i.src))].slice(0, 12);
  const results = await checkImageProvenance(urls);
  return { ...analysis, ai: mergeProvenance(analysis.ai, results) };
}

/** The real browser, for the popup opened with `search` (`?tabId=N&mode=…` from the menu's fallback). */
export function popupAdapters(search: string): PopupDeps {
  return {
    loadSettings,
    applyTheme,
    findTarget: () => findTarget(search),
    analyzeTarget,
    // Its own chunk (with the fetch code and, later, Readability): a tab's popup never loads it.
    loadLinkFlow: () => import('./link-flow'),
    setBadge,
    enrichWithProvenance,
    highlight,
    writeClipboard: (text) => navigator.clipboard.writeText(text),
    openOptions: () => void browser.runtime.openOptionsPage(),
    now: () => new Date(),
    locale: navigator.language,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  };
}
