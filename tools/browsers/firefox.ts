/**
 * Drive Firefox ESR with the built extension over WebDriver BiDi (puppeteer-core 24).
 *
 * A toolbar click cannot be simulated in Firefox, so activeTab is never granted here. The test
 * installs a copy of dist/firefox whose manifest also lists the test server's origin as a host
 * permission (granted at install to a temporary add-on); everything else is the shipped build.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX } from './browsers';

export const FIREFOX_DIST = resolve(import.meta.dirname, '../../dist/firefox');
const UUID = '5f0c3a52-9d1e-4b7a-8c2f-6e4d3b2a1c90';

export interface FirefoxSession {
  browser: Browser;
  base: string;
  close(): Promise<void>;
}

/** `grantHost` is a host name: match patterns carry no port, so every port of it is granted. */
export async function launchFirefox(grantHost: string, opts: { prefs?: Record<string, string | number | boolean> } = {}): Promise<FirefoxSession> {
  const copy = mkdtempSync(join(tmpdir(), 'nutshell-firefox-ext-'));
  cpSync(FIREFOX_DIST, copy, { recursive: true });
  const manifestPath = join(copy, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions?: string[]; browser_specific_settings: { gecko: { id: string } } };
  manifest.host_permissions = [`http://${grantHost}/*`];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  const geckoId = manifest.browser_specific_settings.gecko.id;

  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: UUID }), ...opts.prefs },
  });
  await browser.installExtension(copy);
  return {
    browser,
    base: `moz-extension://${UUID}`,
    async close() {
      await browser.close().catch(() => undefined);
      rmSync(copy, { recursive: true, force: true });
    },
  };
}

/** moz-extension:// pages never fire `load` for BiDi navigation: start it, then poll readyState. */
export async function gotoExtensionPage(page: Page, url: string, timeoutMs = 15_000): Promise<void> {
  void page.goto(url).catch(() => undefined);
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const ready = await page
      .evaluate(`location.href === ${JSON.stringify(url)} && document.readyState === 'complete'`)
      .catch(() => false);
    if (ready) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not load`);
}

/** The id of the tab just before `helper` (an extension page we opened right after the target). */
export async function previousTabId(helper: Page): Promise<number> {
  return (await helper.evaluate(`(async () => {
    const me = await browser.tabs.getCurrent();
    const tabs = await browser.tabs.query({ windowId: me.windowId });
    const prev = tabs.find((t) => t.index === me.index - 1);
    return prev ? prev.id : -1;
  })()`)) as number;
}
