/**
 * What the popup can show, and how each outcome of the tab and of the interpretation maps onto it.
 * The view is a pure function of this (popup/App.tsx).
 */
import type { Analysis } from '../src/index';
import type { LinkErrorReason } from '../extension/link';
import type { IsolatedOutcome } from '../extension/isolated';
import type { InterpretOutcome } from './interpret';
import type { PageOutcome } from '../extension/page';
import { t } from '../extension/i18n';
import { restrictedMessage, type RestrictedKind } from '../extension/restricted';

/** A link the reader asked to summarize, checked (http/https), with the permission it needs. */
export interface LinkTarget {
  /** The link, checked and normalized (no fragment, no credentials). */
  url: string;
  /** Its host (with a port, if any), as the reader is told. */
  host: string;
  /** The host-permission match patterns to ask for. */
  origins: string[];
  /** The tab the link was clicked in (its pending request is kept while the browser asks). */
  tabId: number;
}

export type PopupState =
  | { kind: 'loading'; message: string }
  | { kind: 'waiting'; message: string }
  /** `link`: the brief of a linked page (no tab shows it: its bullets cannot be shown on a page). */
  /** `notes`: what the reader should know about how the page was read ("its first part only"). */
  | {
      kind: 'ready';
      analysis: Analysis;
      selection: boolean;
      link?: { requested: string; finalUrl: string };
      notes?: string[];
      /** The site's icon from the browser's own store (never fetched by Nutshell). */
      favicon?: string;
      /** Thumbnails of AI-flagged images, drawn in the page from its decoded images (data: URLs). */
      thumbs?: Record<string, string>;
      /** Shown from the history (when it was read, ISO) while the page is read again. */
      kept?: string;
    }
  | { kind: 'not-article'; message: string; analysis: Analysis | null }
  | { kind: 'restricted'; restricted: RestrictedKind; message: string }
  | { kind: 'injection-refused'; message: string; detail: string }
  | { kind: 'error'; message: string; detail: string }
  | { kind: 'link-permission'; link: LinkTarget }
  | { kind: 'link-denied'; link: LinkTarget; detail: string | null }
  | { kind: 'link-error'; reason: LinkErrorReason; message: string; detail: string; url: string };

/** The popup state for an Analysis. */
export function stateFromAnalysis(a: Analysis, selection = false, notes: string[] = []): PopupState {
  if (a.notArticle) return { kind: 'not-article', message: a.notArticle.message, analysis: a };
  return { kind: 'ready', analysis: a, selection, ...(notes.length ? { notes } : {}) };
}

export const NOTES = {
  truncated: () => t('noteTruncated'),
  loading: () => t('noteLoading'),
  kept: () => t('noteKept'),
} as const;

/** The popup state when the page's isolated reading did not give facts. */
export function stateFromIsolation(outcome: Exclude<IsolatedOutcome, { kind: 'facts' }>, reason: string): PopupState {
  if (outcome.kind === 'timeout') {
    return {
      kind: 'error',
      message: t('isolationTimeout', outcome.ms / 1000),
      detail: reason,
    };
  }
  return { kind: 'error', message: t('isolationFailed'), detail: `${reason}; ${outcome.message}` };
}

/**
 * The browser's refusal when it does not even say which page: after a toolbar click (which grants the
 * tab's access to any web page), a tab whose URL stays hidden shows no web page: it is empty, or the
 * browser's own error page. Opened as a page in a tab, the popup had no such grant: the refusal is
 * then about access, and the reader is told how to give it.
 */
const GENERIC_REFUSAL = /^cannot access contents of the page\b/i;

/**
 * Firefox's refusal, which names no page either. Firefox shows a tab's URL to an extension without
 * the `tabs` permission (Nutshell has none) only when it may read that tab: the toolbar click's
 * activeTab or a host permission. A web address it may read, refused all the same, is not showing
 * its page: the tab shows Firefox's error page (about:neterror: a refused connection, an unknown
 * host, an offline network), whose document is the browser's, not the site's. Found in real
 * Firefox ESR (tests/e2e/firefox-reader.e2e.test.ts).
 */
const FIREFOX_REFUSAL = /^missing host permission for the tab\b/i;

/** The popup state for what the page answered (its copy is read and interpreted separately). */
export function stateFromOutcome(outcome: Exclude<PageOutcome, { kind: 'page' | 'snapshot' }>, target?: { url?: string | undefined; byAction?: boolean }): PopupState {
  switch (outcome.kind) {
    case 'loading':
      return { kind: 'waiting', message: t('loadingStill') };
    case 'restricted':
      return { kind: 'restricted', restricted: outcome.restricted, message: restrictedMessage(outcome.restricted) };
    case 'injection-refused':
      if (target?.byAction && !target.url && GENERIC_REFUSAL.test(outcome.error.message)) {
        return { kind: 'restricted', restricted: 'no-page', message: restrictedMessage('no-page') };
      }
      if (target?.url && /^https?:/i.test(target.url) && FIREFOX_REFUSAL.test(outcome.error.message)) {
        return { kind: 'restricted', restricted: 'load-failed', message: restrictedMessage('load-failed') };
      }
      return {
        kind: 'injection-refused',
        message: t('injectionRefusedText'),
        detail: outcome.error.message,
      };
    case 'error':
      return { kind: 'error', message: t('errorReading'), detail: outcome.error.message };
    case 'highlighted':
    case 'thumbnails':
      return { kind: 'error', message: t('errorUnexpected'), detail: outcome.kind };
  }
}

/** The popup state for the interpretation of the page's facts. */
export function stateFromInterpretation(outcome: InterpretOutcome, selection: boolean, notes: string[] = []): PopupState {
  if (outcome.kind === 'analysis') return stateFromAnalysis(outcome.analysis, selection, notes);
  return { kind: 'error', message: t('errorSummarizing'), detail: outcome.error.message };
}
