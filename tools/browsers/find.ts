/**
 * Find a Chromium-family browser (Chromium, Google Chrome, Microsoft Edge) or Firefox on Linux, macOS
 * and Windows, for `npm start` and `npm run dev`. The filesystem, the environment and the platform
 * come in as parameters, so the finder is tested on faked ones (tests/unit/tools/find.test.ts).
 *
 * Branded Chrome (137 and later) ignores `--load-extension`; `brand` says which browser was found,
 * so the launcher loads the extension through CDP `Extensions.loadUnpacked` there
 * (tools/browsers/chromium.ts).
 */
import { existsSync, statSync } from 'node:fs';
import { posix, win32 } from 'node:path';

export type ChromiumBrand = 'chromium' | 'chrome' | 'edge';

export interface FoundBrowser {
  path: string;
  brand: ChromiumBrand;
  /** Where it was found: an environment variable's name, `PATH`, or `install` (a known location). */
  via: string;
}

export interface FinderHost {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  /** True for an existing file (not a directory). */
  isFile(path: string): boolean;
}

export const realHost = (): FinderHost => ({
  platform: process.platform,
  env: process.env,
  isFile: (p) => {
    try {
      return existsSync(p) && statSync(p).isFile();
    } catch {
      return false;
    }
  },
});

/** Environment variables that name a browser, checked first, in this order. */
export const CHROMIUM_ENV = ['NUTSHELL_CHROME', 'CHROME_PATH', 'CHROMIUM_PATH'] as const;
export const FIREFOX_ENV = ['NUTSHELL_FIREFOX', 'FIREFOX_PATH'] as const;

/** Executable names looked up on PATH (Linux, and macOS/Windows when installed that way). */
const LINUX_NAMES: ReadonlyArray<[string, ChromiumBrand]> = [
  ['chromium', 'chromium'],
  ['chromium-browser', 'chromium'],
  ['google-chrome-stable', 'chrome'],
  ['google-chrome', 'chrome'],
  ['google-chrome-beta', 'chrome'],
  ['google-chrome-unstable', 'chrome'],
  ['microsoft-edge-stable', 'edge'],
  ['microsoft-edge', 'edge'],
  ['microsoft-edge-beta', 'edge'],
  ['microsoft-edge-dev', 'edge'],
];

const LINUX_PATHS: ReadonlyArray<[string, ChromiumBrand]> = [
  ['/snap/bin/chromium', 'chromium'],
  ['/var/lib/flatpak/exports/bin/org.chromium.Chromium', 'chromium'],
  ['/opt/google/chrome/chrome', 'chrome'],
  ['/var/lib/flatpak/exports/bin/com.google.Chrome', 'chrome'],
  ['/opt/microsoft/msedge/msedge', 'edge'],
];

const MAC_APPS: ReadonlyArray<[string, ChromiumBrand]> = [
  ['Chromium.app/Contents/MacOS/Chromium', 'chromium'],
  ['Google Chrome.app/Contents/MacOS/Google Chrome', 'chrome'],
  ['Google Chrome Beta.app/Contents/MacOS/Google Chrome Beta', 'chrome'],
  ['Google Chrome Dev.app/Contents/MacOS/Google Chrome Dev', 'chrome'],
  ['Google Chrome Canary.app/Contents/MacOS/Google Chrome Canary', 'chrome'],
  ['Microsoft Edge.app/Contents/MacOS/Microsoft Edge', 'edge'],
  ['Microsoft Edge Beta.app/Contents/MacOS/Microsoft Edge Beta', 'edge'],
  ['Microsoft Edge Dev.app/Contents/MacOS/Microsoft Edge Dev', 'edge'],
];

/** Below %LOCALAPPDATA%, %PROGRAMFILES% and %PROGRAMFILES(X86)%. */
const WINDOWS_SUFFIXES: ReadonlyArray<[string, ChromiumBrand]> = [
  ['Chromium\\Application\\chrome.exe', 'chromium'],
  ['Google\\Chrome\\Application\\chrome.exe', 'chrome'],
  ['Google\\Chrome Beta\\Application\\chrome.exe', 'chrome'],
  ['Google\\Chrome SxS\\Application\\chrome.exe', 'chrome'],
  ['Microsoft\\Edge\\Application\\msedge.exe', 'edge'],
  ['Microsoft\\Edge Beta\\Application\\msedge.exe', 'edge'],
  ['Microsoft\\Edge Dev\\Application\\msedge.exe', 'edge'],
];

/** The brand an explicitly named executable most likely is (by its file name). */
export function brandOf(path: string): ChromiumBrand {
  const name = (path.split(/[\\/]/).pop() ?? '').toLowerCase();
  if (/edge/.test(name)) return 'edge';
  if (/chromium/.test(name)) return 'chromium';
  // chrome.exe is Chromium's name on Windows too: the folder decides there.
  if (name === 'chrome.exe' && /[\\/]chromium[\\/]/i.test(path)) return 'chromium';
  return 'chrome';
}

function env(host: FinderHost, name: string): string | undefined {
  if (host.platform !== 'win32') return host.env[name] || undefined;
  // Windows environment names are case-insensitive.
  const key = Object.keys(host.env).find((k) => k.toLowerCase() === name.toLowerCase());
  return (key && host.env[key]) || undefined;
}

function onPath(host: FinderHost, names: ReadonlyArray<[string, ChromiumBrand]>): FoundBrowser[] {
  const win = host.platform === 'win32';
  const join = win ? win32.join : posix.join;
  const dirs = (env(host, 'PATH') ?? '').split(win ? ';' : ':').filter(Boolean);
  const exts = win ? (env(host, 'PATHEXT') ?? '.EXE').split(';').filter(Boolean) : [''];
  const found: FoundBrowser[] = [];
  for (const [name, brand] of names) {
    for (const dir of dirs) {
      const hit = exts.map((ext) => join(dir, name + ext.toLowerCase())).find((p) => host.isFile(p));
      if (hit) {
        found.push({ path: hit, brand, via: 'PATH' });
        break;
      }
    }
  }
  return found;
}

function fromEnv(host: FinderHost, names: readonly string[]): FoundBrowser[] {
  const found: FoundBrowser[] = [];
  for (const name of names) {
    const path = env(host, name);
    if (path && host.isFile(path)) found.push({ path, brand: brandOf(path), via: name });
  }
  return found;
}

function unique(list: FoundBrowser[]): FoundBrowser[] {
  const seen = new Set<string>();
  return list.filter((b) => !seen.has(b.path) && seen.add(b.path));
}

/**
 * Every Chromium-family browser found, best first: one named by the environment, then Chromium
 * (which still honours `--load-extension`), then Chrome, then Edge.
 */
export function findChromiumBrowsers(host: FinderHost = realHost()): FoundBrowser[] {
  const named = fromEnv(host, CHROMIUM_ENV);
  const installed: FoundBrowser[] = [];
  if (host.platform === 'darwin') {
    const home = env(host, 'HOME');
    const roots = ['/Applications', ...(home ? [posix.join(home, 'Applications')] : [])];
    for (const [app, brand] of MAC_APPS) {
      for (const root of roots) {
        const path = posix.join(root, app);
        if (host.isFile(path)) installed.push({ path, brand, via: 'install' });
      }
    }
    installed.push(...onPath(host, LINUX_NAMES));
  } else if (host.platform === 'win32') {
    const roots = ['LOCALAPPDATA', 'PROGRAMFILES', 'PROGRAMFILES(X86)'].map((n) => env(host, n)).filter((r): r is string => !!r);
    for (const [suffix, brand] of WINDOWS_SUFFIXES) {
      for (const root of roots) {
        const path = win32.join(root, suffix);
        if (host.isFile(path)) installed.push({ path, brand, via: 'install' });
      }
    }
    installed.push(...onPath(host, [['chrome', 'chrome'], ['msedge', 'edge']]));
  } else {
    installed.push(...onPath(host, LINUX_NAMES));
    for (const [path, brand] of LINUX_PATHS) if (host.isFile(path)) installed.push({ path, brand, via: 'install' });
  }
  const rank: Record<ChromiumBrand, number> = { chromium: 0, chrome: 1, edge: 2 };
  installed.sort((a, b) => rank[a.brand] - rank[b.brand]); // stable: keeps each brand's own order
  return unique([...named, ...installed]);
}

/** Firefox (any edition) on the three platforms: the environment, then PATH, then known locations. */
export function findFirefox(host: FinderHost = realHost()): string | null {
  const named = fromEnv(host, FIREFOX_ENV)[0];
  if (named) return named.path;
  const names: ReadonlyArray<[string, ChromiumBrand]> = ['firefox', 'firefox-esr', 'firefox-developer-edition', 'firefox-nightly'].map(
    (n) => [n, 'chrome'] as [string, ChromiumBrand],
  );
  if (host.platform === 'darwin') {
    for (const app of ['Firefox.app', 'Firefox Developer Edition.app', 'Firefox Nightly.app']) {
      const path = `/Applications/${app}/Contents/MacOS/firefox`;
      if (host.isFile(path)) return path;
    }
  } else if (host.platform === 'win32') {
    for (const root of ['PROGRAMFILES', 'PROGRAMFILES(X86)', 'LOCALAPPDATA'].map((n) => env(host, n)).filter((r): r is string => !!r)) {
      for (const dir of ['Mozilla Firefox', 'Firefox Developer Edition', 'Firefox Nightly']) {
        const path = win32.join(root, dir, 'firefox.exe');
        if (host.isFile(path)) return path;
      }
    }
  }
  return onPath(host, names)[0]?.path ?? null;
}

/** What to print when no browser was found: where it looked and how to point at one. */
export function notFoundHint(kind: 'chromium' | 'firefox', platform: NodeJS.Platform): string {
  const vars = (kind === 'chromium' ? CHROMIUM_ENV : FIREFOX_ENV).join(' or ');
  const install =
    platform === 'linux'
      ? kind === 'chromium'
        ? 'On Debian/Ubuntu: sudo apt-get install -y chromium'
        : 'On Debian: sudo apt-get install -y firefox-esr'
      : kind === 'chromium'
        ? 'Install Chromium, Google Chrome or Microsoft Edge'
        : 'Install Firefox';
  const what = kind === 'chromium' ? 'Chromium, Google Chrome or Microsoft Edge' : 'Firefox';
  return `No ${what} was found (looked at ${vars}, PATH and the usual install locations).\n${install}, or set ${vars} to the browser's executable.`;
}
