/**
 * The popup's controller, a plain module: it reads the target (the tab, or the link the popup was
 * opened for), keeps the state the view shows and answers the view's actions. It names no browser
 * API: everything it needs comes in `deps` (popup/adapters.ts gives the real ones, tests give
 * fakes). The view subscribes to it and renders its `PopupView` (popup/main.tsx, popup/App.tsx).
 */
import { t } from '../extension/i18n';
import type { PendingRequest } from '../extension/pending';
import type { Analysis } from '../src/index';
import type { Settings, SummaryLength, Theme } from '../src/index';
import { DEFAULT_SETTINGS } from '../src/index';
import type { Actions } from './App';
import { NOTES, type PopupState } from './state';

/** The tab a brief is for, with the context-menu request the popup was opened for, if any. */
export interface Target {
  tabId: number;
  url: string | undefined;
  pending: PendingRequest | null;
  /** The site's icon from the browser's own store, when it has one (no request of ours). */
  favicon?: string | null;
  /** A private window's tab: its briefs are never kept in the history. */
  incognito?: boolean;
  /** Its window (the side panel opens there). */
  windowId?: number;
  /** Opened by the toolbar, the shortcut or a menu (which grant the tab's access), not as a page
   *  in a tab (`?tabId=`, which grants nothing by itself). */
  byAction?: boolean;
}

export type Report = (state: PopupState) => void;

export type LinkState = Extract<PopupState, { kind: 'link-permission' | 'link-denied' }>;

/** The link controller (popup/link-flow.ts), a chunk loaded only for a link. */
export interface LinkFlow {
  startLink(pending: PendingRequest, settings: Settings, report: Report): Promise<PopupState>;
  /** Must call `permissions.request` before it awaits anything (the click's user gesture). */
  grantLink(state: LinkState, settings: Settings, report: Report): Promise<PopupState>;
}

/** What the flow needs from the browser. Each intermediate state goes to `report`. */
export interface PopupDeps {
  loadSettings(): Promise<Settings>;
  applyTheme(theme: Theme): void;
  /** The tab the popup is for (`?tabId=N` or the active tab) and its pending request. */
  findTarget(): Promise<Target | null>;
  /** Read the tab's page and have it interpreted; never rejects for a page that cannot be read. */
  analyzeTarget(target: Target, settings: Settings, report: Report): Promise<PopupState>;
  loadLinkFlow(): Promise<LinkFlow>;
  setBadge(tabId: number, analysis: Analysis): Promise<void>;
  /** The analysis with the image files' provenance merged in, or null when the check is off. */
  enrichWithProvenance(analysis: Analysis, settings: Settings): Promise<Analysis | null>;
  highlight(target: Target, text: string): Promise<unknown>;
  /** Thumbnails of these images, drawn in the page from what it already decoded ({} when none). */
  thumbnails(target: Target, srcs: string[]): Promise<Record<string, string>>;
  showImage(target: Target, src: string): Promise<unknown>;
  writeClipboard(text: string): Promise<void>;
  /** The brief kept in the history for this page (extension/history-store.ts, a lazy chunk), or null. */
  keptBrief(url: string | undefined): Promise<{ when: string; brief: Analysis } | null>;
  /** Keep this brief in the history (on this machine only). */
  remember(analysis: Analysis): Promise<unknown>;
  openOptions(): void;
  /** Remember a setting changed in the popup (the summary length). */
  saveSettings?(patch: Partial<Pick<Settings, 'summarySentences'>>): Promise<Settings>;
  applyTextSize?(size: Settings['textSize']): void;
  /** The keyboard shortcut that opens the popup, as the browser shows it ('' when none is set). */
  shortcut?(): Promise<string>;
  /** Open the history page (extension page, in a tab). */
  openHistory?(): void;
  /** Open the side panel on the target's window; must call the browser before awaiting anything. */
  openPanel?(target: Target | null): Promise<unknown>;
  /** Read these parts aloud, or stop (null) — popup/listen.ts, a lazy chunk, which reports each
   *  change: speaking or not, and why not (no local voice for the article's language). */
  listen?(parts: string[] | null, lang: string | null, report: (speaking: boolean, note: string | null) => void): void;
  /** Resolves once the frame after the current one has been painted: the brief's work that the
   *  reader does not see at once (history, badge, thumbnails, the copy formats) waits for it, so
   *  none of it runs between the brief's render and its paint. Absent: at once. */
  afterPaint?(): Promise<void>;
  now(): Date;
  locale: string;
  timeZone: string;
}

export type CopyKind = 'markdown' | 'text';

export interface PopupView {
  state: PopupState;
  /** Which copy button says "Copied" (for COPIED_MS after the copy). */
  copied: CopyKind | null;
  /** The summary length in use (the popup's switch). */
  length: SummaryLength;
  /** The shortcut shown in the footer; null until known. */
  shortcut: string | null;
  /** The brief is being read aloud. */
  speaking?: boolean;
  /** Why it could not be (no local voice for the article's language). */
  listenNote?: string | null;
}

export interface PopupFlow extends Actions {
  view(): PopupView;
  /** Calls `listener` with each new view; returns the unsubscribe. */
  subscribe(listener: (view: PopupView) => void): () => void;
  /** Read the target and show its brief (a retry is another start). */
  start(): void;
}

export const COPIED_MS = 1500;

const failed = (report: Report) => (e: unknown) =>
  report({ kind: 'error', message: t('errorReading'), detail: String((e as Error)?.message ?? e) });

type CopyFormats = typeof import('./copy');
let formats: CopyFormats | undefined;
/** The copy formats' chunk, loaded once (the first brief shown asks for it). */
const loadFormats = (): Promise<CopyFormats> => import('./copy').then((m) => (formats = m));

export function createPopupFlow(deps: PopupDeps): PopupFlow {
  const painted = (): Promise<void> => deps.afterPaint?.() ?? Promise.resolve();
  let view: PopupView = { state: { kind: 'loading', message: t('loadingPage') }, copied: null, length: DEFAULT_SETTINGS.summarySentences, shortcut: null };
  const listeners = new Set<(view: PopupView) => void>();
  const set = (patch: Partial<PopupView>) => {
    view = { ...view, ...patch };
    if (!formats && view.state.kind === 'ready') void painted().then(loadFormats).catch(() => undefined);
    for (const listener of listeners) listener(view);
  };
  // Each run (and each permission click) reports only while it is the latest one.
  let generation = 0;
  const latest = (): Report => {
    const mine = ++generation;
    return (state) => void (generation === mine && set({ state }));
  };
  // What the popup was opened for, kept for a retry and the bullets.
  let kept: { target: Target; settings: Settings } | null = null;
  // Loaded before any permission button is shown, so its click calls it without awaiting anything.
  let linkFlow: LinkFlow | null = null;
  // The summary length the reader picked in this popup, if any.
  let chosenLength: SummaryLength | null = null;

  /**
   * Show the result; then, for a tab's brief, the badge and the opt-in image check. Not for a
   * linked page: it is not the tab's page (no badge), and the one page is all a link fetches.
   */
  async function finish(result: PopupState, target: Target, settings: Settings, report: Report): Promise<void> {
    // A page's or a link's brief is kept; a selection's is not (it is not the page's), nor a private window's.
    const keep = (a: Analysis) => {
      if (result.kind === 'ready' && !result.selection && !target.incognito) void deps.remember(a).catch(() => undefined);
    };
    if (result.kind !== 'ready' || result.link) {
      if (result.kind === 'ready') keep(result.analysis);
      return report(result);
    }
    let shown: Extract<PopupState, { kind: 'ready' }> = target.favicon ? { ...result, favicon: target.favicon } : result;
    report(shown);
    await painted();
    keep(shown.analysis);
    await deps.setBadge(target.tabId, shown.analysis);
    const thumbs = await thumbnailsOf(shown.analysis, target);
    if (thumbs) report((shown = { ...shown, thumbs }));
    const enriched = await deps.enrichWithProvenance(shown.analysis, settings).catch(() => null);
    if (enriched) {
      report((shown = { ...shown, analysis: enriched }));
      keep(enriched);
      await deps.setBadge(target.tabId, enriched);
      const more = await thumbnailsOf(enriched, target);
      if (more) report({ ...shown, thumbs: { ...shown.thumbs, ...more } });
    }
  }

  /** Thumbnails of the flagged images, from the page; null when it could draw none. */
  async function thumbnailsOf(analysis: Analysis, target: Target): Promise<Record<string, string> | null> {
    const srcs = [...new Set(analysis.ai.images.filter((i) => i.aiGenerated).map((i) => i.src))].slice(0, 3);
    if (srcs.length === 0) return null;
    const thumbs = await deps.thumbnails(target, srcs).catch(() => ({}));
    return Object.keys(thumbs).length > 0 ? thumbs : null;
  }

  async function run(report: Report): Promise<void> {
    report({ kind: 'loading', message: t('loadingPage') });
    // Settings and target at once: the page is read as soon as both are known.
    // A retry keeps the request the popup was opened for (a selection, a link): it was taken
    // from storage once, and is gone from there.
    const [settings, target] = await Promise.all([
      deps.loadSettings().then((stored) => {
        deps.applyTheme(stored.theme);
        deps.applyTextSize?.(stored.textSize);
        // The length chosen in this popup wins over what storage held (its save may be pending).
        const loaded = chosenLength ? { ...stored, summarySentences: chosenLength } : stored;
        if (loaded.summarySentences !== view.length) set({ length: loaded.summarySentences });
        return loaded;
      }),
      kept?.target.pending ? kept.target : deps.findTarget(),
    ]);
    if (!target) return report({ kind: 'error', message: t('errorNoTab'), detail: t('errorNoTabDetail') });
    kept = { target, settings };
    let result: PopupState;
    if (target.pending?.mode === 'link') {
      report({ kind: 'loading', message: t('loadingLink') });
      linkFlow ??= await deps.loadLinkFlow();
      result = await linkFlow.startLink(target.pending, settings, report);
    } else {
      // A page read before shows its kept brief at once, then the fresh one replaces it; meanwhile
      // the waits are not shown over it (the final state, whatever it is, is).
      let kept: Extract<PopupState, { kind: 'ready' }> | null = null;
      let done = false;
      const shown: Report = (state) => {
        if (kept && (state.kind === 'loading' || state.kind === 'waiting')) return;
        report(state);
      };
      if (!target.pending && !target.incognito) {
        void deps
          .keptBrief(target.url)
          .then((entry) => {
            if (!entry || done) return;
            kept = { kind: 'ready', analysis: entry.brief, selection: false, kept: entry.when, notes: [NOTES.kept()], ...(target.favicon ? { favicon: target.favicon } : {}) };
            report(kept);
          })
          .catch(() => undefined);
      }
      result = await deps.analyzeTarget(target, settings, shown);
      done = true;
      return finish(result, target, settings, shown);
    }
    await finish(result, target, settings, report);
  }

  // Reading aloud (popup/listen.ts keeps the voice; the view shows whether it speaks).
  const spoken = (speaking: boolean, listenNote: string | null) => set({ speaking, listenNote });
  const stopSpeaking = () => view.speaking && deps.listen?.(null, null, spoken);

  const start = () => {
    stopSpeaking();
    const report = latest();
    void run(report).catch(failed(report));
    if (view.shortcut === null && deps.shortcut) {
      deps.shortcut().then(
        (shortcut) => set({ shortcut }),
        () => set({ shortcut: '' }),
      );
    }
  };

  return {
    view: () => view,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    start,
    retry: start,
    grantLink() {
      const { state } = view;
      if ((state.kind !== 'link-permission' && state.kind !== 'link-denied') || !kept || !linkFlow) return;
      const { target, settings } = kept;
      const report = latest();
      // Straight from the click: permissions.request needs the user gesture (see link-flow.ts).
      linkFlow
        .grantLink(state, settings, report)
        .then((result) => finish(result, target, settings, report))
        .catch(failed(report));
    },
    highlight(index) {
      const { state } = view;
      if (state.kind !== 'ready' || state.link || !kept) return; // no tab shows a linked page
      const text = state.analysis.summary[index];
      if (text !== undefined) void deps.highlight(kept.target, text);
    },
    highlightText(text) {
      const { state } = view;
      if (state.kind !== 'ready' || state.link || !kept) return;
      void deps.highlight(kept.target, text);
    },
    showImage(src) {
      const { state } = view;
      if (state.kind !== 'ready' || state.link || !kept) return;
      void deps.showImage(kept.target, src);
    },
    copy(kind) {
      const { state } = view;
      if (state.kind !== 'ready') return;
      const { authors } = state.analysis;
      const labels = authors.length ? { byline: t('byline', authors.join(t('authorsSeparator'))) } : {};
      const ctx = { now: deps.now(), locale: deps.locale, timeZone: deps.timeZone };
      const write = ({ briefText }: CopyFormats): void => {
        void deps.writeClipboard(briefText(kind, state.analysis, ctx, labels)).then(() => {
          set({ copied: kind });
          setTimeout(() => set({ copied: null }), COPIED_MS);
        });
      };
      // Loaded when the brief was shown; written at once, inside the click, as the clipboard wants.
      if (formats) write(formats);
      else void loadFormats().then(write, () => undefined);
    },
    openOptions: () => deps.openOptions(),
    openHistory: () => deps.openHistory?.(),
    openPanel() {
      // The browser's call comes first, inside the click (see extension/surface.ts).
      void deps.openPanel?.(kept?.target ?? null)?.catch(() => undefined);
    },
    listen() {
      const { state } = view;
      if (view.speaking) return void deps.listen?.(null, null, spoken);
      if (state.kind === 'ready') deps.listen?.([state.analysis.title, ...state.analysis.summary], state.analysis.lang, spoken);
    },
    setLength(n) {
      if (n === view.length) return;
      chosenLength = n;
      set({ length: n });
      // Remembered for the next briefs; this one is made again at once with the new length (the
      // page is read again: the popup keeps no facts).
      void deps.saveSettings?.({ summarySentences: n }).catch(() => null);
      start();
    },
  };
}
