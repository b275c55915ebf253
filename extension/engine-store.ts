/**
 * The storage edge of the summary engine's settings: `storage.local` only (never `storage.sync`: a
 * local server's address belongs to this machine, and the API key must not leave it). The host
 * permission for the endpoint's origin is asked for in the options page's Save click.
 */
import { browser } from './browser';
import { originPattern, repairEngineSettings, type EngineSettings } from '../src/index';

const KEY = 'engine';

export async function loadEngineSettings(): Promise<EngineSettings> {
  try {
    return repairEngineSettings((await browser.storage.local.get(KEY))[KEY]);
  } catch {
    return repairEngineSettings(undefined);
  }
}

export async function saveEngineSettings(settings: EngineSettings): Promise<EngineSettings> {
  const clean = repairEngineSettings(settings);
  await browser.storage.local.set({ [KEY]: clean });
  return clean;
}

/**
 * The endpoint origin's host permission (`http://localhost/*`: match patterns carry no port). Call it
 * straight from the click handler, with nothing awaited before it (Firefox's user gesture ends at
 * the first await).
 */
export function requestEndpointHost(baseUrl: string): Promise<boolean> {
  return browser.permissions.request({ origins: [originPattern(baseUrl)] });
}

export function hasEndpointHost(baseUrl: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [originPattern(baseUrl)] });
}

/** `chrome-extension://<id>` or `moz-extension://<uuid>`: what OLLAMA_ORIGINS must list. */
export function extensionOrigin(): string {
  return browser.runtime.getURL('/').replace(/\/$/, '');
}
