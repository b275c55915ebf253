/**
 * Pages no extension may script (browser UI, stores, viewers), an empty tab and a tab whose page
 * failed to load. Knowing them up front lets the popup say so plainly instead of surfacing the
 * browser's injection error (and a "Try again" that cannot work).
 */
import { t, type MessageKey } from './i18n';

/** `no-page`: the browser hides what the tab shows even after the toolbar click granted access: an
 *  empty tab or the browser's error page (Chrome tells the two apart to no extension without the
 *  `tabs` permission). */
export type RestrictedKind = 'browser-page' | 'web-store' | 'pdf-viewer' | 'view-source' | 'extension-page' | 'empty-tab' | 'load-failed' | 'no-page';

/** A blank or new tab: nothing to read, and no fault of anyone's. */
const EMPTY_TAB = /^(?:about:(?:blank|newtab|home|privatebrowsing)|(?:chrome|edge|brave|vivaldi|opera):\/\/(?:newtab|new-tab-page|startpage)\/?|chrome-search:\/\/local-ntp\b)/i;

const STORE_HOSTS: Array<[host: string, pathPrefix: string]> = [
  ['chromewebstore.google.com', '/'],
  ['chrome.google.com', '/webstore'],
  ['addons.mozilla.org', '/'],
  ['microsoftedge.microsoft.com', '/addons'],
];

export function restrictedKind(url: string | undefined | null): RestrictedKind | null {
  if (!url) return null;
  if (EMPTY_TAB.test(url)) return 'empty-tab';
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  switch (u.protocol) {
    case 'chrome-error:':
      return 'load-failed';
    case 'view-source:':
      return 'view-source';
    case 'chrome:':
    case 'edge:':
    case 'about:':
    case 'devtools:':
    case 'chrome-search:':
    case 'chrome-untrusted:':
    case 'resource:':
    case 'jar:':
      return 'browser-page';
    case 'chrome-extension:':
    case 'moz-extension:':
      // Chrome's PDF viewer is itself an extension page.
      return /\.pdf($|[?#])/i.test(u.pathname + u.search) ? 'pdf-viewer' : 'extension-page';
    case 'http:':
    case 'https:':
    case 'file:':
      if (STORE_HOSTS.some(([h, p]) => u.hostname === h && u.pathname.startsWith(p))) return 'web-store';
      if (/\.pdf$/i.test(u.pathname)) return 'pdf-viewer';
      return null;
    default:
      return null;
  }
}

const RESTRICTED_KEYS: Record<RestrictedKind, MessageKey> = {
  'browser-page': 'restricted_browserPage',
  'web-store': 'restricted_webStore',
  'pdf-viewer': 'restricted_pdfViewer',
  'view-source': 'restricted_viewSource',
  'extension-page': 'restricted_extensionPage',
  'empty-tab': 'emptyTabText',
  'load-failed': 'loadFailedText',
  'no-page': 'noPageText',
};

/** What the reader is told about a restricted page, in the UI's language. */
export function restrictedMessage(kind: RestrictedKind): string {
  return t(RESTRICTED_KEYS[kind]);
}

/** Map the browser's injection error onto a restricted kind when it says the page is off limits. */
export function restrictedFromError(message: string): RestrictedKind | null {
  // Chrome: "Frame with ID 0 is showing error page"; Firefox names its error pages.
  if (/showing error page|chrome-error:|about:(?:neterror|certerror)/i.test(message)) return 'load-failed';
  if (/url "about:blank"|about:(?:blank|newtab|home)\b/i.test(message)) return 'empty-tab';
  if (/cannot access a chrome:\/\/ url|cannot access a chrome-extension|about:|privileged/i.test(message)) return 'browser-page';
  if (/extensions gallery cannot be scripted|web ?store/i.test(message)) return 'web-store';
  return null;
}
