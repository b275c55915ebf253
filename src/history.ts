/**
 * History: the last briefs the reader asked for, kept on this machine (storage.local, at the edge:
 * extension/history-store.ts). Pure: what an entry holds, how a brief becomes one, how the list
 * grows, is searched and exported, and how whatever storage holds is narrowed back into entries
 * (anything malformed is dropped, never thrown on).
 *
 * An entry keeps what the popup shows (title, source, authors, times, summary, AI flags, URL) and
 * when it was read; not the article's text, not the unflagged images.
 */
import type { AiEvidenceKind, Analysis, Source, TimeDetail } from './analysis';
import { ANALYSIS_VERSION } from './analysis';
import { isRecord } from './util';

export const HISTORY_MAX = 200;
export const HISTORY_VERSION = 1;

/** The brief as kept: an Analysis without the article's text (the popup can show it as it is). */
export type KeptBrief = Analysis;

export interface HistoryEntry {
  /** When the brief was read (ISO 8601, UTC). */
  when: string;
  brief: KeptBrief;
}

const MAX_TEXT = 2_000;
const MAX_LIST = 50;

/** The entry for a brief read `when`: the text dropped, only AI-flagged images kept. */
export function toHistoryEntry(a: Analysis, when: Date): HistoryEntry {
  const images = a.ai.images.filter((i) => i.aiGenerated).slice(0, 10);
  return {
    when: when.toISOString(),
    // The text is dropped, so are the paragraph indexes into it (summaryParagraphs, grounding's
    // source); the built-in summary's grounding says nothing more (its sentences are the article's).
    brief: {
      ...a,
      text: '',
      summaryParagraphs: [],
      grounding: a.engine.id === 'builtin' ? [] : a.grounding.map((g) => ({ ...g, source: null })),
      ai: { ...a.ai, images },
    },
  };
}

/** The list with `entry` first, an older entry for the same URL dropped, cut to HISTORY_MAX. */
export function addToHistory(list: readonly HistoryEntry[], entry: HistoryEntry, max = HISTORY_MAX): HistoryEntry[] {
  return [entry, ...list.filter((e) => e.brief.url !== entry.brief.url)].slice(0, max);
}

/** A URL without its `#fragment` (cut at the first '#': no pattern to re-scan a run of them). */
const withoutFragment = (url: string): string => {
  const at = url.indexOf('#');
  return at < 0 ? url : url.slice(0, at);
};

/** The newest entry for this page (its URL, or its canonical URL), if any. */
export function findInHistory(list: readonly HistoryEntry[], url: string | undefined): HistoryEntry | null {
  if (!url) return null;
  const bare = withoutFragment(url);
  return list.find((e) => withoutFragment(e.brief.url) === bare || e.brief.source.canonicalUrl === bare) ?? null;
}

/** Entries whose title, site, domain, authors or summary hold every word of `query` (any case). */
export function searchHistory(list: readonly HistoryEntry[], query: string): HistoryEntry[] {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...list];
  return list.filter((e) => {
    const b = e.brief;
    const hay = [b.title, b.url, b.source.siteName, b.source.domain, b.source.publisher, ...b.authors, ...b.summary]
      .filter(Boolean)
      .join('\n')
      .toLocaleLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

// ---- narrowing what storage holds ----

const str = (v: unknown, max = MAX_TEXT): v is string => typeof v === 'string' && v.length <= max;
const strOrNull = (v: unknown, max = MAX_TEXT): v is string | null => v === null || str(v, max);
const strList = (v: unknown, maxItems = MAX_LIST): v is string[] => Array.isArray(v) && v.length <= maxItems && v.every((s) => str(s));
const count = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 1e9;

function isSource(v: unknown): v is Source {
  return (
    isRecord(v) &&
    strOrNull(v.siteName) &&
    strOrNull(v.domain) &&
    strOrNull(v.publisher) &&
    strOrNull(v.canonicalUrl) &&
    strOrNull(v.faviconUrl)
  );
}

function isTime(v: unknown): v is TimeDetail | null {
  if (v === null) return true;
  return (
    isRecord(v) &&
    str(v.iso, 64) &&
    str(v.signal, 200) &&
    strOrNull(v.zone, 64) &&
    strOrNull(v.timeZone, 64) &&
    (v.precision === 'day' || v.precision === 'minute' || v.precision === 'second') &&
    typeof v.hasOffset === 'boolean' &&
    (v.note === undefined || str(v.note, 200))
  );
}

const EVIDENCE_KINDS: readonly AiEvidenceKind[] = ['caption', 'credit', 'alt', 'attribute', 'page-note', 'json-ld', 'xmp', 'c2pa'];

function isAiImage(v: unknown): boolean {
  return (
    isRecord(v) &&
    str(v.src, 8_000) &&
    typeof v.aiGenerated === 'boolean' &&
    str(v.evidence) &&
    (v.evidenceKind === null || EVIDENCE_KINDS.some((k) => k === v.evidenceKind))
  );
}

const isHttpUrl = (v: unknown): v is string => str(v, 8_000) && /^https?:\/\//i.test(v);

/** A stored brief in every field the popup reads; false for anything else. */
export function isKeptBrief(v: unknown): v is KeptBrief {
  if (!isRecord(v)) return false;
  const times = v.times;
  const ai = v.ai;
  const notArticle = v.notArticle;
  return (
    v.version === ANALYSIS_VERSION &&
    isHttpUrl(v.url) &&
    str(v.title) &&
    strOrNull(v.lang, 35) &&
    (v.dir === null || v.dir === 'ltr' || v.dir === 'rtl') &&
    isSource(v.source) &&
    strList(v.authors) &&
    strOrNull(v.byline) &&
    strOrNull(v.credit) &&
    strOrNull(v.published, 64) &&
    strOrNull(v.modified, 64) &&
    isRecord(times) &&
    isTime(times.published) &&
    isTime(times.modified) &&
    strOrNull(v.excerpt) &&
    count(v.wordCount) &&
    count(v.readingTimeMinutes) &&
    strList(v.summary) &&
    Array.isArray(v.summaryParagraphs) &&
    v.summaryParagraphs.length <= MAX_LIST &&
    v.summaryParagraphs.every(count) &&
    str(v.text, 0) &&
    isRecord(ai) &&
    typeof ai.pageFlag === 'boolean' &&
    strOrNull(ai.textDisclosure) &&
    Array.isArray(ai.images) &&
    ai.images.length <= MAX_LIST &&
    ai.images.every(isAiImage) &&
    (notArticle === null || (isRecord(notArticle) && (notArticle.reason === 'no-content' || notArticle.reason === 'too-short') && str(notArticle.message)))
  );
}

function isEntry(v: unknown): v is HistoryEntry {
  return isRecord(v) && str(v.when, 40) && !Number.isNaN(Date.parse(v.when)) && isKeptBrief(v.brief);
}

/**
 * What storage holds, narrowed: the valid entries in stored order (newest first), one per URL, at
 * most HISTORY_MAX; `dropped` counts what was not kept. Garbage gives an empty history.
 */
export function repairHistory(stored: unknown): { entries: HistoryEntry[]; dropped: number } {
  if (!isRecord(stored) || stored.version !== HISTORY_VERSION || !Array.isArray(stored.entries)) {
    return { entries: [], dropped: stored === undefined ? 0 : 1 };
  }
  const seen = new Set<string>();
  const entries: HistoryEntry[] = [];
  for (const e of stored.entries as unknown[]) {
    if (entries.length >= HISTORY_MAX || !isEntry(e) || seen.has(e.brief.url)) continue;
    seen.add(e.brief.url);
    entries.push(e);
  }
  return { entries, dropped: (stored.entries as unknown[]).length - entries.length };
}

/** The shape written to storage. */
export function storedHistory(entries: readonly HistoryEntry[]): { version: typeof HISTORY_VERSION; entries: HistoryEntry[] } {
  return { version: HISTORY_VERSION, entries: entries.slice(0, HISTORY_MAX) };
}
