/**
 * The reader's own browser for `npm start` and `npm run dev`: the first Chromium-family browser
 * found (tools/browsers/find.ts), with the extension loaded the way that browser allows, or
 * Firefox through web-ext (which reloads the add-on when its files change).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { findChromiumBrowsers, findFirefox, notFoundHint, type FoundBrowser } from './find';
import { launchChromium, CHROME_DIST, type ChromiumSession } from './chromium';

export const FIREFOX_DIST_DIR = resolve(import.meta.dirname, '../../dist/firefox');

/** A display to open a window on: always on macOS and Windows; on Linux, X11 or Wayland. */
export function hasDisplay(env: Record<string, string | undefined> = process.env, platform = process.platform): boolean {
  if (env.NUTSHELL_HEADLESS === '1') return false;
  if (platform === 'darwin' || platform === 'win32') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/** Where `--browser PATH` or the finder points; exits with a hint when there is none. */
export function pickChromium(argv: string[]): FoundBrowser {
  const i = argv.indexOf('--browser');
  const named = i >= 0 ? argv[i + 1] : undefined;
  if (named) process.env.NUTSHELL_CHROME = named;
  const [best] = findChromiumBrowsers();
  if (!best) {
    console.error(notFoundHint('chromium', process.platform));
    process.exit(1);
  }
  return best;
}

/** Chromium honours `--load-extension`; Chrome and Edge need CDP (NUTSHELL_LOAD_VIA=cdp|flag forces one). */
export function loadViaFor(found: FoundBrowser, env: Record<string, string | undefined> = process.env): 'flag' | 'cdp' {
  if (env.NUTSHELL_LOAD_VIA === 'cdp' || env.NUTSHELL_LOAD_VIA === 'flag') return env.NUTSHELL_LOAD_VIA;
  return found.brand === 'chromium' ? 'flag' : 'cdp';
}

/** Launch `found` with dist/chrome loaded: `--load-extension` for Chromium, CDP for Chrome and Edge. */
export async function openChromium(
  found: FoundBrowser,
  options: { headless: boolean; userDataDir?: string; dist?: string },
): Promise<ChromiumSession & { proc: ChildProcess }> {
  return launchChromium({
    headless: options.headless,
    executablePath: found.path,
    loadVia: loadViaFor(found),
    dist: options.dist ?? CHROME_DIST,
    ...(options.userDataDir ? { userDataDir: options.userDataDir } : {}),
  });
}

/**
 * `web-ext run` on dist/firefox with the page open. It reloads the add-on when a watched file
 * changes: every file of the build by default, or only `watchFile` (written once a rebuild is whole).
 */
export function runWebExt(url: string, options: { watchFile?: string; headless?: boolean } = {}): ChildProcess {
  const firefox = findFirefox();
  if (!firefox) {
    console.error(notFoundHint('firefox', process.platform));
    process.exit(1);
  }
  const bin = resolve(import.meta.dirname, '../../node_modules/web-ext/bin/web-ext.js');
  const args = [bin, 'run', '--source-dir', FIREFOX_DIST_DIR, '--firefox', firefox, '--start-url', url, '--no-input'];
  if (options.watchFile) args.push('--watch-file', options.watchFile);
  if (options.headless) args.push('--arg=-headless');
  console.log(`Firefox: ${firefox}`);
  return spawn(process.execPath, args, { stdio: 'inherit' });
}
