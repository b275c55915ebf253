/**
 * Settings: one typed defaults object, one validator. Everything read from storage is `unknown`
 * until `repairSettings` has narrowed it; bad or old-shaped values fall back to the defaults and
 * are reported, never thrown. The storage adapter lives at the edge (extension/settings-store.ts).
 */

export const SUMMARY_LENGTHS = [3, 5, 7] as const;
export type SummaryLength = (typeof SUMMARY_LENGTHS)[number];

export function isSummaryLength(v: unknown): v is SummaryLength {
  return SUMMARY_LENGTHS.some((n) => n === v);
}

/**
 * What the core reads of the settings: the number of summary sentences, any whole number from
 * SUMMARY_SENTENCES_MIN to SUMMARY_SENTENCES_MAX. The options page offers SUMMARY_LENGTHS only (and
 * only those cross the extension's wire); the CLI takes `--sentences N`.
 */
export interface SummarySettings {
  summarySentences: number;
}

export const SUMMARY_SENTENCES_MIN = 1;
export const SUMMARY_SENTENCES_MAX = 100;

export function isSummarySentences(v: unknown): v is number {
  return Number.isInteger(v) && (v as number) >= SUMMARY_SENTENCES_MIN && (v as number) <= SUMMARY_SENTENCES_MAX;
}

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** The popup's and options page's text size (the browser's zoom applies on top). */
export const TEXT_SIZES = ['normal', 'large', 'larger'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

/** Where the toolbar button shows the brief: the popup (default) or the browser's side panel. */
export const SURFACES = ['popup', 'panel'] as const;
export type Surface = (typeof SURFACES)[number];

export const SETTINGS_VERSION = 1;

export interface Settings {
  version: typeof SETTINGS_VERSION;
  summarySentences: SummaryLength;
  theme: Theme;
  textSize: TextSize;
  surface: Surface;
  /** Opt-in: fetch the article's image files to read XMP/C2PA provenance. Needs a host permission. */
  checkImageMetadata: boolean;
}

// Pure: modules that import only the validators (the content script, through extension/protocol.ts) drop it.
export const DEFAULT_SETTINGS: Readonly<Settings> = /* @__PURE__ */ Object.freeze({
  version: SETTINGS_VERSION,
  summarySentences: 3,
  theme: 'system',
  textSize: 'normal',
  surface: 'popup',
  checkImageMetadata: false,
});

export interface RepairResult {
  settings: Settings;
  /** One line per value that was replaced by its default (empty when storage was clean). */
  repaired: string[];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function pick<T>(allowed: readonly T[], value: unknown): T | undefined {
  return allowed.find((a) => a === value);
}

/**
 * Turn whatever storage held into valid Settings.
 * - missing keys take defaults silently (a fresh install is not an error);
 * - present but invalid values take defaults and are listed in `repaired`;
 * - older shapes are migrated: v0 stored `sentences` as a string ("5") and `darkMode` as a boolean.
 */
export function repairSettings(stored: unknown): RepairResult {
  const repaired: string[] = [];
  const out: Settings = { ...DEFAULT_SETTINGS };
  if (stored === undefined || stored === null) return { settings: out, repaired };
  if (!isRecord(stored)) {
    repaired.push(`settings: expected an object, found ${typeof stored}`);
    return { settings: out, repaired };
  }

  // v0 → v1 migration.
  const s: Record<string, unknown> = { ...stored };
  if (s.summarySentences === undefined && s.sentences !== undefined) {
    s.summarySentences = typeof s.sentences === 'string' ? Number(s.sentences) : s.sentences;
  }
  if (s.theme === undefined && typeof s.darkMode === 'boolean') {
    s.theme = s.darkMode ? 'dark' : 'light';
  }

  if (s.summarySentences !== undefined) {
    const v = pick(SUMMARY_LENGTHS, s.summarySentences);
    if (v === undefined) repaired.push(`summarySentences: ${JSON.stringify(s.summarySentences)} is not 3, 5 or 7`);
    else out.summarySentences = v;
  }
  if (s.theme !== undefined) {
    const v = pick(THEMES, s.theme);
    if (v === undefined) repaired.push(`theme: ${JSON.stringify(s.theme)} is not system, light or dark`);
    else out.theme = v;
  }
  if (s.textSize !== undefined) {
    const v = pick(TEXT_SIZES, s.textSize);
    if (v === undefined) repaired.push(`textSize: ${JSON.stringify(s.textSize)} is not normal, large or larger`);
    else out.textSize = v;
  }
  if (s.surface !== undefined) {
    const v = pick(SURFACES, s.surface);
    if (v === undefined) repaired.push(`surface: ${JSON.stringify(s.surface)} is not popup or panel`);
    else out.surface = v;
  }
  if (s.checkImageMetadata !== undefined) {
    if (typeof s.checkImageMetadata !== 'boolean') {
      repaired.push(`checkImageMetadata: ${JSON.stringify(s.checkImageMetadata)} is not a boolean`);
    } else out.checkImageMetadata = s.checkImageMetadata;
  }
  return { settings: out, repaired };
}
