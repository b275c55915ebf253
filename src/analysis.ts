/**
 * The Analysis: the one plain-JSON result of the core. The popup renders it, the CLI prints it,
 * the content script returns it. Nothing here may hold a DOM node or a function: it crosses
 * structured clone (extension messaging) and JSON (CLI) unchanged.
 *
 * The schema is documented for readers in README.md ("The Analysis"); keep the two in step.
 */

export const ANALYSIS_VERSION = 1;

/** Where a time came from, and how much of it the page actually stated. */
export interface TimeDetail {
  /** ISO 8601: `2025-04-28T09:57:00+05:30` when the offset is known, `2025-04-28T09:57:00` when the
   *  page gave a wall-clock time with no zone that could be resolved, `2025-04-28` for a date only. */
  iso: string;
  /** The signal it was read from, e.g. `json-ld:datePublished`, `meta:article:published_time`,
   *  `time[datetime]`, `text:Updated`, `url`. */
  signal: string;
  /** The page's own zone label when it stated one (`IST`, `CEST`, `GMT+2`), or the IANA zone it was
   *  resolved to; null when the page gave an explicit numeric offset or none at all. */
  zone: string | null;
  /** IANA time zone the label was resolved to, when one was (`Asia/Kolkata`). */
  timeZone: string | null;
  precision: 'day' | 'minute' | 'second';
  /** True when `iso` carries a UTC offset (so it names an instant). */
  hasOffset: boolean;
  /** What had to be assumed because the page left it open, e.g. `day/month order`. */
  note?: string;
}

export interface Source {
  siteName: string | null;
  /** Host without `www.`, from the canonical URL when there is one, else the page URL. */
  domain: string | null;
  publisher: string | null;
  canonicalUrl: string | null;
  faviconUrl: string | null;
}

export type AiEvidenceKind =
  | 'caption'
  | 'credit'
  | 'alt'
  | 'attribute'
  | 'page-note'
  | 'json-ld'
  | 'xmp'
  | 'c2pa';

export interface AiImage {
  /** Absolute URL of the image as the page shows it (resolved against the page URL). */
  src: string;
  aiGenerated: boolean;
  /** The exact text or metadata value that says so (or that says it is not); '' when nothing does. */
  evidence: string;
  /** Where the evidence was found; null for an article image nothing was found about. */
  evidenceKind: AiEvidenceKind | null;
}

export interface AiReport {
  /** True when at least one image of the article is disclosed as AI-generated. */
  pageFlag: boolean;
  /** A notice that the text was written or translated with AI, quoted; null when there is none. */
  textDisclosure: string | null;
  images: AiImage[];
  /** Hosts of embedded frames (another site's post, player or gallery) whose content the page does
   *  not hold: they could not be read, so nothing in them is flagged. Absent when there is none. */
  unreadFrames?: string[];
}

/** Which engine wrote the summary. */
export type EngineId = 'builtin' | 'openai' | 'chrome';

export interface EngineInfo {
  /** `builtin`: Nutshell's own extractive summary (no request); `openai`: an OpenAI-compatible
   *  endpoint (Ollama, LM Studio, llama.cpp, OpenAI…); `chrome`: Chrome's on-device Summarizer API. */
  id: EngineId;
  /** The model's name, as the endpoint knows it; null for the built-in engine. */
  model: string | null;
  /** Where the article's text was sent (the endpoint's base URL); null when it never left the machine. */
  endpoint: string | null;
}

/** The grounding check of one summary sentence against the article (src/summary/grounding.ts). */
export interface SummaryGrounding {
  /** True when everything checked was found in the article. */
  supported: boolean;
  /** What the article does not back, as written in the sentence: numbers, quotations, names, a negation. */
  unsupported: string[];
  /** Index (into `text`'s paragraphs) of the paragraph that best supports the sentence; null when none does. */
  source: number | null;
}

/** `listing`: a front page, section page or list of stories (mostly headlines, links and teasers). */
export type NotArticleReason = 'no-content' | 'too-short' | 'listing';

export interface Analysis {
  version: typeof ANALYSIS_VERSION;
  url: string;
  title: string;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  source: Source;
  /** People (or a desk) who wrote the article; never agencies or photo credits. */
  authors: string[];
  /** The byline as the page printed it, when there is one. */
  byline: string | null;
  /** Agency / photo / "additional reporting" lines, kept apart from authors. */
  credit: string | null;
  /** Same as `times.published.iso` (or null): the convenient top-level form. */
  published: string | null;
  modified: string | null;
  times: { published: TimeDetail | null; modified: TimeDetail | null };
  excerpt: string | null;
  wordCount: number;
  readingTimeMinutes: number;
  /** Summary sentences in document order. */
  summary: string[];
  /** For each summary sentence, the index (into `text`'s paragraphs) of the paragraph it came from. */
  summaryParagraphs: number[];
  /** Which engine wrote `summary`. */
  engine: EngineInfo;
  /** One entry per summary sentence: what of it the article backs, and where. */
  grounding: SummaryGrounding[];
  /** The cleaned article body: plain text, paragraphs separated by one blank line. */
  text: string;
  ai: AiReport;
  /** Set when the page holds no article; the other fields then carry what metadata there is. */
  notArticle: { reason: NotArticleReason; message: string } | null;
}

