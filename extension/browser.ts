/**
 * The extension API, one name for both browsers. In Manifest V3 both already return promises:
 * Firefox as `browser.*`, Chrome as `chrome.*` (Chrome ≥ 127 here, see minimum_chrome_version).
 * webextension-polyfill's types describe exactly that shape, so we keep its types; its runtime
 * (3.1 KB gzip per bundle, measured) would only re-wrap promise APIs, which the popup's 15 KB
 * budget cannot afford. Every extension context imports the API from here, nowhere else.
 */
import type { Browser } from 'webextension-polyfill';

const g = globalThis as unknown as { browser?: Browser; chrome?: Browser };

export const browser: Browser = (g.browser ?? g.chrome)!;
export type { Browser, Runtime, Storage, Tabs } from 'webextension-polyfill';
