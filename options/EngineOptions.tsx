/**
 * The summary engine's options (issue #17): built-in (the default: nothing leaves the browser), an
 * OpenAI-compatible server (preset, address, model with "Fetch models", API key, streaming), or
 * Chrome's on-device model. Saved in storage.local only. The host permission for the server's
 * origin is asked for inside the Save click (and the Fetch models click), before anything is awaited:
 * Firefox honours permissions.request only there.
 */
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_ENGINE_SETTINGS, normalizeBaseUrl, PRESETS, type EngineSettings } from '../src/index';

export interface EngineOptionsDeps {
  load(): Promise<EngineSettings>;
  save(s: EngineSettings): Promise<EngineSettings>;
  /** permissions.request for the base URL's origin: called synchronously from a click. */
  requestHost(baseUrl: string): Promise<boolean>;
  listModels(baseUrl: string, apiKey: string): Promise<string[]>;
}

export const ENGINE_OPTION_STRINGS = {
  legend: 'Summary engine',
  builtin: 'Built-in (default): the article’s own key sentences; nothing leaves your browser',
  openai: 'A model on an OpenAI-compatible server (Ollama, LM Studio, llama.cpp, OpenAI…)',
  chrome: 'Chrome’s on-device model (Chrome 138+ on desktop)',
  preset: 'Server',
  baseUrl: 'Address',
  model: 'Model',
  fetchModels: 'Fetch models',
  apiKey: 'API key (optional; kept on this computer only, never synced)',
  stream: 'Show the summary as it is written',
  save: 'Save',
  saved: 'Saved',
  sentNote: 'The article’s title, source, times and text are sent to this server when you open Nutshell on a page.',
  denied: (host: string) => `Permission to reach ${host} was not granted; nothing was saved.`,
  models: (n: number) => `${n} model${n === 1 ? '' : 's'} found.`,
} as const;
const T = ENGINE_OPTION_STRINGS;

export function EngineOptions({ deps }: { deps: EngineOptionsDeps }) {
  const [s, setS] = useState<EngineSettings>({ ...DEFAULT_ENGINE_SETTINGS });
  const [models, setModels] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  useEffect(() => {
    void deps.load().then(setS);
  }, []);
  const patch = (p: Partial<EngineSettings>) => setS((cur) => ({ ...cur, ...p }));

  /** The base URL normalized, or null with the reason shown. */
  const base = (): string | null => {
    try {
      return normalizeBaseUrl(s.baseUrl);
    } catch (e) {
      setStatus((e as Error).message);
      return null;
    }
  };

  function onSave() {
    const url = s.engine === 'openai' ? base() : s.baseUrl;
    if (url === null) return;
    // First, synchronously, inside the click: the permission request.
    const asked = s.engine === 'openai' ? deps.requestHost(url).catch(() => false) : Promise.resolve(true);
    void asked.then(async (ok) => {
      if (!ok) return setStatus(T.denied(new URL(url).host));
      const saved = await deps.save({ ...s, baseUrl: url });
      setS(saved);
      setStatus(T.saved);
    });
  }

  function onFetchModels() {
    const url = base();
    if (url === null) return;
    const asked = deps.requestHost(url).catch(() => false);
    void asked.then(async (ok) => {
      if (!ok) return setStatus(T.denied(new URL(url).host));
      try {
        const list = await deps.listModels(url, s.apiKey);
        setModels(list);
        if (list.length && !list.includes(s.model)) patch({ model: list[0]! });
        setStatus(T.models(list.length));
      } catch (e) {
        setStatus((e as Error).message);
      }
    });
  }

  return (
    <fieldset class="engine-options" data-testid="engine-options">
      <legend>{T.legend}</legend>
      {(['builtin', 'openai', 'chrome'] as const).map((id) => (
        <label key={id}>
          <input type="radio" name="engine" value={id} data-testid={`engine-${id}`} checked={s.engine === id} onChange={() => patch({ engine: id })} />{' '}
          {T[id]}
        </label>
      ))}
      {s.engine === 'openai' ? (
        <div class="engine-endpoint">
          <label>
            {T.preset}{' '}
            <select
              data-testid="engine-preset"
              value={s.preset}
              onChange={(e) => {
                const p = PRESETS.find((x) => x.id === (e.currentTarget as HTMLSelectElement).value)!;
                patch({ preset: p.id, ...(p.baseUrl ? { baseUrl: p.baseUrl } : {}) });
              }}
            >
              {PRESETS.map((p) => (
                <option value={p.id} key={p.id}>
                  {p.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            {T.baseUrl}{' '}
            <input type="url" data-testid="engine-base-url" value={s.baseUrl} onInput={(e) => patch({ baseUrl: (e.currentTarget as HTMLInputElement).value })} />
          </label>
          <label>
            {T.model}{' '}
            <input list="engine-models" data-testid="engine-model" value={s.model} onInput={(e) => patch({ model: (e.currentTarget as HTMLInputElement).value })} />
            <datalist id="engine-models">
              {models.map((m) => (
                <option value={m} key={m} />
              ))}
            </datalist>
          </label>
          <button type="button" data-testid="engine-fetch-models" onClick={onFetchModels}>
            {T.fetchModels}
          </button>
          <label>
            {T.apiKey}{' '}
            <input type="password" autocomplete="off" data-testid="engine-api-key" value={s.apiKey} onInput={(e) => patch({ apiKey: (e.currentTarget as HTMLInputElement).value })} />
          </label>
          <label>
            <input type="checkbox" data-testid="engine-stream" checked={s.stream} onChange={(e) => patch({ stream: (e.currentTarget as HTMLInputElement).checked })} /> {T.stream}
          </label>
          <p class="hint">{T.sentNote}</p>
        </div>
      ) : null}
      <button type="button" data-testid="engine-save" onClick={onSave}>
        {T.save}
      </button>
      <p class="status" role="status" data-testid="engine-status">
        {status}
      </p>
    </fieldset>
  );
}
