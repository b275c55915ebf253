/**
 * The storage edge of settings: `storage.sync` holds them, `repairSettings` decides what they are.
 * A read that finds garbage repairs it in storage too, so the next read is clean.
 */
import { browser } from './browser';
import { repairSettings, type Settings } from '../src/index';

const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  let stored: unknown;
  try {
    stored = (await browser.storage.sync.get(KEY))[KEY];
  } catch {
    // storage.sync can be unavailable (e.g. sync disabled by policy): the defaults still work.
    return repairSettings(undefined).settings;
  }
  const { settings, repaired } = repairSettings(stored);
  if (repaired.length > 0) {
    console.warn('Nutshell: repaired stored settings:', repaired.join('; '));
    await browser.storage.sync.set({ [KEY]: settings }).catch(() => undefined);
  }
  return settings;
}

export async function saveSettings(patch: Partial<Omit<Settings, 'version'>>): Promise<Settings> {
  const current = await loadSettings();
  const { settings } = repairSettings({ ...current, ...patch });
  await browser.storage.sync.set({ [KEY]: settings });
  return settings;
}
