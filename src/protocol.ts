/**
 * The one typed protocol between the extension pages and the content script. The popup injects
 * content-scripts/analyze.js, then calls `globalThis.__nutshell.run(request)` in the page's isolated
 * world through `scripting.executeScript({ func, args })`; the return value is a `PageResult`.
 * Errors travel as data (`kind: 'error'`), never as a rejected promise the popup might miss.
 * Everything arriving from the page is `unknown` until `isPageResult` narrows it.
 */
import type { Analysis } from './analysis';

export const PROTOCOL_VERSION = 1;

export type PageRequest =
  | { type: 'analyze'; sentences: number; now?: string; selection?: string }
  | { type: 'highlight'; paragraph: number; text: string };

export type PageResult =
  | { kind: 'analysis'; analysis: Analysis }
  /** The document is still parsing (`readyState === 'loading'`): ask again shortly. */
  | { kind: 'loading' }
  | { kind: 'highlighted'; found: boolean }
  | { kind: 'error'; error: SerializedError };

export interface SerializedError {
  name: string;
  message: string;
}

export function serializeError(e: unknown): SerializedError {
  if (e instanceof Error) return { name: e.name, message: e.message || String(e) };
  return { name: 'Error', message: typeof e === 'string' ? e : JSON.stringify(e) ?? String(e) };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/** Narrow what came back across the boundary; anything else is reported as a protocol error. */
export function isPageResult(v: unknown): v is PageResult {
  if (!isRecord(v)) return false;
  switch (v.kind) {
    case 'analysis':
      return isRecord(v.analysis) && typeof v.analysis.url === 'string' && Array.isArray(v.analysis.summary);
    case 'loading':
      return true;
    case 'highlighted':
      return typeof v.found === 'boolean';
    case 'error':
      return isRecord(v.error) && typeof v.error.message === 'string';
    default:
      return false;
  }
}

/** The global the content script installs in the isolated world (one per frame, idempotent). */
export interface NutshellPageApi {
  version: number;
  run(request: PageRequest): PageResult;
}
