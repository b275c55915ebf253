/**
 * Issue #15 in real Firefox ESR: AI labels inside embedded posts. The content script hands the popup
 * the frames the page may read (one of the page's own origin, one written into `srcdoc`) beside the
 * page's copy, as in Chromium (embeds.e2e.test.ts); Firefox gives a same-origin frame's
 * `contentDocument` to the content script's sandbox through its Xray wrappers, which this checks. A
 * frame of another origin is named, not read. The toolbar button is clicked as the browser's own
 * button does (tools/browsers/firefox-chrome.ts) and the popup is read through extension.getViews.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { gotoExtensionPage, type FirefoxSession } from '../../tools/browsers/firefox';
import { clickToolbarButton, closePopup, settledView, viewEval } from '../../tools/browsers/firefox-chrome';
import type { StaticServer } from '../../tools/browsers/server';
import { withFirefox } from './session';

let ff: FirefoxSession;
let server: StaticServer;
/** An extension page in a tab of its own: it reads the popup. */
let helper: Page;

withFirefox(async (session, started) => {
  [ff, server] = [session, started];
  helper = await ff.browser.newPage();
  await gotoExtensionPage(helper, `${ff.base}/options/index.html`);
});

describe('Firefox: embedded posts', () => {
  it("flags the images of the same-origin and srcdoc posts by their labels, not the other origin's", async () => {
    const page = await ff.browser.newPage();
    await page.goto(`${server.origin}/pages/embeds.html`, { timeout: 10_000 });
    // The third post comes from another origin (localhost is not 127.0.0.1).
    const other = server.origin.replace('127.0.0.1', 'localhost') + '/pages/embed-other.html';
    await page.evaluate(
      (src) =>
        new Promise<void>((done) => {
          const frame = document.querySelector('iframe[data-other-origin]') as HTMLIFrameElement;
          frame.addEventListener('load', () => done(), { once: true });
          frame.src = src;
        }),
      other,
    );
    await page.bringToFront();
    await clickToolbarButton(ff);
    const snap = await settledView(helper, 'popup');
    expect(snap.state, snap.text).toBe('ready');
    expect(snap.ai).toMatch(/Made with AI/);
    expect(snap.ai).toMatch(/Imagined with AI/);
    expect(snap.ai).not.toMatch(/AI info/);
    expect(snap.text).toContain(`Embedded content from ${new URL(other).host} could not be checked for AI labels`);
    expect(await viewEval<number>(helper, 'popup', `document.querySelectorAll('[data-testid="ai-notice"] li').length`)).toBe(2);
    await closePopup(ff);
    await page.close();
  });
});
