/**
 * The core's one public face. The product's edges (popup, options, background, content scripts,
 * CLI) import the core from here, or from one of its lazy entry points:
 * - `src/collect.ts`: the page half alone (`extractPage`), for the content script and a linked page;
 * - `src/ai/provenance/index.ts` and `merge.ts`: the opt-in image check, loaded when it runs.
 * Everything else under `src/` is the core's own business (`.dependency-cruiser.cjs` enforces it).
 *
 * The two halves: `extractPage` reads a Document into PageFacts (plain data, src/facts/);
 * `interpretPage` turns PageFacts into an Analysis with no DOM; `analyzeDocument` runs both.
 */
export { analyzeDocument, type AnalyzeOptions } from './analyze';
export { extractPage } from './collect';
export { interpretPage, type InterpretOptions } from './interpret';
export {
  ANALYSIS_VERSION,
  type AiEvidenceKind,
  type AiImage,
  type AiReport,
  type Analysis,
  type EngineId,
  type EngineInfo,
  type SummaryGrounding,
  type NotArticleReason,
  type Source,
  type TimeDetail,
} from './analysis';
export { FACTS_VERSION, isPageFacts, type PageFacts } from './facts/index';
export {
  DEFAULT_SETTINGS,
  isSummaryLength,
  isSummarySentences,
  repairSettings,
  SETTINGS_VERSION,
  SUMMARY_LENGTHS,
  SUMMARY_SENTENCES_MAX,
  SUMMARY_SENTENCES_MIN,
  SURFACES,
  TEXT_SIZES,
  THEMES,
  type RepairResult,
  type Settings,
  type SummaryLength,
  type SummarySettings,
  type Surface,
  type TextSize,
  type Theme,
} from './settings';
export { briefAsMarkdown, briefAsText } from './format/copy';
export {
  addToHistory,
  findInHistory,
  HISTORY_MAX,
  HISTORY_VERSION,
  isKeptBrief,
  repairHistory,
  searchHistory,
  storedHistory,
  toHistoryEntry,
  type HistoryEntry,
  type KeptBrief,
} from './history';
export { formatPublished, formatUpdated, showUpdated, type FormatOptions, type FormattedTime } from './format/time';
export { summarizeText, textParagraphs } from './summary/text';
export { articleInput, summarizeAnalysisWithEndpoint, type EngineAnalysis } from './engines/index';
export {
  EngineError,
  endpointHost,
  listModels,
  normalizeBaseUrl,
  originPattern,
  PRESETS,
  summarizeWithEndpoint,
  type EndpointPreset,
  type EngineErrorCode,
  type EngineErrorData,
  type EngineResult,
  type FetchLike,
  type SummarizeRequest,
} from './engines/openai';
export { buildPrompt, parseBullets, type ArticleInput } from './engines/prompt';
export { DEFAULT_ENGINE_SETTINGS, repairEngineSettings, type EngineSettings } from './engines/settings';
export {
  chromeAvailability,
  chromeError,
  summarizerOptions,
  summarizeWithChrome,
  type ChromeAvailability,
  type ChromeResult,
  type SummarizerApi,
} from './engines/chrome';
export { groundSummary } from './summary/grounding';
export { analysisParagraphs, BUILTIN_ENGINE, withEngineSummary } from './summary/engine-summary';
export { explainSignal, type SignalExplanation, type SignalKey } from './metadata/explain';
export { decodeHtml, type DecodedHtml } from './text/charset';
export { wordsOf } from './text/words';
export { collectImages } from './ai/dom/images';
export { isRecord } from './util';
