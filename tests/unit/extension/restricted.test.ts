import { describe, expect, it } from 'vitest';
import { restrictedFromError, restrictedKind } from '../../../extension/restricted';

describe('restrictedKind', () => {
  it.each([
    ['chrome://extensions/', 'browser-page'],
    ['about:addons', 'browser-page'],
    ['about:blank', 'empty-tab'],
    ['about:newtab', 'empty-tab'],
    ['chrome://newtab/', 'empty-tab'],
    ['chrome-error://chromewebdata/', 'load-failed'],
    ['edge://settings', 'browser-page'],
    ['view-source:https://example.com/', 'view-source'],
    ['https://chromewebstore.google.com/detail/abc', 'web-store'],
    ['https://chrome.google.com/webstore/category/extensions', 'web-store'],
    ['https://addons.mozilla.org/en-US/firefox/addon/x/', 'web-store'],
    ['https://microsoftedge.microsoft.com/addons/detail/x', 'web-store'],
    ['https://example.com/report.pdf', 'pdf-viewer'],
    ['chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html?src=a.pdf', 'pdf-viewer'],
    ['moz-extension://1234/popup/index.html', 'extension-page'],
  ])('%s is %s', (url, kind) => {
    expect(restrictedKind(url)).toBe(kind);
  });

  it.each(['https://www.bbc.com/news/world-1', 'http://127.0.0.1:8080/', 'https://chrome.google.com/search', undefined, '', 'not a url'])(
    '%s is readable (or unknown)',
    (url) => {
      expect(restrictedKind(url)).toBeNull();
    },
  );
});

describe('restrictedFromError', () => {
  it('recognises the browsers’ messages for off-limits pages', () => {
    expect(restrictedFromError('Cannot access a chrome:// URL')).toBe('browser-page');
    expect(restrictedFromError('The extensions gallery cannot be scripted.')).toBe('web-store');
    expect(restrictedFromError('Frame with ID 0 is showing error page')).toBe('load-failed');
    expect(restrictedFromError('Cannot access contents of url "about:blank". Extension manifest must request permission to access this host.')).toBe('empty-tab');
  });
  it('leaves a missing permission to the caller (it is not a restricted page)', () => {
    expect(restrictedFromError('Missing host permission for the tab')).toBeNull();
    expect(restrictedFromError('Cannot access contents of url "http://a/". Extension manifest must request permission to access this host.')).toBeNull();
  });
});
