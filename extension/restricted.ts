/**
 * Pages no extension may script (browser UI, stores, viewers). Knowing them up front lets the
 * popup say so plainly instead of surfacing the browser's injection error.
 */
export type RestrictedKind = 'browser-page' | 'web-store' | 'pdf-viewer' | 'view-source' | 'extension-page';

const STORE_HOSTS: Array<[host: string, pathPrefix: string]> = [
  ['chromewebstore.google.com', '/'],
  ['chrome.google.com', '/webstore'],
  ['addons.mozilla.org', '/'],
  ['microsoftedge.microsoft.com', '/addons'],
];

export function restrictedKind(url: string | undefined | null): RestrictedKind | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  switch (u.protocol) {
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

export const RESTRICTED_MESSAGES: Record<RestrictedKind, string> = {
  'browser-page': 'This is a page of the browser itself. Extensions cannot read it.',
  'web-store': 'Browsers do not let extensions read their add-on stores.',
  'pdf-viewer': 'This is a PDF shown in the browser’s viewer, which extensions cannot read.',
  'view-source': 'This is a source view. Open the page itself to summarize it.',
  'extension-page': 'This page belongs to an extension. Extensions cannot read each other’s pages.',
};

/** Map the browser's injection error onto a restricted kind when it says the page is off limits. */
export function restrictedFromError(message: string): RestrictedKind | null {
  if (/cannot access a chrome:\/\/ url|cannot access a chrome-extension|about:|privileged/i.test(message)) return 'browser-page';
  if (/extensions gallery cannot be scripted|web ?store/i.test(message)) return 'web-store';
  return null;
}
