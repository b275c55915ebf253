/**
 * npm run screenshots — the README's pictures, made from the built extension (npm run build first)
 * in headless Chromium on the bundled sample articles (sample/), into docs/:
 *   popup.png (light), popup-dark.png, popup-ar.png (Arabic UI on an Arabic article), panel.png
 *   (the side panel), options.png, history.png.
 * Each popup is the real one, opened by a real toolbar click (CDP Extensions.triggerAction).
 * Chromium picks its UI language from LANGUAGE on Linux (and --lang elsewhere): the Arabic run
 * starts a browser of its own with both.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { clickAction, connectPopup, launchChromium, settledSnapshot, targets, TargetClient, type ChromiumSession } from '../tools/browsers/chromium';
import { startServer } from '../tools/browsers/server';

declare const chrome: import('webextension-polyfill').Browser;

const DOCS = resolve(import.meta.dirname, '../docs');
const server = await startServer();
const written: string[] = [];

async function save(name: string, base64: string | Buffer): Promise<void> {
  writeFileSync(resolve(DOCS, name), typeof base64 === 'string' ? Buffer.from(base64, 'base64') : base64);
  written.push(`docs/${name}`);
}

async function setSettings(s: ChromiumSession, settings: Record<string, unknown>): Promise<void> {
  await s.worker.evaluate((v) => chrome.storage.sync.set({ settings: { version: 1, ...v } }), settings);
}

async function open(s: ChromiumSession, path: string): Promise<Page> {
  const page = await s.context.newPage();
  await page.setViewportSize({ width: 1100, height: 720 });
  await page.goto(server.origin + path, { waitUntil: 'load' });
  return page;
}

/** The real popup over `page`, settled, as a PNG. */
async function popupShot(s: ChromiumSession, page: Page, name: string): Promise<void> {
  await clickAction(s, page);
  const popup = await connectPopup(s);
  const snap = await settledSnapshot(popup);
  if (snap.state !== 'ready') throw new Error(`${name}: the popup shows ${snap.state}`);
  await new Promise((r) => setTimeout(r, 400)); // thumbnails and fonts
  const shot = (await popup.send('Page.captureScreenshot', { format: 'png' })) as { data: string };
  await save(name, shot.data);
  popup.close();
}

async function extensionPage(s: ChromiumSession, path: string, width: number, height: number): Promise<Page> {
  const page = await s.context.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(`chrome-extension://${s.extensionId}/${path}`);
  return page;
}

// Light, dark, the side panel, options and history, in English.
const en = await launchChromium({ args: ['--lang=en-US', '--window-size=1280,800'] });
try {
  const article = await open(en, '/');
  await setSettings(en, { theme: 'light' });
  await popupShot(en, article, 'popup.png');
  await setSettings(en, { theme: 'dark' });
  await popupShot(en, article, 'popup-dark.png');

  // The side panel: chosen in the settings, opened by the toolbar button.
  await setSettings(en, { theme: 'light', surface: 'panel' });
  const end = Date.now() + 10_000;
  while ((await en.worker.evaluate(() => chrome.action.getPopup({}))) !== '' && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
  await clickAction(en, article);
  let panelTarget: { targetId: string } | undefined;
  while (!panelTarget && Date.now() < end + 10_000) {
    panelTarget = (await targets(en)).find((t) => t.type === 'page' && t.url.startsWith(`chrome-extension://${en.extensionId}/panel/`));
    if (!panelTarget) await new Promise((r) => setTimeout(r, 100));
  }
  if (!panelTarget) throw new Error('the side panel did not open');
  const panel = await TargetClient.connect(en.wsEndpoint, panelTarget.targetId);
  await settledSnapshot(panel);
  await new Promise((r) => setTimeout(r, 400));
  // The panel alone (its page), at the width a side panel has.
  await panel.send('Emulation.setDeviceMetricsOverride', { width: 380, height: 720, deviceScaleFactor: 1, mobile: false });
  await save('panel.png', ((await panel.send('Page.captureScreenshot', { format: 'png' })) as { data: string }).data);
  panel.close();
  await setSettings(en, { theme: 'light', surface: 'popup' });

  const options = await extensionPage(en, 'options/index.html', 560, 640);
  await options.waitForSelector('[data-testid="theme"]');
  await save('options.png', await options.screenshot());

  const history = await extensionPage(en, 'history/index.html', 760, 520);
  await history.waitForSelector('[data-testid="history-entry"]');
  await history.locator('.entry-title').first().click();
  await save('history.png', await history.screenshot());
} finally {
  await en.close();
}

// The Arabic UI on an Arabic article.
process.env.LANGUAGE = 'ar';
const ar = await launchChromium({ args: ['--lang=ar'] });
try {
  await setSettings(ar, { theme: 'light' });
  await popupShot(ar, await open(ar, '/ar.html'), 'popup-ar.png');
} finally {
  await ar.close();
  await server.close();
}

console.log(`Wrote ${written.join(', ')}`);
