import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isSummaryLength, isSummarySentences, repairSettings } from '../../src/settings';

describe('repairSettings', () => {
  it('gives the defaults for a fresh install without reporting anything', () => {
    expect(repairSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, repaired: [] });
    expect(repairSettings(null).repaired).toEqual([]);
  });

  it('keeps valid values', () => {
    const { settings, repaired } = repairSettings({ version: 1, summarySentences: 7, theme: 'dark', textSize: 'larger', surface: 'panel', checkImageMetadata: true });
    expect(settings).toEqual({ version: 1, summarySentences: 7, theme: 'dark', textSize: 'larger', surface: 'panel', checkImageMetadata: true });
    expect(repaired).toEqual([]);
  });

  it.each([
    ['a string', 'garbage'],
    ['an array', [3, 'dark']],
    ['a number', 42],
  ])('replaces %s in storage with the defaults and says so', (_, stored) => {
    const { settings, repaired } = repairSettings(stored);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(repaired).toHaveLength(1);
  });

  it('repairs each bad field on its own and keeps the good ones', () => {
    const { settings, repaired } = repairSettings({ summarySentences: 4, theme: 'dark', surface: 'sidebar', checkImageMetadata: 'yes' });
    expect(settings.summarySentences).toBe(3);
    expect(settings.theme).toBe('dark');
    expect(settings.surface).toBe('popup');
    expect(settings.checkImageMetadata).toBe(false);
    expect(repaired.map((r) => r.split(':')[0])).toEqual(['summarySentences', 'surface', 'checkImageMetadata']);
  });

  it('migrates the older shape (sentences as a string, darkMode as a boolean)', () => {
    const { settings, repaired } = repairSettings({ sentences: '5', darkMode: true });
    expect(settings.summarySentences).toBe(5);
    expect(settings.theme).toBe('dark');
    expect(repaired).toEqual([]);
  });

  it('never lets prototype keys or extra keys through', () => {
    const { settings } = repairSettings(JSON.parse('{"__proto__": {"theme": "dark"}, "extra": 1}'));
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(Object.keys(settings).sort()).toEqual(['checkImageMetadata', 'summarySentences', 'surface', 'textSize', 'theme', 'version']);
  });
});

describe('summary lengths', () => {
  it('offers 3, 5 and 7 sentences as a setting (what the extension sends)', () => {
    for (const n of [3, 5, 7]) expect(isSummaryLength(n)).toBe(true);
    for (const v of [4, 1, '3', 3.0001, null]) expect(isSummaryLength(v)).toBe(false);
  });

  it('takes any whole number from 1 to 100 in the core (what the CLI accepts)', () => {
    for (const n of [1, 4, 20, 100]) expect(isSummarySentences(n)).toBe(true);
    for (const v of [0, 101, 2.5, -3, '4', NaN, Infinity]) expect(isSummarySentences(v)).toBe(false);
  });
});
