/**
 * Edge adapter for "Summarize this link": check the link, fetch the one page it points to, decode
 * and parse it into a Document the core can read. Runs in the popup (an extension page: it has
 * `fetch`, `TextDecoder` and `DOMParser`), only after the reader granted the host permission.
 * Loaded on demand (its own chunk), never at the popup's first paint.
 *
 * The pure parts (URL check, host pattern, content type) take plain values and are unit
 * tested; `fetchLinkedPage` takes its `fetch` as an option so its limits can be tested with a fake.
 */
import { decodeHtml } from '../src/index';
import { t } from './i18n';

export type LinkErrorReason = 'invalid-url' | 'timeout' | 'too-large' | 'not-html' | 'http-status' | 'network';

export interface LinkError {
  reason: LinkErrorReason;
  message: string;
  detail: string;
}

export type Checked<T> = ({ ok: true } & T) | { ok: false; error: LinkError };

/** The page limits: a news page is well below 5 MB of HTML, and answers within 15 s. */
export const MAX_PAGE_BYTES = 5 * 1024 * 1024;
export const FETCH_TIMEOUT_MS = 15_000;

/** Only plain web links: never javascript:, data:, file:, blob:, browser or extension pages. */
export function checkLinkUrl(raw: unknown): Checked<{ url: URL }> {
  const text = typeof raw === 'string' ? raw.trim() : '';
  let url: URL | null = null;
  try {
    url = text ? new URL(text) : null;
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) {
    return {
      ok: false,
      error: {
        reason: 'invalid-url',
        message: t('linkInvalid'),
        detail: text.length > 200 ? `${text.slice(0, 200)}…` : text || t('linkNoLink'),
      },
    };
  }
  // A fragment is not sent anyway; credentials in a URL would be (and the promise is "no cookies").
  url.hash = '';
  url.username = '';
  url.password = '';
  return { ok: true, url };
}

/**
 * The host permission the link needs. Match patterns carry no port (Firefox refuses one), so the
 * pattern covers every port of the host, for the link's own scheme only.
 */
export function hostPatterns(url: URL): string[] {
  return [`${url.protocol}//${url.hostname}/*`];
}

/** The media type of a Content-Type header, lower case, without parameters. */
export function mediaType(contentType: string | null): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

export function isHtmlType(contentType: string | null): boolean {
  const type = mediaType(contentType);
  return type === 'text/html' || type === 'application/xhtml+xml';
}

export interface FetchedPage {
  html: string;
  /** The URL after redirects: what was really read. */
  finalUrl: string;
  charset: string;
  bytes: number;
}

export interface FetchOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  maxBytes?: number;
}

class Stop extends Error {
  constructor(readonly error: LinkError) {
    super(error.message);
  }
}

const tooLarge = (max: number, detail: string): LinkError => ({
  reason: 'too-large',
  message: t('linkTooLarge', Math.round(max / 1024 / 1024)),
  detail,
});

async function readCapped(res: Response, maxBytes: number): Promise<Uint8Array> {
  const reader = res.body?.getReader();
  if (!reader) {
    const all = new Uint8Array(await res.arrayBuffer());
    if (all.length > maxBytes) throw new Stop(tooLarge(maxBytes, `${all.length} bytes`));
    return all;
  }
  const parts: Uint8Array[] = [];
  let n = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!value) continue;
    n += value.length;
    if (n > maxBytes) {
      // Stop the download: nothing past the cap is ever read.
      await reader.cancel().catch(() => undefined);
      throw new Stop(tooLarge(maxBytes, `stopped after ${n} bytes`));
    }
    parts.push(value);
  }
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Fetch one page: no cookies, no referrer, redirects followed, a time limit over the whole
 * download, a size cap on the streamed body, HTML only. Every failure comes back as data.
 */
export async function fetchLinkedPage(url: string, options: FetchOptions = {}): Promise<Checked<{ page: FetchedPage }>> {
  const { fetch: fetchImpl = globalThis.fetch.bind(globalThis), timeoutMs = FETCH_TIMEOUT_MS, maxBytes = MAX_PAGE_BYTES } = options;
  const checked = checkLinkUrl(url);
  if (!checked.ok) return checked;
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), timeoutMs);
  try {
    const res = await fetchImpl(checked.url.href, {
      credentials: 'omit',
      redirect: 'follow',
      referrerPolicy: 'no-referrer',
      headers: { Accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' },
      signal: ctrl.signal,
    });
    const finalUrl = res.url || checked.url.href;
    if (!checkLinkUrl(finalUrl).ok) throw new Stop({ reason: 'invalid-url', message: t('linkRedirectNotPage'), detail: finalUrl });
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined);
      throw new Stop({ reason: 'http-status', message: t('linkHttpStatus', String(res.status)), detail: `${res.status} ${res.statusText}`.trim() });
    }
    const contentType = res.headers.get('content-type');
    if (!isHtmlType(contentType)) {
      await res.body?.cancel().catch(() => undefined);
      throw new Stop({ reason: 'not-html', message: t('linkNotHtml'), detail: contentType ? t('linkNotHtmlType', mediaType(contentType)) : t('linkNoType') });
    }
    const declared = Number(res.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      await res.body?.cancel().catch(() => undefined);
      throw new Stop(tooLarge(maxBytes, `${declared} bytes`));
    }
    const bytes = await readCapped(res, maxBytes);
    // The core's sniffer (src/text/charset.ts), as the CLI reads saved pages: BOM, valid UTF-8,
    // the header's charset, the meta charset, windows-1252.
    const { text: html, encoding: charset } = decodeHtml(bytes, contentType);
    return { ok: true, page: { html, finalUrl, charset, bytes: bytes.length } };
  } catch (e) {
    if (e instanceof Stop) return { ok: false, error: e.error };
    if (ctrl.signal.aborted) {
      return { ok: false, error: { reason: 'timeout', message: t('linkTimeout', Math.round(timeoutMs / 1000)), detail: checked.url.host } };
    }
    return {
      ok: false,
      error: {
        reason: 'network',
        message: t('linkNetwork'),
        detail: e instanceof Error ? e.message : String(e),
      },
    };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Parse fetched HTML into an inert Document (DOMParser runs no script and loads nothing), with a
 * `<base>` so relative links and images resolve against the page's own URL (a page's own relative
 * `<base href>` is resolved against it first).
 */
export function parseLinkedPage(html: string, finalUrl: string, parser: DOMParser = new DOMParser()): Document {
  const doc = parser.parseFromString(html, 'text/html');
  const own = doc.querySelector('base[href]');
  let href = finalUrl;
  if (own) {
    try {
      href = new URL(own.getAttribute('href') ?? '', finalUrl).href;
    } catch {
      href = finalUrl;
    }
  }
  const base = own ?? doc.createElement('base');
  base.setAttribute('href', href);
  if (!own) doc.head.prepend(base);
  return doc;
}
