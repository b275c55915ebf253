/**
 * The Chromium session and the test server a real-browser test file shares: started once before
 * its tests, closed after them. `use` receives both once they are up.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from '../../tools/browsers/chromium';
import { startServer, type ServerOptions, type StaticServer } from '../../tools/browsers/server';

export function withChromium(use: (s: ChromiumSession, server: StaticServer) => void, serverOptions?: ServerOptions): void {
  let s: ChromiumSession | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await startServer(0, serverOptions);
    s = await launchChromium();
    use(s, server);
  }, 60_000);
  afterAll(async () => {
    await s?.close();
    await server?.close();
  });
}

/** A new tab of the session showing `path` of the test server, loaded. */
export async function openPage(s: ChromiumSession, server: StaticServer, path: string): Promise<Page> {
  const page = await s.context.newPage();
  await page.goto(server.origin + path, { waitUntil: 'load' });
  return page;
}
