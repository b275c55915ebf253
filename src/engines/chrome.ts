/**
 * Chrome's on-device engine: the Summarizer API (Chrome 138+ on desktop, Gemini Nano). The API object
 * is passed in (the popup passes `globalThis.Summarizer`, tests a fake): nothing here names a global.
 *
 * - `availability()` is asked with the same options `create()` gets (type key-points, Markdown, the
 *   length for 3/5/7 bullets, the input and output languages, the shared context), as the spec asks.
 *   States: `unsupported` (no API: Firefox, other browsers), `unavailable` (Debian's Chromium, machines
 *   below the hardware floor), `downloadable` (create() needs a click's user activation), `downloading`,
 *   `available`.
 * - The text is fitted to `inputQuota` with `measureInputUsage`, halved until it fits.
 * - Errors (NotAllowedError, NotSupportedError, QuotaExceededError, NotReadableError, AbortError…)
 *   become EngineErrors, a code each (the edge words them in the reader's language; `message` is
 *   English). A QuotaExceededError from the model itself cuts the text in half and tries again.
 */
import { EngineError } from './openai';
import { cutText, parseBullets, type ArticleInput } from './prompt';

export type ChromeAvailability = 'unsupported' | 'unavailable' | 'downloadable' | 'downloading' | 'available';

export interface SummarizerCreateOptions {
  type: 'key-points';
  format: 'markdown' | 'plain-text';
  length: 'short' | 'medium' | 'long';
  expectedInputLanguages?: string[];
  outputLanguage?: string;
  sharedContext?: string;
  signal?: AbortSignal;
  monitor?: (m: EventTarget) => void;
}

export interface SummarizerLike {
  readonly inputQuota: number;
  measureInputUsage(text: string, opts?: { context?: string; signal?: AbortSignal }): Promise<number>;
  summarize(text: string, opts?: { context?: string; signal?: AbortSignal }): Promise<string>;
  summarizeStreaming(text: string, opts?: { context?: string; signal?: AbortSignal }): ReadableStream<string>;
  destroy(): void;
}

export interface SummarizerApi {
  availability(opts?: Omit<SummarizerCreateOptions, 'signal' | 'monitor'>): Promise<string>;
  create(opts?: SummarizerCreateOptions): Promise<SummarizerLike>;
}

/** Output languages the API supports today (Chrome 138: English, Spanish, Japanese). */
export const CHROME_OUTPUT_LANGUAGES = ['en', 'es', 'ja'] as const;

/** key-points: short = 3 bullets, medium = 5, long = 7. */
export function lengthFor(bullets: number): SummarizerCreateOptions['length'] {
  return bullets <= 3 ? 'short' : bullets <= 5 ? 'medium' : 'long';
}

/** The options for both availability() and create(). */
export function summarizerOptions(article: ArticleInput, bullets: number): Omit<SummarizerCreateOptions, 'signal' | 'monitor'> {
  const lang = (article.lang ?? '').slice(0, 2).toLowerCase();
  const out = (CHROME_OUTPUT_LANGUAGES as readonly string[]).includes(lang) ? lang : 'en';
  return {
    type: 'key-points',
    format: 'markdown',
    length: lengthFor(bullets),
    ...(lang ? { expectedInputLanguages: [lang] } : {}),
    outputLanguage: out,
    sharedContext: [`A news article: "${article.title}"`, article.source ? `from ${article.source}` : ''].filter(Boolean).join(' '),
  };
}

export async function chromeAvailability(api: SummarizerApi | null | undefined, article: ArticleInput, bullets: number): Promise<ChromeAvailability> {
  if (!api || typeof api.availability !== 'function') return 'unsupported';
  try {
    const a = await api.availability(summarizerOptions(article, bullets));
    return a === 'available' || a === 'downloadable' || a === 'downloading' ? a : 'unavailable';
  } catch {
    return 'unavailable';
  }
}

/** A thrown DOMException (or anything) as an EngineError: one code per exception, worded by the edge. */
export function chromeError(e: unknown): EngineError {
  if (e instanceof EngineError) return e;
  const name = (e as { name?: string })?.name ?? '';
  switch (name) {
    case 'NotAllowedError':
      return new EngineError('chrome-not-allowed', 'Chrome did not allow the on-device model here (it needs a click to download, and is off in some profiles and by some policies).');
    case 'NotSupportedError':
      return new EngineError('chrome-not-supported', "Chrome's on-device model does not support this article's language or these options.");
    case 'QuotaExceededError':
      return new EngineError('chrome-quota', "The article is too long for Chrome's on-device model.");
    case 'NotReadableError':
      return new EngineError('chrome-not-readable', "Chrome's on-device model declined to summarize this text.");
    case 'AbortError':
      return new EngineError('aborted', 'The summary was cancelled.');
    case 'InvalidStateError':
      return new EngineError('chrome-not-ready', "Chrome's on-device model is not ready: try again in a moment.");
    default: {
      const detail = (e as Error)?.message ?? String(e);
      return new EngineError('chrome-failed', `Chrome's on-device model failed: ${detail}`, { detail });
    }
  }
}

export interface ChromeRequest {
  bullets: number;
  signal?: AbortSignal;
  /** Download progress, 0 to 1 (`downloadprogress` events). */
  onProgress?: (loaded: number) => void;
  onText?: (textSoFar: string) => void;
}

export interface ChromeResult {
  bullets: string[];
  inputCut: boolean;
}

/** Create the summarizer (call it from a click when the model is `downloadable`), fit the text to its
 *  quota, stream the key points. */
export async function summarizeWithChrome(api: SummarizerApi, article: ArticleInput, req: ChromeRequest): Promise<ChromeResult> {
  let summarizer: SummarizerLike | undefined;
  try {
    summarizer = await api.create({
      ...summarizerOptions(article, req.bullets),
      ...(req.signal ? { signal: req.signal } : {}),
      monitor(m) {
        m.addEventListener('downloadprogress', (e) => req.onProgress?.((e as Event & { loaded?: number }).loaded ?? 0));
      },
    });
    const context = article.title;
    let text = article.text;
    let inputCut = false;
    // Halve until it fits (measureInputUsage counts tokens as the model does).
    for (let i = 0; i < 8; i++) {
      const usage = await summarizer.measureInputUsage(text, { context, ...(req.signal ? { signal: req.signal } : {}) });
      if (usage <= summarizer.inputQuota) break;
      const cut = cutText(text, Math.floor((text.length * summarizer.inputQuota) / usage / 1.1));
      text = cut.text;
      inputCut = true;
    }
    let answer = '';
    // The model may still find the text too long (its count can differ from measureInputUsage's):
    // cut it in half and try again, and say the text was cut.
    for (let attempt = 0; ; attempt++) {
      try {
        answer = await stream(summarizer, text, context, req);
        break;
      } catch (e) {
        if ((e as { name?: string })?.name !== 'QuotaExceededError' || attempt >= 3 || answer) throw e;
        text = cutText(text, Math.floor(text.length / 2)).text;
        inputCut = true;
      }
    }
    const bullets = parseBullets(answer);
    if (!bullets.length) throw new EngineError('chrome-empty', "Chrome's on-device model answered with no summary.");
    return { bullets, inputCut };
  } catch (e) {
    throw chromeError(e);
  } finally {
    summarizer?.destroy();
  }
}

/** The key points of `text`, streamed to `req.onText`. */
async function stream(summarizer: SummarizerLike, text: string, context: string, req: ChromeRequest): Promise<string> {
  let answer = '';
  const reader = summarizer.summarizeStreaming(text, { context, ...(req.signal ? { signal: req.signal } : {}) }).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    // Chrome 138+ streams pieces (older builds streamed the whole text so far).
    answer = value.startsWith(answer) && answer ? value : answer + value;
    req.onText?.(answer);
  }
  return answer;
}
