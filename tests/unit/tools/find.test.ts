import { describe, expect, it } from 'vitest';
import { brandOf, findChromiumBrowsers, findFirefox, notFoundHint, type FinderHost } from '../../../tools/browsers/find';

/** A machine with these files (and nothing else), this platform and this environment. */
function host(platform: NodeJS.Platform, files: string[], env: Record<string, string> = {}): FinderHost {
  const set = new Set(files);
  return { platform, env, isFile: (p) => set.has(p) };
}

describe('findChromiumBrowsers', () => {
  it('finds Debian chromium on PATH before branded Chrome in /opt', () => {
    const found = findChromiumBrowsers(host('linux', ['/usr/bin/chromium', '/opt/google/chrome/chrome'], { PATH: '/usr/local/bin:/usr/bin:/bin' }));
    expect(found).toEqual([
      { path: '/usr/bin/chromium', brand: 'chromium', via: 'PATH' },
      { path: '/opt/google/chrome/chrome', brand: 'chrome', via: 'install' },
    ]);
  });

  it('finds google-chrome and Edge on PATH, Chrome first, each once', () => {
    const found = findChromiumBrowsers(
      host('linux', ['/usr/bin/microsoft-edge-stable', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome', '/opt/microsoft/msedge/msedge'], {
        PATH: '/usr/bin',
      }),
    );
    expect(found.map((b) => [b.path, b.brand])).toEqual([
      ['/usr/bin/google-chrome-stable', 'chrome'],
      ['/usr/bin/google-chrome', 'chrome'],
      ['/usr/bin/microsoft-edge-stable', 'edge'],
      ['/opt/microsoft/msedge/msedge', 'edge'],
    ]);
  });

  it('puts a browser named by the environment first, and ignores a name that is not a file', () => {
    const h = host('linux', ['/usr/bin/chromium', '/home/me/chrome-linux64/chrome'], {
      PATH: '/usr/bin',
      NUTSHELL_CHROME: '/nowhere/chrome',
      CHROME_PATH: '/home/me/chrome-linux64/chrome',
    });
    expect(findChromiumBrowsers(h)[0]).toEqual({ path: '/home/me/chrome-linux64/chrome', brand: 'chrome', via: 'CHROME_PATH' });
    expect(findChromiumBrowsers(h).map((b) => b.path)).not.toContain('/nowhere/chrome');
  });

  it('finds the macOS apps in /Applications and ~/Applications', () => {
    const found = findChromiumBrowsers(
      host(
        'darwin',
        ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Users/ann/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'],
        { HOME: '/Users/ann', PATH: '/usr/bin:/bin' },
      ),
    );
    expect(found).toEqual([
      { path: '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', brand: 'chrome', via: 'install' },
      { path: '/Users/ann/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge', brand: 'edge', via: 'install' },
    ]);
  });

  it('finds Chrome and Edge under the Windows install roots, whatever the case of the variables', () => {
    const found = findChromiumBrowsers(
      host(
        'win32',
        ['C:\\Users\\ann\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe', 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'],
        { LocalAppData: 'C:\\Users\\ann\\AppData\\Local', ProgramFiles: 'C:\\Program Files', 'ProgramFiles(x86)': 'C:\\Program Files (x86)', Path: 'C:\\Windows' },
      ),
    );
    expect(found.map((b) => [b.path, b.brand])).toEqual([
      ['C:\\Users\\ann\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe', 'chrome'],
      ['C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe', 'edge'],
    ]);
  });

  it('finds a Windows browser on Path with PATHEXT', () => {
    const found = findChromiumBrowsers(host('win32', ['D:\\tools\\chrome.exe'], { Path: 'C:\\Windows;D:\\tools', PATHEXT: '.COM;.EXE' }));
    expect(found).toEqual([{ path: 'D:\\tools\\chrome.exe', brand: 'chrome', via: 'PATH' }]);
  });

  it('finds nothing on a machine without a browser', () => {
    expect(findChromiumBrowsers(host('linux', ['/usr/bin/firefox'], { PATH: '/usr/bin' }))).toEqual([]);
    expect(findChromiumBrowsers(host('darwin', [], {}))).toEqual([]);
    expect(findChromiumBrowsers(host('win32', [], {}))).toEqual([]);
  });
});

describe('brandOf', () => {
  it('tells a browser named by path by its file name', () => {
    expect(brandOf('/usr/bin/chromium-browser')).toBe('chromium');
    expect(brandOf('C:\\Program Files\\Chromium\\Application\\chrome.exe')).toBe('chromium');
    expect(brandOf('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe')).toBe('chrome');
    expect(brandOf('/opt/microsoft/msedge/msedge')).toBe('edge');
  });
});

describe('findFirefox', () => {
  it('finds firefox-esr on PATH, the macOS app and the Windows install', () => {
    expect(findFirefox(host('linux', ['/usr/bin/firefox-esr'], { PATH: '/usr/bin' }))).toBe('/usr/bin/firefox-esr');
    expect(findFirefox(host('darwin', ['/Applications/Firefox.app/Contents/MacOS/firefox'], {}))).toBe('/Applications/Firefox.app/Contents/MacOS/firefox');
    expect(findFirefox(host('win32', ['C:\\Program Files\\Mozilla Firefox\\firefox.exe'], { PROGRAMFILES: 'C:\\Program Files' }))).toBe(
      'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
    );
  });

  it('prefers FIREFOX_PATH, and gives null when there is none', () => {
    expect(findFirefox(host('linux', ['/usr/bin/firefox', '/opt/ff/firefox'], { PATH: '/usr/bin', FIREFOX_PATH: '/opt/ff/firefox' }))).toBe('/opt/ff/firefox');
    expect(findFirefox(host('linux', [], { PATH: '/usr/bin' }))).toBeNull();
  });
});

describe('notFoundHint', () => {
  it('says where it looked and how to name a browser', () => {
    expect(notFoundHint('chromium', 'linux')).toMatch(/CHROME_PATH.*\n.*apt-get install -y chromium/s);
    expect(notFoundHint('firefox', 'darwin')).toMatch(/FIREFOX_PATH/);
  });
});
