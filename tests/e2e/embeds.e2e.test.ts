/**
 * Real Chromium: AI labels inside embedded posts (issue #15). The content script hands the popup
 * the frames the page may read — one of the page's own origin, one written into `srcdoc` — beside
 * the page's copy; a frame of another origin cannot be read, by the page or by Nutshell, and
 * nothing in it is flagged. "Show on page" for a frame's image outlines the frame on the page.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickAction, connectPopup, settledSnapshot, type ChromiumSession } from '../../tools/browsers/chromium';
import type { StaticServer } from '../../tools/browsers/server';
import { openPage, withChromium } from './session';

let s: ChromiumSession;
let server: StaticServer;

withChromium((session, started) => {
  [s, server] = [session, started];
});

/** Click the toolbar button on `page`, and check the brief flags the two readable posts' images
 *  (the same-origin post's "Made with AI", the srcdoc post's "Imagined with AI"), and only them. */
async function briefOfPosts(page: Page) {
  await clickAction(s, page);
  const popup = await connectPopup(s);
  const snap = await settledSnapshot(popup);
  expect(snap.state, snap.text).toBe('ready');
  expect(snap.ai).toMatch(/Made with AI/);
  expect(snap.ai).toMatch(/Imagined with AI/);
  expect(await popup.evaluate<number>(`document.querySelectorAll('[data-testid="ai-notice"] li').length`)).toBe(2);
  return { popup, snap };
}

describe('Chromium: embedded posts', () => {
  it("flags the images of the same-origin and srcdoc posts by their labels, not the other origin's, and shows a frame's image on the page", async () => {
    const page = await openPage(s, server, '/pages/embeds.html');
    // The third post comes from another origin (localhost is not 127.0.0.1).
    const other = server.origin.replace('127.0.0.1', 'localhost') + '/pages/embed-other.html';
    await page.evaluate((src) => {
      const frame = document.querySelector('iframe[data-other-origin]') as HTMLIFrameElement;
      return new Promise<void>((done) => {
        frame.addEventListener('load', () => done(), { once: true });
        frame.src = src;
      });
    }, other);
    expect(page.frames().map((f) => f.url())).toContain(other);

    const { popup, snap } = await briefOfPosts(page);
    expect(snap.ai).not.toMatch(/AI info/);
    // The other origin's post is named, not read.
    expect(snap.text).toContain(`Embedded content from ${new URL(other).host} could not be checked for AI labels`);

    // "Show on page" for the same-origin post's image: the page outlines its frame (a Web Animation,
    // which leaves no attribute behind).
    await popup.evaluate(`document.querySelector('[data-testid="show-image"]').click()`);
    await expect
      .poll(() => page.evaluate(() => document.querySelector('iframe.social-embed')!.getAnimations().length), { timeout: 3000 })
      .toBeGreaterThan(0);
    expect(await page.evaluate(() => document.querySelector('iframe.social-embed')!.getAttribute('style'))).toBeNull();
    popup.close();
    await page.close();
  });

  it("reads the posts on the bounded path too: a page whose markup is too big to copy whole (a megabytes-long state blob) is handed over as a snapshot, its frames put in as srcdoc", async () => {
    const page = await openPage(s, server, '/pages/embeds.html');
    await page.evaluate(() => {
      const blob = document.createElement('script');
      blob.type = 'application/json';
      blob.id = '__NEXT_DATA__';
      blob.textContent = JSON.stringify({ props: { cache: 'x'.repeat(3_100_000) } });
      document.body.append(blob);
    });
    const { popup } = await briefOfPosts(page);
    popup.close();
    await page.close();
  });
});
