/**
 * The popup's browser side: the functions its flow (popup/flow.ts) receives. Find the tab, inject
 * and call it for a copy of its page, read that copy and interpret its facts (popup/reader.ts and
 * popup/interpret.ts, chunks loaded while the page is copied), set the badge, run the image check; every outcome comes back as a PopupState. `popupAdapters` hands
 * them to the flow.
 */
import { browser, type Tabs } from '../extension/browser';
import { openSidePanel } from '../extension/surface';
import type { IsolatedOutcome } from '../extension/isolated';
import { callTab, type PageOutcome } from '../extension/page';
import { pendingReader } from '../extension/pending';
import { hasImageHosts } from '../extension/permissions';
import { loadSettings, saveSettings } from '../extension/settings-store';
import { applyTextSize, applyTheme } from '../extension/theme';
import { formatLocale, t, uiLocale } from '../extension/i18n';
import { actionShortcut } from '../extension/shortcut';
import type { Analysis } from '../src/index';
import type { Settings } from '../src/index';
import type { PopupDeps, Report, Target } from './flow';
import { interpretFacts, loadInterpreter, type Interpreter } from './interpreting';
import { mark } from './marks';
import { NOTES, stateFromIsolation, stateFromOutcome, type PopupState } from './state';

const LOADING_RETRY_MS = 400;
/** A page still loading after this is read as it is, with a note… */
const LOADING_AS_IS_MS = 3_000;
/** …and read again once it has loaded, if that happens within this. Every wait has a deadline. */
const RELOAD_WATCH_MS = 30_000;
const RELOAD_POLL_MS = 1_000;

type Readable = Extract<PageOutcome, { kind: 'page' | 'snapshot' }>;

export type Reader = typeof import('./reader');

let reader: Promise<Reader> | undefined;
/** The page half's chunk (popup/reader.ts), loaded once, while the page is copied. */
const loadReader = (): Promise<Reader> => (reader ??= import('./reader'));

/**
 * Both reading chunks at once, asked for by main.tsx right after the popup's first render: the
 * tab's copy, asked for by public/popup-start.js, is often in before the tab and the settings are
 * known, where analyzeTarget asks for them again (a no-op then), and the copy waited for the chunks.
 */
export function loadReading(): void {
  // The reader and the interpreter are one chunk (read.js, vite.config.ts): one request.
  loadReader().catch(() => undefined);
  loadInterpreter().catch(() => undefined);
}

/**
 * The tab's copy, asked for the moment the tab is known (findTarget), so the page is read while
 * the popup still loads its settings; the first read of analyzeTarget for that tab takes it.
 */
let early: { tabId: number; reading: Promise<PageOutcome> } | null = null;

function readEarly(tabId: number, url: string | undefined, started: Promise<unknown> | null): void {
  if (!started) mark('inject');
  early = { tabId, reading: callTab(tabId, url, { type: 'extract' }, () => mark('injected'), started ?? undefined) };
}

/**
 * What public/popup-start.js started before the popup's modules loaded (the popup page only, not
 * the side panel nor `?tabId=` pages): the active tab, and the one call asking it for its copy
 * (extract.js + read-now.js, as callTab makes it), not made for a menu's link request. That script
 * is a classic script in the popup's <head>, so it runs while the modules are still fetched and
 * compiled; everything else (a browser page, the pending request, the answer) is decided here.
 * Taken once; a retry asks anew.
 */
interface StartedRead {
  tab: Promise<Tabs.Tab | undefined>;
  read: Promise<{ tabId: number; injection: Promise<unknown> } | null>;
}

function takeStarted(): StartedRead | null {
  const holder = globalThis as { __nutshellStart?: unknown };
  const started = holder.__nutshellStart as StartedRead | undefined;
  if (!started || typeof started !== 'object' || !(started.tab instanceof Promise) || !(started.read instanceof Promise)) return null;
  delete holder.__nutshellStart;
  return started;
}

/** The read started by findTarget for this tab, once. */
function takeEarly(tabId: number): Promise<PageOutcome> | null {
  const taken = early?.tabId === tabId ? early.reading : null;
  early = null;
  return taken;
}

export interface ReadDeps {
  isolate?: (request: { html: string; url: string }, signal?: AbortSignal) => Promise<IsolatedOutcome>;
  sleep?: (ms: number) => Promise<void>;
  reader?: () => Promise<Reader>;
  interpreter?: () => Promise<Interpreter>;
}

/**
 * What the page answered, turned into a brief: its copy read here (popup/reader.ts), then
 * interpreted. A bounded snapshot is read here too when it passes the same checks as a copy (it is
 * built within their limits: nesting, elements, size; only named controls, which it keeps, or a
 * reading that throws send it on): the isolated reader's worker costs hundreds of milliseconds to
 * start on a busy machine, which ate its 1.5 s deadline on pages as small as one article under 210
 * nested `<div>`s (issue #13). What this reader hands on is read by the isolated reader.
 */
async function brief(outcome: Readable, settings: Settings, selection: string | undefined, report: Report, deps: ReadDeps): Promise<PopupState> {
  const notes: string[] = outcome.loading ? [NOTES.loading()] : [];
  let facts;
  let copy: { html: string; url: string; truncated: boolean; reason: string } = outcome.kind === 'snapshot' ? outcome : { html: '', url: outcome.url, truncated: false, reason: '' };
  // (A snapshot whose reader chunk does not load still has the isolated reader.)
  const loaded = await (deps.reader ?? loadReader)().catch((e: unknown) => {
    if (outcome.kind === 'page') throw e;
    return null;
  });
  mark('reader');
  const read = loaded && loaded.readCopy(outcome.html, outcome.url, outcome.kind === 'page' ? outcome.frames : undefined);
  mark('extracted');
  // (Whether the brief covers only a part: a snapshot cut to its limits, or a copy read in part.)
  let cut = false;
  if (read?.kind === 'facts') [facts, cut] = [read.facts, copy.truncated];
  else if (read && outcome.kind === 'page') copy = { ...read, url: outcome.url };
  if (!facts) {
    report({ kind: 'loading', message: t('loadingCareful') });
    // Its own chunk: only a page that is not safe to read as it is needs the worker.
    const isolation = import('../extension/isolated');
    const isolate = deps.isolate ?? (async (r, signal) => (await isolation).extractIsolated(r, signal ? { signal } : {}));
    // A long copy's first part is read beside it, so that a whole not read by the deadline still
    // gives a brief of what could be read, at the same deadline.
    const part = (await isolation).firstPart(copy.html);
    const stop = new AbortController();
    const partial = part.length < copy.html.length ? isolate({ html: part, url: copy.url }, stop.signal) : null;
    let isolated = await isolate({ html: copy.html, url: copy.url });
    cut = copy.truncated;
    if (isolated.kind === 'facts') stop.abort();
    else if (partial) {
      const read = await partial;
      if (read.kind === 'facts') [isolated, cut] = [read, true];
    }
    if (isolated.kind !== 'facts') return stateFromIsolation(isolated, copy.reason);
    facts = isolated.facts;
  }
  if (cut) notes.push(NOTES.truncated());
  report({ kind: 'loading', message: t('loadingSummarizing') });
  return interpretFacts(facts, settings, selection, notes, deps.interpreter);
}

export async function findTarget(search: string): Promise<Target | null> {
  const takePending = pendingReader(); // at once, while the tab is looked up
  const params = new URLSearchParams(search);
  const fromParam = Number(params.get('tabId'));
  const started = params.has('tabId') ? null : takeStarted();
  let tab: Tabs.Tab | undefined;
  if (Number.isInteger(fromParam) && fromParam >= 0 && params.has('tabId')) {
    tab = await browser.tabs.get(fromParam).catch(() => undefined);
  } else {
    tab = started ? await started.tab.catch(() => undefined) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  }
  if (tab?.id === undefined) return null;
  const pending = await takePending(tab.id).catch(() => null);
  // A link's brief reads the link, not the tab; anything else reads the tab: start now (or take
  // the call popup-start.js already made for this tab).
  if (pending?.mode !== 'link') {
    const read = started ? await started.read.catch(() => null) : null;
    readEarly(tab.id, tab.url, read?.tabId === tab.id ? read.injection : null);
  }
  return { tabId: tab.id, url: tab.url, pending, favicon: browserFavicon(tab), byAction: !params.has('tabId'), incognito: tab.incognito, windowId: tab.windowId };
}

/**
 * The site's icon from the browser's own favicon store, never from the web: Chrome serves it to an
 * extension with the `favicon` permission at /_favicon/ (no install warning); Firefox hands the tab's
 * icon as a data: URL. Anything else gives no icon (the popup shows a monogram).
 */
function hasPermission(name: string): boolean {
  try {
    return (browser.runtime.getManifest().permissions ?? []).includes(name);
  } catch {
    return false;
  }
}

export function browserFavicon(tab: Pick<Tabs.Tab, 'url' | 'favIconUrl'>): string | null {
  if (tab.url && /^https?:/i.test(tab.url) && hasPermission('favicon')) {
    const url = new URL(browser.runtime.getURL('/_favicon/'));
    url.searchParams.set('pageUrl', tab.url);
    url.searchParams.set('size', '32');
    return url.href;
  }
  return tab.favIconUrl && /^data:image\/(?:png|x-icon|vnd\.microsoft\.icon|gif|jpeg|webp|svg\+xml);/i.test(tab.favIconUrl) ? tab.favIconUrl : null;
}

/**
 * Analyze the target tab: take a copy of its page (waiting, bounded, while the page is still
 * parsing), read and interpret it here. Each intermediate state is reported so the
 * popup never shows a bare spinner without a reason.
 */
export async function analyzeTarget(target: Target, settings: Settings, report: Report, deps: ReadDeps = {}): Promise<PopupState> {
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const started = Date.now();
  const selection = target.pending?.mode === 'selection' ? target.pending.selectionText : undefined;
  for (;;) {
    const asIs = Date.now() - started >= LOADING_AS_IS_MS;
    const taken = asIs ? null : takeEarly(target.tabId);
    if (!taken) mark('inject');
    const reading = taken ?? callTab(target.tabId, target.url, asIs ? { type: 'extract', asIs } : { type: 'extract' }, () => mark('injected'));
    // Both halves' chunks load while the page is copied: after the popup's first render (which they
    // would delay), before the copy arrives. A failure is reported where the chunk is used.
    (deps.reader ?? loadReader)().catch(() => undefined);
    (deps.interpreter ?? loadInterpreter)().catch(() => undefined);
    const outcome = await reading;
    mark('read');
    if (outcome.kind === 'page' || outcome.kind === 'snapshot') {
      const state = await brief(outcome, settings, selection, report, deps);
      if (outcome.loading && state.kind === 'ready') void rereadWhenLoaded(target, settings, selection, report, { ...deps, sleep });
      return state;
    }
    const state = stateFromOutcome(outcome, target);
    if (state.kind !== 'waiting') return state;
    report(state);
    await sleep(LOADING_RETRY_MS);
  }
}

/** A brief read while the page was loading is read again once it has loaded (the popup shows the
 *  new one only while it is still the latest run: `report` says so). Gives up after RELOAD_WATCH_MS. */
async function rereadWhenLoaded(target: Target, settings: Settings, selection: string | undefined, report: Report, deps: ReadDeps & { sleep: (ms: number) => Promise<void> }): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < RELOAD_WATCH_MS) {
    await deps.sleep(RELOAD_POLL_MS);
    const outcome = await callTab(target.tabId, target.url, { type: 'extract' }).catch(() => null);
    if (outcome?.kind === 'page' || outcome?.kind === 'snapshot') {
      const state = await brief(outcome, settings, selection, () => undefined, deps);
      if (state.kind === 'ready') report(state);
      return;
    }
    if (outcome?.kind !== 'loading') return;
  }
}

export async function highlight(target: Target, text: string): Promise<boolean> {
  const outcome = await callTab(target.tabId, target.url, { type: 'highlight', text });
  return outcome.kind === 'highlighted' && outcome.found;
}

export async function thumbnails(target: Target, srcs: string[]): Promise<Record<string, string>> {
  const outcome = await callTab(target.tabId, target.url, { type: 'thumbnails', srcs });
  if (outcome.kind !== 'thumbnails') return {};
  // Only what the page half makes: small JPEG data: URLs.
  return Object.fromEntries(Object.entries(outcome.thumbs).filter(([src, url]) => srcs.includes(src) && /^data:image\/jpeg;base64,[A-Za-z0-9+/=]+$/.test(url)));
}

export async function showImage(target: Target, src: string): Promise<boolean> {
  const outcome = await callTab(target.tabId, target.url, { type: 'show-image', src });
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
    thumbnails,
    showImage,
    writeClipboard: (text) => navigator.clipboard.writeText(text),
    // Their own chunk: the history is read after the popup's first paint, never before it.
    keptBrief: async (url) => (await import('../extension/history-store')).briefFor(url),
    remember: async (analysis) => (await import('../extension/history-store')).rememberBrief(analysis),
    openOptions: () => void browser.runtime.openOptionsPage(),
    saveSettings,
    applyTextSize,
    shortcut: actionShortcut,
    openHistory: () => void browser.tabs.create({ url: browser.runtime.getURL('history/index.html') }),
    openPanel(target) {
      const opened = openSidePanel(target?.windowId); // first: inside the click
      // The panel reads the same tab (the click on the toolbar granted it); the popup is no longer needed.
      return opened.then(() => window.close());
    },
    // Its own chunk, loaded on the first press (or to stop, only once loaded).
    listen(parts, lang, report) {
      void import('./listen').then((m) =>
        m.toggleListening(m.browserSpeech(), parts, lang, navigator.language, uiLocale(), (language) => t('listenNoVoice', language), report),
      );
    },
    // The task after the next frame; at most 100 ms (a hidden document runs no animation frames).
    afterPaint: () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => setTimeout(resolve, 0));
        setTimeout(resolve, 100);
      }),
    now: () => new Date(),
    // Dates and numbers in the UI's language (in the browser's regional variant when it matches).
    locale: formatLocale(navigator.language),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  };
}
