/**
 * Drive Debian's Chromium with the built extension (dist/chrome). Playwright attaches over CDP for
 * pages and the service worker; the action popup is a CDP target Playwright does not list, so it
 * is reached through its own DevTools WebSocket. `Extensions.triggerAction` is a real toolbar click:
 * unlike `action.openPopup()`, it grants activeTab (TOOLCHAIN.md).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import WebSocket from 'ws';
import { CHROMIUM } from './browsers';

export const CHROME_DIST = resolve(import.meta.dirname, '../../dist/chrome');

/**
 * A copy of dist/chrome whose manifest also lists `hosts` as host permissions (granted at install
 * to an unpacked extension): the one way to have a host permission granted in a headless test,
 * since the browser's permission prompt cannot be clicked. Everything else is the shipped build.
 */
export function chromeCopyWithHosts(hosts: string[]): { dist: string; remove(): void } {
  const dist = mkdtempSync(join(tmpdir(), 'nutshell-chrome-ext-'));
  cpSync(CHROME_DIST, dist, { recursive: true });
  const manifestPath = join(dist, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = hosts;
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return { dist, remove: () => rmSync(dist, { recursive: true, force: true }) };
}

export interface ChromiumSession {
  browser: Browser;
  context: BrowserContext;
  cdp: CDPSession;
  worker: Worker;
  extensionId: string;
  wsEndpoint: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  dist?: string;
  /** More command-line switches (the benchmark keeps every host but 127.0.0.1 unresolved). */
  args?: string[];
  /** The browser (tools/browsers/find.ts); Debian's Chromium by default. */
  executablePath?: string;
  /**
   * How the extension is loaded: `flag` (`--load-extension`, which Chromium honours) or `cdp`
   * (`Extensions.loadUnpacked` over `--remote-debugging-pipe`: branded Chrome 137 and later ignore
   * the flag, and accept the command only from a pipe client).
   */
  loadVia?: 'flag' | 'cdp';
  /** A profile to keep between runs (`npm run dev`); a fresh temporary one by default. */
  userDataDir?: string;
}

/**
 * `Extensions.loadUnpacked` over the DevTools pipe (file descriptors 3 and 4 of the browser:
 * messages are JSON, each ended by a NUL byte). Returns the extension's id.
 */
export async function loadUnpackedOverPipe(proc: ChildProcess, path: string, timeoutMs = 30_000): Promise<string> {
  const toBrowser = proc.stdio[3] as NodeJS.WritableStream | null;
  const fromBrowser = proc.stdio[4] as NodeJS.ReadableStream | null;
  if (!toBrowser || !fromBrowser) throw new Error('the browser was not started with --remote-debugging-pipe');
  const id = Math.floor(Math.random() * 1e9);
  return new Promise<string>((ok, fail) => {
    let buffered = '';
    const timer = setTimeout(() => fail(new Error('Extensions.loadUnpacked did not answer')), timeoutMs);
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString();
      let end: number;
      while ((end = buffered.indexOf('\0')) >= 0) {
        const message = JSON.parse(buffered.slice(0, end)) as { id?: number; result?: { id: string }; error?: { message: string } };
        buffered = buffered.slice(end + 1);
        if (message.id !== id) continue;
        clearTimeout(timer);
        fromBrowser.off('data', onData);
        if (message.error || !message.result) fail(new Error(`Extensions.loadUnpacked: ${message.error?.message ?? 'no result'}`));
        else ok(message.result.id);
      }
    };
    fromBrowser.on('data', onData);
    toBrowser.write(JSON.stringify({ id, method: 'Extensions.loadUnpacked', params: { path } }) + '\0');
  });
}

export async function launchChromium(options: LaunchOptions = {}): Promise<ChromiumSession & { proc: ChildProcess }> {
  const dist = options.dist ?? CHROME_DIST;
  const viaCdp = options.loadVia === 'cdp';
  const keepProfile = options.userDataDir !== undefined;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'nutshell-chromium-'));
  const args = [
    ...(options.headless === false ? [] : ['--headless=new']),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--no-default-browser-check',
    `--user-data-dir=${userDataDir}`,
    '--remote-debugging-port=0',
    '--enable-unsafe-extension-debugging',
    ...(viaCdp ? ['--remote-debugging-pipe'] : [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`]),
    ...(options.args ?? []),
    'about:blank',
  ];
  const proc: ChildProcess = spawn(options.executablePath ?? CHROMIUM, args, {
    stdio: viaCdp ? ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] : ['ignore', 'ignore', 'pipe'],
  });
  // Never leave a browser behind, even when the test runner or a script dies first.
  const reap = () => proc.kill('SIGKILL');
  process.once('exit', reap);
  const wsEndpoint = await new Promise<string>((ok, fail) => {
    let log = '';
    const timer = setTimeout(() => fail(new Error(`Chromium did not start:\n${log.slice(-2000)}`)), 30_000);
    proc.stderr?.on('data', (d: Buffer) => {
      log += d.toString();
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(log);
      if (m) {
        clearTimeout(timer);
        ok(m[1]!);
      }
    });
    proc.once('exit', (code) => fail(new Error(`Chromium exited with ${code}:\n${log.slice(-2000)}`)));
  });
  const browser = await chromium.connectOverCDP(wsEndpoint);
  const context = browser.contexts()[0]!;
  // The worker may start before or after Playwright attaches: listen first, then look.
  const event = context.waitForEvent('serviceworker', { timeout: 45_000 });
  const loadedId = viaCdp ? await loadUnpackedOverPipe(proc, dist) : null;
  const ours = (w: Worker) => w.url().startsWith(loadedId ? `chrome-extension://${loadedId}/` : 'chrome-extension://');
  const worker =
    context.serviceWorkers().find(ours) ?? (await (loadedId ? context.waitForEvent('serviceworker', { predicate: ours, timeout: 45_000 }) : event));
  event.catch(() => undefined);
  const extensionId = new URL(worker.url()).host;
  const cdp = await browser.newBrowserCDPSession();
  return {
    browser,
    context,
    cdp,
    worker,
    extensionId,
    wsEndpoint,
    proc,
    async close() {
      await browser.close().catch(() => undefined);
      const exited = new Promise((ok) => proc.once('exit', ok));
      proc.kill('SIGKILL');
      await exited;
      if (keepProfile) return;
      try {
        rmSync(userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
      } catch {
        // A crashpad helper can outlive the browser for a moment; a leftover temp dir is harmless.
      }
    },
  };
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

export async function targets(s: ChromiumSession): Promise<TargetInfo[]> {
  const { targetInfos } = (await s.cdp.send('Target.getTargets', { filter: [{}] } as never)) as { targetInfos: TargetInfo[] };
  return targetInfos;
}

const seenPopups = new Set<string>();

/** Click the toolbar button for the tab showing `page` (a real user gesture: grants activeTab). */
export async function clickAction(s: ChromiumSession, page: Page): Promise<void> {
  for (const t of await targets(s)) if (t.url.includes('/popup/')) seenPopups.add(t.targetId);
  const url = page.url();
  const tab = (await targets(s)).find((t) => t.type === 'tab' && t.url === url);
  if (!tab) throw new Error(`no tab target for ${url}`);
  await page.bringToFront();
  await s.cdp.send('Extensions.triggerAction' as never, { id: s.extensionId, targetId: tab.targetId } as never);
}

/** A minimal CDP client for one page target (the action popup). */
export class TargetClient {
  private nextId = 1;
  private pending = new Map<number, { ok(v: unknown): void; fail(e: Error): void }>();
  private constructor(private ws: WebSocket) {
    ws.on('message', (data) => {
      const msg = JSON.parse(String(data)) as { id?: number; result?: unknown; error?: { message: string } };
      const p = msg.id !== undefined ? this.pending.get(msg.id) : undefined;
      if (!p) return;
      this.pending.delete(msg.id!);
      if (msg.error) p.fail(new Error(msg.error.message));
      else p.ok(msg.result);
    });
  }

  static async connect(wsEndpoint: string, targetId: string): Promise<TargetClient> {
    const url = wsEndpoint.replace(/\/devtools\/browser\/.*$/, `/devtools/page/${targetId}`);
    const ws = new WebSocket(url);
    await new Promise<void>((ok, fail) => {
      ws.once('open', () => ok());
      ws.once('error', fail);
    });
    return new TargetClient(ws);
  }

  send(method: string, params: Record<string, unknown> = {}): Promise<unknown> {
    const id = this.nextId++;
    this.ws.send(JSON.stringify({ id, method, params }));
    return new Promise((ok, fail) => this.pending.set(id, { ok, fail }));
  }

  async evaluate<T>(expression: string): Promise<T> {
    const r = (await this.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true })) as {
      result: { value: T };
      exceptionDetails?: { text: string };
    };
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.text);
    return r.result.value;
  }

  /** Poll until `expression` is truthy (or time out with the last value). */
  async waitFor<T>(expression: string, timeoutMs = 15_000): Promise<T> {
    const end = Date.now() + timeoutMs;
    let last: T | undefined;
    while (Date.now() < end) {
      last = await this.evaluate<T>(expression).catch(() => undefined as T);
      if (last) return last;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`timed out waiting for ${expression} (last: ${JSON.stringify(last)})`);
  }

  close(): void {
    this.ws.close();
  }
}

/** Wait for a popup that was not open before the last clickAction, then connect to it. */
export async function connectPopup(s: ChromiumSession, timeoutMs = 10_000): Promise<TargetClient> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const popup = (await targets(s)).find(
      (t) => t.type === 'page' && t.url.startsWith(`chrome-extension://${s.extensionId}/popup/`) && !seenPopups.has(t.targetId),
    );
    if (popup) {
      seenPopups.add(popup.targetId);
      return TargetClient.connect(s.wsEndpoint, popup.targetId);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the action popup did not open');
}

/** Read what the popup shows, through its data-testid hooks (the popup's page object). */
export const POPUP_SNAPSHOT = `(() => {
  const q = (id) => document.querySelector('[data-testid="' + id + '"]');
  const t = (id) => q(id)?.textContent?.trim() ?? null;
  // A brief shown from the history while the page is read again is 'kept', not yet settled.
  const state = q('state')?.getAttribute('data-state') ?? (q('brief') ? (q('brief').hasAttribute('data-kept') ? 'kept' : 'ready') : null);
  return {
    state,
    title: t('title'),
    site: t('site-name'),
    byline: t('byline'),
    published: q('time-published')?.querySelector('summary')?.textContent?.trim() ?? null,
    updated: q('time-updated')?.querySelector('summary')?.textContent?.trim() ?? null,
    readingTime: t('reading-time'),
    mode: q('brief')?.getAttribute('data-mode') ?? null,
    summaryButtons: document.querySelectorAll('[data-testid="summary"] button').length,
    permissionText: t('link-permission-text'),
    grantButton: t('grant-link'),
    detail: t('error-detail'),
    summary: Array.from(document.querySelectorAll('[data-testid="summary"] li')).map((li) => (li.querySelector('.bullet-text') ?? li).textContent.trim()),
    ai: t('ai-notice'),
    articleLink: q('article-link')?.getAttribute('href') ?? null,
    text: document.body.innerText,
    theme: document.documentElement.dataset.theme ?? null,
  };
})()`;

export interface PopupSnapshot {
  state: string | null;
  title: string | null;
  site: string | null;
  byline: string | null;
  published: string | null;
  updated: string | null;
  readingTime: string | null;
  mode: string | null;
  summaryButtons: number;
  permissionText: string | null;
  grantButton: string | null;
  detail: string | null;
  summary: string[];
  ai: string | null;
  articleLink: string | null;
  text: string;
  theme: string | null;
}

/** Wait until the popup has left its loading state, then snapshot it. */
export async function settledSnapshot(client: { evaluate<T>(e: string): Promise<T> }, timeoutMs = 20_000): Promise<PopupSnapshot> {
  const end = Date.now() + timeoutMs;
  let snap: PopupSnapshot | undefined;
  while (Date.now() < end) {
    snap = await client.evaluate<PopupSnapshot>(POPUP_SNAPSHOT).catch(() => undefined);
    if (snap && snap.state && snap.state !== 'loading' && snap.state !== 'waiting' && snap.state !== 'kept') return snap;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`popup did not settle: ${JSON.stringify(snap)}`);
}
