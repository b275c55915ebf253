/**
 * The summary engine's options (issue #17): built-in (the default: nothing leaves the browser), an
 * OpenAI-compatible server (preset, address, model with "Fetch models", API key, streaming), or
 * Chrome's on-device model. Saved in storage.local only. The host permission for the server's
 * origin is asked for inside the Save click (and the Fetch models click), before anything is awaited:
 * Firefox honours permissions.request only there.
 */
import { useEffect, useState } from 'preact/hooks';
import { engineErrorLine } from '../extension/engine-messages';
import { t, tn, type MessageKey } from '../extension/i18n';
import { DEFAULT_ENGINE_SETTINGS, normalizeBaseUrl, PRESETS, type EngineSettings } from '../src/index';

export interface EngineOptionsDeps {
  load(): Promise<EngineSettings>;
  save(s: EngineSettings): Promise<EngineSettings>;
  /** permissions.request for the base URL's origin: called synchronously from a click. */
  requestHost(baseUrl: string): Promise<boolean>;
  listModels(baseUrl: string, apiKey: string): Promise<string[]>;
}

/** The message of each engine's radio choice. */
const ENGINE_KEYS = { builtin: 'engineBuiltin', openai: 'engineOpenai', chrome: 'engineChrome' } as const satisfies Record<EngineSettings['engine'], MessageKey>;

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
      setStatus(engineErrorLine(e));
      return null;
    }
  };

  function onSave() {
    const url = s.engine === 'openai' ? base() : s.baseUrl;
    if (url === null) return;
    // First, synchronously, inside the click: the permission request.
    const asked = s.engine === 'openai' ? deps.requestHost(url).catch(() => false) : Promise.resolve(true);
    void asked.then(async (ok) => {
      if (!ok) return setStatus(t('engineDenied', new URL(url).host));
      const saved = await deps.save({ ...s, baseUrl: url });
      setS(saved);
      setStatus(t('saved'));
    });
  }

  function onFetchModels() {
    const url = base();
    if (url === null) return;
    const asked = deps.requestHost(url).catch(() => false);
    void asked.then(async (ok) => {
      if (!ok) return setStatus(t('engineDenied', new URL(url).host));
      try {
        const list = await deps.listModels(url, s.apiKey);
        setModels(list);
        if (list.length && !list.includes(s.model)) patch({ model: list[0]! });
        setStatus(tn('engineModels', list.length));
      } catch (e) {
        setStatus(engineErrorLine(e));
      }
    });
  }

  return (
    <fieldset class="engine-options" data-testid="engine-options">
      <legend>{t('engineLegend')}</legend>
      {(['builtin', 'openai', 'chrome'] as const).map((id) => (
        <label key={id}>
          <input type="radio" name="engine" value={id} data-testid={`engine-${id}`} checked={s.engine === id} onChange={() => patch({ engine: id })} />{' '}
          {t(ENGINE_KEYS[id])}
        </label>
      ))}
      {s.engine === 'openai' ? (
        <div class="engine-endpoint">
          <label>
            {t('enginePreset')}{' '}
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
            {t('engineBaseUrl')}{' '}
            <input type="url" data-testid="engine-base-url" value={s.baseUrl} onInput={(e) => patch({ baseUrl: (e.currentTarget as HTMLInputElement).value })} />
          </label>
          <label>
            {t('engineModel')}{' '}
            <input list="engine-models" data-testid="engine-model" value={s.model} onInput={(e) => patch({ model: (e.currentTarget as HTMLInputElement).value })} />
            <datalist id="engine-models">
              {models.map((m) => (
                <option value={m} key={m} />
              ))}
            </datalist>
          </label>
          <button type="button" data-testid="engine-fetch-models" onClick={onFetchModels}>
            {t('engineFetchModels')}
          </button>
          <label>
            {t('engineApiKey')}{' '}
            <input type="password" autocomplete="off" data-testid="engine-api-key" value={s.apiKey} onInput={(e) => patch({ apiKey: (e.currentTarget as HTMLInputElement).value })} />
          </label>
          <label>
            <input type="checkbox" data-testid="engine-stream" checked={s.stream} onChange={(e) => patch({ stream: (e.currentTarget as HTMLInputElement).checked })} /> {t('engineStream')}
          </label>
          <p class="hint">{t('engineSentNote')}</p>
        </div>
      ) : null}
      <button type="button" data-testid="engine-save" onClick={onSave}>
        {t('engineSave')}
      </button>
      <p class="status" role="status" data-testid="engine-status">
        {status}
      </p>
    </fieldset>
  );
}
