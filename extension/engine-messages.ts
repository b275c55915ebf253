/**
 * An engine's failure in the reader's language (issue #17): the core gives an EngineError's code
 * and data (host, status, the server's words, the OLLAMA_ORIGINS line…), this edge words it with
 * the locale's messages. The core's English `message` is for the CLI and logs only; a failure that
 * is not an EngineError (a bug) shows the generic message with its text as the detail.
 */
import type { EngineError, EngineErrorCode } from '../src/index';
import { t, type MessageKey } from './i18n';

/** The message of each code (bad-url, refused, model-not-found and server pick a variant below). */
const KEYS = {
  'bad-url': 'engineErrAddressInvalid',
  refused: 'engineErrRefused',
  unauthorized: 'engineErrUnauthorized',
  forbidden: 'engineErrForbidden',
  'ollama-origins': 'engineErrOllamaOrigins',
  'model-not-found': 'engineErrNoSuchModel',
  'path-not-found': 'engineErrPathNotFound',
  'rate-limited': 'engineErrRateLimited',
  server: 'engineErrServer',
  'not-json': 'engineErrNotJson',
  length: 'engineErrLength',
  empty: 'engineErrEmpty',
  'first-token-timeout': 'engineErrFirstToken',
  'idle-timeout': 'engineErrIdle',
  aborted: 'engineErrAborted',
  http: 'engineErrHttp',
  'no-model': 'engineErrNoModel',
  'chrome-not-allowed': 'engineErrChromeNotAllowed',
  'chrome-not-supported': 'engineErrChromeNotSupported',
  'chrome-quota': 'engineErrChromeQuota',
  'chrome-not-readable': 'engineErrChromeNotReadable',
  'chrome-not-ready': 'engineErrChromeNotReady',
  'chrome-empty': 'engineErrChromeEmpty',
  'chrome-failed': 'engineErrChromeFailed',
} as const satisfies Record<EngineErrorCode, MessageKey>;

/** Whether `e` is an EngineError (by shape: the class may come from another chunk). */
export function isEngineError(e: unknown): e is EngineError {
  return typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'EngineError' && typeof (e as { code?: unknown }).code === 'string' && (e as { code: string }).code in KEYS;
}

/** The message key and its placeholders for an EngineError. */
export function engineErrorKey(e: EngineError): { key: MessageKey; subs: string[] } {
  const d = e.data ?? {};
  const host = d.host ?? '';
  const status = String(e.status ?? d.status ?? '');
  switch (e.code) {
    case 'bad-url':
      if (!d.input) return { key: 'engineErrAddressEmpty', subs: [] };
      if (d.protocol) return { key: 'engineErrAddressScheme', subs: [d.protocol] };
      return { key: 'engineErrAddressInvalid', subs: [d.input] };
    case 'refused':
      return { key: d.local ? 'engineErrRefusedLocal' : 'engineErrRefused', subs: [host] };
    case 'ollama-origins':
      return { key: 'engineErrOllamaOrigins', subs: [d.line ?? ''] };
    case 'model-not-found':
      return { key: 'engineErrNoSuchModel', subs: [host, d.model ?? ''] };
    case 'path-not-found':
      return { key: 'engineErrPathNotFound', subs: [host, d.url ?? ''] };
    case 'server':
      return d.midStream ? { key: 'engineErrServerMidStream', subs: [host] } : { key: 'engineErrServer', subs: [host, status] };
    case 'http':
      return { key: 'engineErrHttp', subs: [host, status] };
    case 'unauthorized':
    case 'forbidden':
    case 'rate-limited':
    case 'not-json':
    case 'first-token-timeout':
    case 'idle-timeout':
      return { key: KEYS[e.code], subs: [host] };
    case 'chrome-failed':
      return { key: 'engineErrChromeFailed', subs: [] };
    default:
      return { key: KEYS[e.code], subs: [] };
  }
}

export interface WordedError {
  /** What happened and what to do, in the reader's language. */
  message: string;
  /** The server's or the browser's own words (untranslated), if any: shown apart, as text. */
  detail: string | null;
}

/** Any failure of an engine, worded for the reader. */
export function engineErrorText(e: unknown): WordedError {
  if (!isEngineError(e)) return { message: t('engineErrUnknown'), detail: e instanceof Error ? e.message : String(e) };
  const { key, subs } = engineErrorKey(e);
  const detail = e.code === 'chrome-failed' ? (e.data.detail ?? null) : (e.data.said ?? null);
  return { message: t(key, subs), detail: detail || null };
}

/** As one line: the message, then the server's own words. */
export function engineErrorLine(e: unknown): string {
  const w = engineErrorText(e);
  return w.detail ? `${w.message} ${t('engineErrSaid', w.detail)}` : w.message;
}
