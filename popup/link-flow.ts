/**
 * "Summarize this link": the popup flow's steps for a link (popup/flow.ts loads it on demand, with
 * the fetch code in extension/link.ts, so a tab's popup never loads it). The popup fetches the linked page
 * itself, only with the host permission the reader grants for it (asked for by a button: a user
 * gesture). The page half of the core (src/collect.ts, Readability) is a chunk of its own, loaded
 * only to read a fetched page; the interpretation is the same as a tab's (popup/interpret.ts).
 */
import { browser } from '../extension/browser';
import { checkLinkUrl, fetchLinkedPage, hostPatterns, parseLinkedPage, type FetchOptions, type LinkError } from '../extension/link';
import { putPending, takePending, type PendingRequest } from '../extension/pending';
import { t } from '../extension/i18n';
import { serializeError } from '../extension/protocol';
import type { Settings } from '../src/index';
import type { LinkState, Report } from './flow';
import { interpretFacts, loadInterpreter } from './interpreting';
import type { LinkTarget, PopupState } from './state';

function linkErrorState(error: LinkError, url: string): PopupState {
  return { kind: 'link-error', reason: error.reason, message: error.message, detail: error.detail, url };
}

/**
 * Link mode, first step: check the link (http/https only: anything else ends here, with nothing
 * fetched), then read it at once if its host is already permitted, else ask the reader.
 */
export async function startLink(
  pending: PendingRequest,
  settings: Settings,
  report: Report,
  options: FetchOptions = {},
): Promise<PopupState> {
  const checked = checkLinkUrl(pending.linkUrl);
  if (!checked.ok) return linkErrorState(checked.error, pending.linkUrl ?? '');
  const link: LinkTarget = { url: checked.url.href, host: checked.url.host, origins: hostPatterns(checked.url), tabId: pending.tabId };
  const granted = await browser.permissions.contains({ origins: link.origins }).catch(() => false);
  if (!granted) return { kind: 'link-permission', link };
  return readLink(link.url, settings, report, options);
}

/**
 * The permission button. Must be called synchronously from its click handler: both browsers
 * honour `permissions.request` only inside a user gesture, so nothing is awaited before it. While
 * the browser asks, the request is kept for the tab: should the popup close meanwhile, opening it
 * again on that tab (within a minute) picks the link up where it stopped.
 */
export function grantLink(state: LinkState, settings: Settings, report: Report, options: FetchOptions = {}): Promise<PopupState> {
  const { link } = state;
  const asked = browser.permissions.request({ origins: link.origins });
  const kept = putPending({ tabId: link.tabId, mode: 'link', linkUrl: link.url, at: Date.now() }).catch(() => undefined);
  report({ kind: 'loading', message: t('loadingPermission', link.host) });
  return asked.then(
    async (granted): Promise<PopupState> => {
      await kept;
      await takePending(link.tabId).catch(() => null);
      return granted ? readLink(link.url, settings, report, options) : { kind: 'link-denied', link, detail: null };
    },
    async (e: unknown): Promise<PopupState> => {
      await kept;
      await takePending(link.tabId).catch(() => null);
      return { kind: 'link-denied', link, detail: serializeError(e).message };
    },
  );
}

/**
 * Fetch the linked page (no cookies, time and size limits, HTML only), parse it inertly with a
 * `<base>` of its final URL, collect its facts and interpret them.
 */
export async function readLink(url: string, settings: Settings, report: Report, options: FetchOptions = {}): Promise<PopupState> {
  report({ kind: 'loading', message: t('loadingHost', new URL(url).host) });
  // Readability and the collectors load while the page downloads.
  const core = import('../src/collect');
  core.catch(() => undefined); // awaited below; a failed fetch must not leave it unhandled
  loadInterpreter().catch(() => undefined); // likewise the thinking half (popup/interpret.ts)
  const fetched = await fetchLinkedPage(url, options);
  if (!fetched.ok) return linkErrorState(fetched.error, url);
  const { finalUrl, html } = fetched.page;
  const { extractPage } = await core;
  const facts = extractPage(parseLinkedPage(html, finalUrl), { url: finalUrl });
  report({ kind: 'loading', message: t('loadingSummarizing') });
  const state = await interpretFacts(facts, settings, undefined);
  return state.kind === 'ready' ? { ...state, link: { requested: url, finalUrl } } : state;
}
