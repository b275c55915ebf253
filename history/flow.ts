/**
 * The history page's controller, a plain module (its browser edges come in `deps`): the kept
 * briefs, searched as the reader types, one opened to read, reopened in a tab, removed, all
 * cleared (asked twice), or exported as one Markdown file. Nothing leaves the machine: the
 * export is a file the browser saves, the reopening a tab of the page itself.
 */
import { t } from '../extension/i18n';
import { briefAsMarkdown, searchHistory, type HistoryEntry, type Theme } from '../src/index';

export interface HistoryDeps {
  loadTheme(): Promise<Theme>;
  applyTheme(theme: Theme): void;
  loadHistory(): Promise<HistoryEntry[]>;
  forgetBrief(url: string): Promise<HistoryEntry[]>;
  clearHistory(): Promise<HistoryEntry[]>;
  /** Open the page in a new tab (http/https only: checked by the caller's view and here). */
  openPage(url: string): void;
  /** Hand a file to the browser to save. */
  saveFile(name: string, text: string, type: string): void;
  now(): Date;
}

export interface HistoryView {
  loaded: boolean;
  entries: HistoryEntry[];
  query: string;
  /** The entries the query matches, newest first. */
  shown: HistoryEntry[];
  /** The URL of the entry whose brief is open. */
  open: string | null;
  /** "Clear" was pressed once: the next press clears. */
  confirmClear: boolean;
}

export interface HistoryActions {
  search(query: string): void;
  toggle(url: string): void;
  reopen(url: string): void;
  remove(url: string): void;
  clear(): void;
  cancelClear(): void;
  exportMarkdown(): void;
}

export interface HistoryFlow extends HistoryActions {
  view(): HistoryView;
  subscribe(listener: (view: HistoryView) => void): () => void;
  start(): Promise<void>;
}

/** Every shown brief as Markdown, newest first, each with the day it was read. */
export function historyAsMarkdown(entries: readonly HistoryEntry[]): string {
  const parts = [`# ${t('historyTitle')}`, ''];
  for (const e of entries) parts.push(briefAsMarkdown(e.brief), '', `*${t('historyRead', e.when.slice(0, 10))}*`, '');
  return parts.join('\n');
}

const isHttp = (url: string) => /^https?:\/\//i.test(url);

export function createHistoryFlow(deps: HistoryDeps): HistoryFlow {
  let view: HistoryView = { loaded: false, entries: [], query: '', shown: [], open: null, confirmClear: false };
  const listeners = new Set<(view: HistoryView) => void>();
  const set = (patch: Partial<HistoryView>) => {
    view = { ...view, ...patch };
    if ('entries' in patch || 'query' in patch) view.shown = searchHistory(view.entries, view.query);
    for (const listener of listeners) listener(view);
  };
  return {
    view: () => view,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    async start() {
      void deps.loadTheme().then(deps.applyTheme, () => undefined);
      set({ entries: await deps.loadHistory().catch(() => []), loaded: true });
    },
    search: (query) => set({ query }),
    toggle: (url) => set({ open: view.open === url ? null : url }),
    reopen(url) {
      if (isHttp(url)) deps.openPage(url);
    },
    remove(url) {
      void deps.forgetBrief(url).then((entries) => set({ entries, ...(view.open === url ? { open: null } : {}) }));
    },
    clear() {
      if (!view.confirmClear) return set({ confirmClear: true });
      void deps.clearHistory().then((entries) => set({ entries, confirmClear: false, open: null, query: '' }));
    },
    cancelClear: () => set({ confirmClear: false }),
    exportMarkdown() {
      if (view.shown.length === 0) return;
      const day = deps.now().toISOString().slice(0, 10);
      deps.saveFile(`nutshell-history-${day}.md`, historyAsMarkdown(view.shown), 'text/markdown');
    },
  };
}
