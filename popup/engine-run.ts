/**
 * The opt-in model engines, run from the popup (a lazy chunk: loaded only when the reader chose an
 * engine other than the built-in one, so the default makes no request and loads nothing).
 */
import {
  articleInput,
  chromeAvailability,
  endpointHost,
  summarizeAnalysisWithEndpoint,
  summarizeWithChrome,
  withEngineSummary,
  type Analysis,
  type ChromeAvailability,
  type EngineSettings,
  type SummarizerApi,
} from '../src/index';
import { extensionOrigin, hasEndpointHost } from '../extension/engine-store';

export { loadEngineSettings } from '../extension/engine-store';
export { endpointHost };

export interface RunOptions {
  signal: AbortSignal;
  onText(text: string): void;
  onProgress(loaded: number): void;
}

export interface RunResult {
  analysis: Analysis;
  inputCut: boolean;
  outputCut: boolean;
}

/** Chrome's Summarizer, when this browser has one (a window global: not in a service worker). */
function summarizerApi(): SummarizerApi | undefined {
  return (globalThis as { Summarizer?: SummarizerApi }).Summarizer;
}

export function chromeState(a: Analysis): Promise<ChromeAvailability> {
  return chromeAvailability(summarizerApi(), articleInput(a), a.summary.length || 3);
}

export class NoPermission extends Error {}

export async function runEngine(a: Analysis, s: EngineSettings, o: RunOptions): Promise<RunResult> {
  const bullets = a.summary.length || 3;
  if (s.engine === 'chrome') {
    const api = summarizerApi();
    if (!api) throw new Error('unsupported');
    const r = await summarizeWithChrome(api, articleInput(a), { bullets, signal: o.signal, onText: o.onText, onProgress: o.onProgress });
    return { analysis: withEngineSummary(a, r.bullets, { id: 'chrome', model: 'gemini-nano', endpoint: null }), inputCut: r.inputCut, outputCut: false };
  }
  if (!(await hasEndpointHost(s.baseUrl).catch(() => false))) throw new NoPermission(endpointHost(s.baseUrl));
  const { analysis, result } = await summarizeAnalysisWithEndpoint(a, {
    baseUrl: s.baseUrl,
    model: s.model,
    apiKey: s.apiKey || null,
    stream: s.stream,
    bullets,
    fetch: (u, i) => fetch(u, i),
    signal: o.signal,
    origin: extensionOrigin(),
    onText: o.onText,
  });
  return { analysis, inputCut: result.inputCut, outputCut: result.outputCut };
}
