/**
 * The OpenAI-compatible engine: any server that speaks `POST /v1/chat/completions` (Ollama, LM
 * Studio, llama.cpp's server, OpenAI, vLLM…). The same code runs in the CLI and the extension: the
 * caller passes `fetch` in, and nothing here names a browser or Node global but the universal ones
 * (`TextDecoder`, `AbortController`, timers).
 *
 * - Base URLs are normalized to end in `/v1` ("localhost:11434" → "http://localhost:11434/v1").
 * - Streaming (SSE) is read with one streaming TextDecoder, so a character split across chunks
 *   arrives whole; events are read line by line, whatever the chunking.
 * - Two timeouts: until the first token (a cold model can take a minute to load) and between chunks.
 * - Every failure is an `EngineError` with a `code` and a message a reader can act on.
 */
import { buildPrompt, DEFAULT_MAX_CHARS, parseBullets, type ArticleInput, type ChatMessage } from './prompt';
import { dropEnd } from '../trim';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface EndpointPreset {
  id: 'ollama' | 'lmstudio' | 'llamacpp' | 'openai' | 'custom';
  label: string;
  baseUrl: string;
  /** Whether the server wants an API key. */
  key: 'none' | 'optional' | 'required';
}

export const PRESETS: readonly EndpointPreset[] = [
  { id: 'ollama', label: 'Ollama', baseUrl: 'http://localhost:11434/v1', key: 'none' },
  { id: 'lmstudio', label: 'LM Studio', baseUrl: 'http://localhost:1234/v1', key: 'none' },
  { id: 'llamacpp', label: 'llama.cpp server', baseUrl: 'http://localhost:8080/v1', key: 'optional' },
  { id: 'openai', label: 'OpenAI', baseUrl: 'https://api.openai.com/v1', key: 'required' },
  { id: 'custom', label: 'Custom', baseUrl: '', key: 'optional' },
];

export type EngineErrorCode =
  | 'bad-url'
  | 'refused'
  | 'unauthorized'
  | 'forbidden'
  | 'ollama-origins'
  | 'model-not-found'
  | 'path-not-found'
  | 'rate-limited'
  | 'server'
  | 'not-json'
  | 'length'
  | 'empty'
  | 'first-token-timeout'
  | 'idle-timeout'
  | 'aborted'
  | 'http'
  | 'no-model'
  // Chrome's on-device model (src/engines/chrome.ts): its DOMExceptions, one code each.
  | 'chrome-not-allowed'
  | 'chrome-not-supported'
  | 'chrome-quota'
  | 'chrome-not-readable'
  | 'chrome-not-ready'
  | 'chrome-empty'
  | 'chrome-failed';

/**
 * What an edge needs to word an EngineError in the reader's language (the core's `message` is
 * English, for the CLI and logs): the server's host, the HTTP status, the server's own words, the
 * exact OLLAMA_ORIGINS line, the model, the URL that was tried, what the reader typed.
 */
export interface EngineErrorData {
  host?: string;
  status?: number;
  /** The server's own words (its error body), as it said them. */
  said?: string;
  /** `OLLAMA_ORIGINS=chrome-extension://<id>`: the line to give Ollama (ollama-origins). */
  line?: string;
  model?: string;
  /** The URL that answered 404 (path-not-found). */
  url?: string;
  /** bad-url: what the reader typed ('' when nothing), and the scheme refused (`ftp:`). */
  input?: string;
  protocol?: string;
  /** refused: the server was to run on this computer. */
  local?: boolean;
  /** server: the failure came as an error event in the middle of a stream. */
  midStream?: boolean;
  /** chrome-failed: the browser's own message. */
  detail?: string;
}

export class EngineError extends Error {
  readonly code: EngineErrorCode;
  readonly status: number | null;
  readonly data: EngineErrorData;
  constructor(code: EngineErrorCode, message: string, data: EngineErrorData = {}) {
    super(message);
    this.name = 'EngineError';
    this.code = code;
    this.status = data.status ?? null;
    this.data = data;
  }
}

/**
 * A base URL as the user typed it, made the API's root: scheme added (http for localhost and
 * private addresses, https otherwise), endpoint paths (`/chat/completions`, `/models`) and trailing
 * slashes removed, `/v1` added when the path is empty. Throws `bad-url` when it is not an http(s) URL.
 */
export function normalizeBaseUrl(raw: string): string {
  let s = raw.trim();
  if (!s) throw new EngineError('bad-url', 'Enter the address of the server (for Ollama: http://localhost:11434/v1).', { input: '' });
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) {
    const local = /^(?:localhost|127\.|\[::1\]|0\.0\.0\.0|10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.|[^/:]+\.local(?:[:/]|$))/i.test(s);
    s = (local ? 'http://' : 'https://') + s;
  }
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    throw new EngineError('bad-url', `"${raw.trim()}" is not a web address.`, { input: raw.trim() });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new EngineError('bad-url', `Only http:// and https:// servers can be used, not ${url.protocol}//.`, { input: raw.trim(), protocol: url.protocol });
  let path = dropEnd(url.pathname, '/');
  path = path.replace(/\/(?:chat\/completions|completions|models)$/, '');
  if (!path) path = '/v1';
  url.hash = '';
  url.search = '';
  url.pathname = path;
  return dropEnd(url.href, '/');
}


/** "localhost:11434", "api.openai.com": where the text goes, as the popup says it. */
export function endpointHost(baseUrl: string): string {
  try {
    return new URL(baseUrl).host;
  } catch {
    return baseUrl;
  }
}

/** The origin's match pattern for a host permission: Firefox's carry no port, and Chrome's ignore it. */
export function originPattern(baseUrl: string): string {
  const u = new URL(baseUrl);
  return `${u.protocol}//${u.hostname}/*`;
}

export interface ConnectOptions {
  baseUrl: string;
  apiKey?: string | null;
  fetch: FetchLike;
  signal?: AbortSignal;
  /** The extension's origin (`chrome-extension://<id>`, `moz-extension://<uuid>`): for Ollama's
   *  403, the exact OLLAMA_ORIGINS line to give. Null in the CLI. */
  origin?: string | null;
}

function headers(apiKey: string | null | undefined, json: boolean): Record<string, string> {
  const h: Record<string, string> = { accept: json ? 'application/json' : 'text/event-stream' };
  if (json) h['content-type'] = 'application/json';
  if (apiKey) h.authorization = `Bearer ${apiKey}`;
  return h;
}

/** The server's own words in an error body: `{"error": "…"}`, `{"error": {"message": "…"}}` or text. */
function serverMessage(body: string): string {
  try {
    const v = JSON.parse(body) as { error?: unknown; message?: unknown; detail?: unknown };
    const e = v.error;
    if (typeof e === 'string') return e;
    if (e && typeof e === 'object' && typeof (e as { message?: unknown }).message === 'string') return (e as { message: string }).message;
    if (typeof v.message === 'string') return v.message;
    if (typeof v.detail === 'string') return v.detail;
  } catch {
    /* not JSON */
  }
  return body.replace(/<[^<>]*>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 200);
}

function looksLikeOllama(baseUrl: string, res: Response, body: string): boolean {
  return /:11434$/.test(endpointHost(baseUrl)) || /ollama/i.test(res.headers.get('server') ?? '') || body.trim() === '';
}

/** An HTTP error status as an EngineError. */
async function httpError(res: Response, opts: ConnectOptions, what: 'chat' | 'models', model?: string): Promise<EngineError> {
  const body = await res.text().catch(() => '');
  const said = serverMessage(body);
  const host = endpointHost(opts.baseUrl);
  const tail = said ? ` (the server said: ${said})` : '';
  const saidData = said ? { said } : {};
  switch (true) {
    case res.status === 401:
      return new EngineError('unauthorized', `${host} wants a valid API key (401)${tail}.`, { host, status: 401, ...saidData });
    case res.status === 403 && looksLikeOllama(opts.baseUrl, res, body): {
      const line = opts.origin ? `OLLAMA_ORIGINS=${opts.origin}` : 'OLLAMA_ORIGINS=<this extension’s origin>';
      return new EngineError(
        'ollama-origins',
        `Ollama refused the request from this extension (403). Start Ollama with this setting and try again: ${line}`,
        { host, status: 403, line },
      );
    }
    case res.status === 403:
      return new EngineError('forbidden', `${host} refused the request (403)${tail}.`, { host, status: 403, ...saidData });
    case res.status === 404 && /model/i.test(said):
      return new EngineError('model-not-found', `${host} has no model "${model ?? ''}" (404)${tail}. Pick one with "Fetch models".`, { host, status: 404, model: model ?? '', ...saidData });
    case res.status === 404: {
      const path = what === 'chat' ? '/chat/completions' : '/models';
      return new EngineError('path-not-found', `${host} has nothing at ${opts.baseUrl}${path} (404). Does the address end in /v1?`, { host, status: 404, url: opts.baseUrl + path });
    }
    case res.status === 429:
      return new EngineError('rate-limited', `${host} is rate-limiting requests (429)${tail}. Wait a moment and try again.`, { host, status: 429, ...saidData });
    case res.status >= 500:
      return new EngineError('server', `${host} failed (${res.status})${tail}.`, { host, status: res.status, ...saidData });
    default:
      return new EngineError('http', `${host} answered ${res.status}${tail}.`, { host, status: res.status, ...saidData });
  }
}

/** A failed fetch as an EngineError: refused/unreachable, or aborted by us or the caller. */
function fetchError(e: unknown, opts: ConnectOptions, reason: EngineErrorCode | null): EngineError {
  if (e instanceof EngineError) return e;
  const host = endpointHost(opts.baseUrl);
  if (reason === 'first-token-timeout') return new EngineError(reason, `${host} sent nothing in time. A model that is still loading can take a minute: try again.`, { host });
  if (reason === 'idle-timeout') return new EngineError(reason, `${host} stopped in the middle of its answer.`, { host });
  if (opts.signal?.aborted || (e as { name?: string })?.name === 'AbortError') return new EngineError('aborted', 'The summary was cancelled.');
  const local = /^http:\/\/(?:localhost|127\.|\[::1\])/.test(opts.baseUrl);
  return new EngineError('refused', `Could not reach ${host}. Is the server running${local ? ' on this computer' : ''}?`, { host, local });
}

/** The models the server offers (`GET /models`), sorted. */
export async function listModels(opts: ConnectOptions): Promise<string[]> {
  const base = normalizeBaseUrl(opts.baseUrl);
  const o = { ...opts, baseUrl: base };
  let res: Response;
  try {
    res = await opts.fetch(`${base}/models`, { method: 'GET', headers: headers(opts.apiKey, true), signal: opts.signal, credentials: 'omit', referrerPolicy: 'no-referrer' });
  } catch (e) {
    throw fetchError(e, o, null);
  }
  if (!res.ok) throw await httpError(res, o, 'models');
  const body = await res.text();
  let v: { data?: Array<{ id?: unknown }>; models?: Array<{ name?: unknown; model?: unknown }> };
  try {
    v = JSON.parse(body) as typeof v;
  } catch {
    throw new EngineError('not-json', `${endpointHost(base)} did not answer in JSON: is it an OpenAI-compatible server?`, { host: endpointHost(base) });
  }
  const ids = [
    ...(Array.isArray(v.data) ? v.data.map((m) => m?.id) : []),
    ...(Array.isArray(v.models) ? v.models.map((m) => m?.model ?? m?.name) : []),
  ].filter((id): id is string => typeof id === 'string' && id.length > 0);
  return [...new Set(ids)].sort();
}

export interface SummarizeRequest extends ConnectOptions {
  model: string;
  /** Stream the answer (SSE); on by default. */
  stream?: boolean;
  bullets: number;
  maxChars?: number;
  outputLang?: string | null;
  /** Milliseconds until the first token (default 90 s: a cold model loads first) and between chunks (default 30 s). */
  firstTokenMs?: number;
  idleMs?: number;
  /** Called with the answer so far, as it streams. */
  onText?: (textSoFar: string) => void;
  temperature?: number;
}

export interface EngineResult {
  bullets: string[];
  /** The model's answer as it came. */
  answer: string;
  /** The article was cut to the budget before it was sent. */
  inputCut: boolean;
  /** The model stopped at its output limit (`finish_reason: "length"`): the last bullet may be cut. */
  outputCut: boolean;
  model: string;
  endpoint: string;
}

interface Choice {
  delta?: { content?: unknown; reasoning_content?: unknown };
  message?: { content?: unknown };
  text?: unknown;
  finish_reason?: unknown;
}

/**
 * Summarize `article` with the model at `req.baseUrl`. Resolves with the bullets; rejects with an
 * `EngineError`. Cancel with `req.signal`.
 */
export async function summarizeWithEndpoint(article: ArticleInput, req: SummarizeRequest): Promise<EngineResult> {
  const base = normalizeBaseUrl(req.baseUrl);
  const o: SummarizeRequest = { ...req, baseUrl: base };
  if (!req.model.trim()) throw new EngineError('no-model', 'Choose a model first ("Fetch models" lists them).');
  const stream = req.stream ?? true;
  const prompt = buildPrompt(article, { bullets: req.bullets, maxChars: req.maxChars ?? DEFAULT_MAX_CHARS, outputLang: req.outputLang ?? null });
  const body = {
    model: req.model.trim(),
    messages: prompt.messages satisfies ChatMessage[],
    stream,
    temperature: req.temperature ?? 0.2,
  };

  // One controller for the request: the caller's signal and our two timeouts all abort it.
  const ctl = new AbortController();
  let reason: EngineErrorCode | null = null;
  const abort = (why: EngineErrorCode) => {
    reason ??= why;
    ctl.abort();
  };
  const onCallerAbort = () => abort('aborted');
  if (req.signal?.aborted) throw new EngineError('aborted', 'The summary was cancelled.');
  req.signal?.addEventListener('abort', onCallerAbort);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = (ms: number, why: EngineErrorCode) => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => abort(why), ms);
  };
  const firstMs = req.firstTokenMs ?? 90_000;
  const idleMs = req.idleMs ?? 30_000;
  arm(firstMs, 'first-token-timeout');

  try {
    let res: Response;
    try {
      res = await req.fetch(`${base}/chat/completions`, {
        method: 'POST',
        headers: headers(req.apiKey, !stream),
        body: JSON.stringify(body),
        signal: ctl.signal,
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
      });
    } catch (e) {
      throw fetchError(e, o, reason);
    }
    if (!res.ok) throw await httpError(res, o, 'chat', req.model);

    let answer = '';
    let finish: string | null = null;
    const type = res.headers.get('content-type') ?? '';
    const take = (choice: Choice | undefined) => {
      if (!choice) return;
      const piece = choice.delta?.content ?? choice.message?.content ?? choice.text;
      if (typeof piece === 'string' && piece) {
        answer += piece;
        req.onText?.(answer);
      }
      if (typeof choice.finish_reason === 'string') finish = choice.finish_reason;
    };

    try {
      if (stream && /text\/event-stream/i.test(type) && res.body) {
        await readEvents(res.body, (data) => {
          if (data === '[DONE]') return true;
          let v: { choices?: Choice[]; error?: unknown };
          try {
            v = JSON.parse(data) as typeof v;
          } catch {
            throw new EngineError('not-json', `${endpointHost(base)} sent a stream event that is not JSON: ${data.slice(0, 80)}`, { host: endpointHost(base), said: data.slice(0, 80) });
          }
          if (v.error) throw new EngineError('server', `${endpointHost(base)} failed while answering: ${serverMessage(JSON.stringify(v))}`, { host: endpointHost(base), said: serverMessage(JSON.stringify(v)), midStream: true });
          take(v.choices?.[0]);
          return false;
        }, () => arm(idleMs, 'idle-timeout'));
      } else {
        // A plain JSON answer (stream off, or a server that ignores `stream`).
        const text = await res.text();
        let v: { choices?: Choice[] };
        try {
          v = JSON.parse(text) as typeof v;
        } catch {
          throw new EngineError('not-json', `${endpointHost(base)} did not answer in JSON: is ${base} an OpenAI-compatible API?`, { host: endpointHost(base) });
        }
        take(v.choices?.[0]);
      }
    } catch (e) {
      throw fetchError(e, o, reason);
    }

    const bullets = parseBullets(answer).slice(0, Math.max(1, req.bullets) + 2);
    const outputCut = finish === 'length';
    if (!bullets.length) {
      if (outputCut) throw new EngineError('length', `The model reached its output limit before writing a bullet. Try a model with a larger context.`);
      throw new EngineError('empty', `The model answered with no summary.`);
    }
    return { bullets, answer, inputCut: prompt.cut, outputCut, model: body.model, endpoint: base };
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    req.signal?.removeEventListener('abort', onCallerAbort);
  }
}

/**
 * Server-sent events from a byte stream: UTF-8 decoded across chunk boundaries, lines split on
 * LF / CRLF / CR, each event's `data:` lines joined. `onData` returns true to stop (`[DONE]`);
 * `onChunk` is called for each chunk (the idle timer).
 */
export async function readEvents(body: ReadableStream<Uint8Array>, onData: (data: string) => boolean, onChunk: () => void = () => {}): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder('utf-8');
  let buffer = '';
  let data: string[] = [];
  const dispatch = (): boolean => {
    if (!data.length) return false;
    const joined = data.join('\n');
    data = [];
    return onData(joined);
  };
  const line = (l: string): boolean => {
    if (l === '') return dispatch();
    if (l.startsWith(':')) return false;
    const colon = l.indexOf(':');
    const field = colon < 0 ? l : l.slice(0, colon);
    let value = colon < 0 ? '' : l.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') data.push(value);
    return false;
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      onChunk();
      buffer += decoder.decode(value, { stream: true });
      let at: number;
      while ((at = buffer.search(/\r\n|\r|\n/)) >= 0) {
        const l = buffer.slice(0, at);
        buffer = buffer.slice(at + (buffer.startsWith('\r\n', at) ? 2 : 1));
        if (line(l)) return;
      }
    }
    buffer += decoder.decode();
    if (buffer) line(buffer);
    dispatch();
  } finally {
    reader.releaseLock();
    void body.cancel().catch(() => {});
  }
}
