/**
 * The summary engine's settings: which engine writes the summary, and, for an OpenAI-compatible
 * endpoint, where and with which model. Kept in `storage.local` (never synced: a local server's
 * address is this machine's, and the API key must not leave it). Everything read from storage is
 * `unknown` until `repairEngineSettings` has narrowed it; bad values fall back to the defaults.
 */
import type { EngineId } from '../analysis';
import { PRESETS, type EndpointPreset } from './openai';

export interface EngineSettings {
  /** `builtin` (the default: no request), `openai` (an OpenAI-compatible endpoint) or `chrome` (Chrome's on-device Summarizer). */
  engine: EngineId;
  preset: EndpointPreset['id'];
  /** The endpoint's base URL, normalized when saved (…/v1). */
  baseUrl: string;
  model: string;
  /** Optional; storage.local only, never synced, never logged. */
  apiKey: string;
  stream: boolean;
}

export const DEFAULT_ENGINE_SETTINGS: Readonly<EngineSettings> = /* @__PURE__ */ Object.freeze({
  engine: 'builtin',
  preset: 'ollama',
  baseUrl: 'http://localhost:11434/v1',
  model: '',
  apiKey: '',
  stream: true,
});

const ENGINES: readonly EngineId[] = ['builtin', 'openai', 'chrome'];

export function repairEngineSettings(stored: unknown): EngineSettings {
  const out: EngineSettings = { ...DEFAULT_ENGINE_SETTINGS };
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return out;
  const s = stored as Record<string, unknown>;
  const engine = ENGINES.find((e) => e === s.engine);
  if (engine) out.engine = engine;
  const preset = PRESETS.find((p) => p.id === s.preset);
  if (preset) out.preset = preset.id;
  for (const k of ['baseUrl', 'model', 'apiKey'] as const) if (typeof s[k] === 'string' && (s[k] as string).length <= 2000) out[k] = (s[k] as string).trim();
  if (typeof s.stream === 'boolean') out.stream = s.stream;
  return out;
}
