import { describe, expect, it } from 'vitest';
import { hasDisplay, loadViaFor } from '../../../tools/browsers/desktop';

describe('hasDisplay', () => {
  it('opens a window on macOS and Windows, and on Linux only with X11 or Wayland', () => {
    expect(hasDisplay({}, 'darwin')).toBe(true);
    expect(hasDisplay({}, 'win32')).toBe(true);
    expect(hasDisplay({}, 'linux')).toBe(false);
    expect(hasDisplay({ DISPLAY: ':0' }, 'linux')).toBe(true);
    expect(hasDisplay({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toBe(true);
    expect(hasDisplay({ DISPLAY: ':0', NUTSHELL_HEADLESS: '1' }, 'linux')).toBe(false);
  });
});

describe('loadViaFor', () => {
  it('loads into Chromium with the flag, into branded Chrome and Edge through CDP', () => {
    expect(loadViaFor({ path: '/usr/bin/chromium', brand: 'chromium', via: 'PATH' }, {})).toBe('flag');
    expect(loadViaFor({ path: '/opt/google/chrome/chrome', brand: 'chrome', via: 'install' }, {})).toBe('cdp');
    expect(loadViaFor({ path: '/opt/microsoft/msedge/msedge', brand: 'edge', via: 'install' }, {})).toBe('cdp');
    expect(loadViaFor({ path: '/usr/bin/chromium', brand: 'chromium', via: 'PATH' }, { NUTSHELL_LOAD_VIA: 'cdp' })).toBe('cdp');
  });
});
