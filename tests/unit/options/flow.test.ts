/**
 * The options page's controller (options/flow.ts) with plain fakes for the browser: load, save,
 * and the image check's permission, which must be asked for before anything else is awaited.
 */
import { describe, expect, it, vi } from 'vitest';
import { createOptionsFlow, type OptionsDeps, type SettingsPatch } from '../../../options/flow';
import { DEFAULT_SETTINGS, repairSettings, type Settings } from '../../../src/settings';

function setup(stored: Partial<Settings> = {}, over: Partial<OptionsDeps> = {}) {
  let current: Settings = { ...DEFAULT_SETTINGS, ...stored };
  const order: string[] = [];
  const deps = {
    loadSettings: vi.fn(async () => current),
    saveSettings: vi.fn(async (patch: SettingsPatch) => {
      order.push('save');
      current = repairSettings({ ...current, ...patch }).settings;
      return current;
    }),
    applyTheme: vi.fn(),
    requestImageHosts: vi.fn(async () => (order.push('request'), true)),
    removeImageHosts: vi.fn(async () => (order.push('remove'), true)),
    ...over,
  } satisfies OptionsDeps;
  const flow = createOptionsFlow(deps);
  return { flow, deps, order, stored: () => current };
}

describe('options flow', () => {
  it('shows the defaults, then the stored settings in their theme', async () => {
    const { flow, deps } = setup({ summarySentences: 7, theme: 'dark' });
    expect(flow.view()).toEqual({ settings: DEFAULT_SETTINGS, status: '' });
    const seen = vi.fn();
    flow.subscribe(seen);
    await flow.start();
    expect(flow.view()).toEqual({ settings: { ...DEFAULT_SETTINGS, summarySentences: 7, theme: 'dark' }, status: '' });
    expect(deps.applyTheme).toHaveBeenCalledWith('dark');
    expect(seen).toHaveBeenCalledOnce();
  });

  it('saves a change at once, applies its theme and says "Saved"', async () => {
    const { flow, deps, stored } = setup();
    await flow.start();
    await flow.update({ theme: 'light' });
    expect(stored().theme).toBe('light');
    expect(deps.applyTheme).toHaveBeenLastCalledWith('light');
    expect(flow.view()).toEqual({ settings: stored(), status: 'Saved' });
    await flow.update({ summarySentences: 5 });
    expect(flow.view().settings).toMatchObject({ summarySentences: 5, theme: 'light' });
  });

  it('says why a change could not be saved, and keeps showing what is stored', async () => {
    const { flow } = setup({}, { saveSettings: vi.fn(async () => Promise.reject(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'))) });
    await flow.start();
    await flow.update({ theme: 'dark' });
    expect(flow.view()).toEqual({ settings: DEFAULT_SETTINGS, status: 'Could not save: QUOTA_BYTES_PER_ITEM quota exceeded' });
  });

  it('asks for the image hosts within the click, before anything is awaited, then saves the check on', async () => {
    const { flow, deps, order, stored } = setup();
    const done = flow.toggleImages(true);
    // Synchronously: Firefox refuses permissions.request after another await.
    expect(deps.requestImageHosts).toHaveBeenCalledOnce();
    await done;
    expect(order).toEqual(['request', 'save']);
    expect(stored().checkImageMetadata).toBe(true);
    expect(flow.view()).toMatchObject({ settings: { checkImageMetadata: true }, status: 'Saved' });
  });

  it.each([
    ['refuses', vi.fn(async () => false)],
    ['rejects the request', vi.fn(async () => Promise.reject(new Error('must be called during a user gesture')))],
  ])('leaves the check off when the reader (or the browser) %s', async (_, requestImageHosts) => {
    const { flow, deps } = setup({}, { requestImageHosts });
    await flow.toggleImages(true);
    expect(deps.saveSettings).not.toHaveBeenCalled();
    expect(flow.view()).toEqual({ settings: DEFAULT_SETTINGS, status: 'Permission not granted; image files will not be checked.' });
  });

  it('gives the permission back when the check is turned off, even if removing it fails', async () => {
    const { flow, order, stored } = setup({ checkImageMetadata: true }, { removeImageHosts: vi.fn(async () => Promise.reject(new Error('x'))) });
    await flow.start();
    await flow.toggleImages(false);
    expect(order).toEqual(['save']);
    expect(stored().checkImageMetadata).toBe(false);
    const again = setup({ checkImageMetadata: true });
    await again.flow.toggleImages(false);
    expect(again.order).toEqual(['remove', 'save']);
    expect(again.deps.requestImageHosts).not.toHaveBeenCalled();
  });
});
