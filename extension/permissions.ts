/**
 * The optional host permission of the opt-in image check: every http and https origin, exactly
 * manifest.json's `optional_host_permissions` (tests/unit/extension/permissions.test.ts keeps the
 * two equal). The options page asks for it when the reader turns the check on; the popup only
 * looks whether it is granted. ("Summarize this link" asks for one host at a time: link-flow.ts.)
 */
import { browser } from './browser';

export const IMAGE_HOSTS = { origins: ['http://*/*', 'https://*/*'] };

/**
 * Call it straight from the click handler, with nothing awaited before it: both browsers honour
 * `permissions.request` only during a user gesture, and Firefox's ends at the first await.
 */
export function requestImageHosts(): Promise<boolean> {
  return browser.permissions.request(IMAGE_HOSTS);
}

export function removeImageHosts(): Promise<boolean> {
  return browser.permissions.remove(IMAGE_HOSTS);
}

export function hasImageHosts(): Promise<boolean> {
  return browser.permissions.contains(IMAGE_HOSTS);
}
