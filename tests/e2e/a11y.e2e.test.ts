/**
 * Accessibility in real Chromium (issue #16): axe-core, colour contrast included, on the real action
 * popup (a real toolbar click) in each state a page can put it in, and on the options page, each in
 * the light and the dark theme. Also: an empty tab and a tab whose load failed get their own plain
 * states, with no retry. (Every other state is checked without colours in tests/unit/a11y.)
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickAction, connectPopup, settledSnapshot, type ChromiumSession, type PopupSnapshot } from '../../tools/browsers/chromium';
import type { StaticServer } from '../../tools/browsers/server';
import { withChromium } from './session';

const require = createRequire(import.meta.url);
const AXE = readFileSync(join(dirname(require.resolve('axe-core/package.json')), 'axe.min.js'), 'utf8');
const TEXT_PAGES = join(import.meta.dirname, '../fixtures/text/pages');

let s: ChromiumSession;
let server: StaticServer;

withChromium((session, started) => {
  [s, server] = [session, started];
}, { mounts: [['/text/', TEXT_PAGES]] });

interface Evaluator {
  evaluate<T>(expression: string): Promise<T>;
}

/** axe in the page (injected through the DevTools protocol: the extension page's CSP allows no inline
 *  script), in both themes; returns each violation as "rule: element". */
async function axeBothThemes(page: Evaluator): Promise<Record<string, string[]>> {
  await page.evaluate(`${AXE};0`);
  const out: Record<string, string[]> = {};
  for (const theme of ['light', 'dark']) {
    out[theme] = await page.evaluate<string[]>(`(async () => {
      document.documentElement.dataset.theme = ${JSON.stringify(theme)};
      for (const d of document.querySelectorAll('details')) d.open = true;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const r = await axe.run(document, { resultTypes: ['violations'] });
      return r.violations.flatMap((v) => v.nodes.map((n) => v.id + ': ' + n.target.join(' ') + ' ' + (n.any[0]?.message ?? '')));
    })()`);
  }
  return out;
}

async function popupFor(url: string, wait: 'load' | 'commit' = 'load'): Promise<{ page: Page; popup: Evaluator & { close(): void }; snap: PopupSnapshot }> {
  const page = await s.context.newPage();
  await page.goto(url, { waitUntil: wait }).catch(() => undefined);
  await clickAction(s, page);
  const popup = await connectPopup(s);
  const snap = await settledSnapshot(popup);
  return { page, popup, snap };
}

describe('Chromium: axe on the real popup, both themes', () => {
  it.each([
    ['an article (the brief, with its AI notice)', '/', 'ready'],
    ['a news front page', '/text/front-page.html', 'not-article'],
  ])('%s', async (_name, path, state) => {
    const { page, popup, snap } = await popupFor(server.origin + path);
    expect(snap.state).toBe(state);
    expect(await axeBothThemes(popup)).toEqual({ light: [], dark: [] });
    popup.close();
    await page.close();
  });

  // Chrome shows an extension neither the URL of an empty tab nor that of its error page, even after
  // the toolbar click: both get the one plain state that names the two.
  it('an empty tab: says there is nothing to summarize, with no retry', async () => {
    const { page, popup, snap } = await popupFor('about:blank');
    expect(snap.state).toBe('no-page');
    expect(snap.text).toMatch(/Nothing to summarize in this tab/);
    expect(snap.text).not.toMatch(/Try again|No access/);
    expect(await axeBothThemes(popup)).toEqual({ light: [], dark: [] });
    popup.close();
    await page.close();
  });

  it('a page that failed to load: says it did not load, with no retry', async () => {
    // Nothing listens on port 9 of 127.0.0.1: the connection is refused.
    const { page, popup, snap } = await popupFor('http://127.0.0.1:9/', 'commit');
    expect(snap.state).toBe('no-page');
    expect(snap.text).toMatch(/its page didn’t load/);
    expect(snap.text).not.toMatch(/Try again|No access/);
    popup.close();
    await page.close();
  });
});

describe('Chromium: axe on the options page, both themes', () => {
  it('has no violation', async () => {
    const page = await s.context.newPage();
    await page.goto(`chrome-extension://${s.extensionId}/options/index.html`);
    await page.waitForSelector('[data-testid="theme"]');
    const client: Evaluator = { evaluate: <T,>(e: string) => page.evaluate(e) as Promise<T> };
    expect(await axeBothThemes(client)).toEqual({ light: [], dark: [] });
    expect(await page.textContent('[data-testid="shortcut"]')).toMatch(/Alt\+Shift\+S/);
    await page.close();
  });
});
