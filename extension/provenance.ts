/**
 * Edge adapter: fetch the first bytes of each image and read its provenance (XMP / C2PA) with the
 * pure parsers in src/ai/provenance. Runs in an extension page (popup/options/background), never
 * in the content script, and only after the reader enabled "Check image files for AI provenance"
 * and granted the host permission. Every failure (network, HTTP status, timeout, odd bytes) is
 * quietly "unknown": this is an extra signal, never a reason to show an error.
 */
import { readProvenanceAsync, UNKNOWN, type Provenance } from '../src/ai/provenance/index';

export interface ProvenanceOptions {
  /** Bytes read per image at most (XMP and C2PA sit near the start of a file). */
  maxBytes?: number;
  /** Per-image time limit, ms. */
  timeoutMs?: number;
  /** Images fetched at once. */
  concurrency?: number;
}

async function readPrefix(res: Response, maxBytes: number): Promise<Uint8Array> {
  const out = new Uint8Array(maxBytes);
  let n = 0;
  const reader = res.body?.getReader();
  if (!reader) {
    const all = new Uint8Array(await res.arrayBuffer());
    return all.subarray(0, maxBytes);
  }
  while (n < maxBytes) {
    const { done, value } = await reader.read();
    if (done || !value) break;
    const take = Math.min(value.length, maxBytes - n);
    out.set(value.subarray(0, take), n);
    n += take;
  }
  // A server that ignored the Range header would keep sending: stop it.
  await reader.cancel().catch(() => undefined);
  return out.subarray(0, n);
}

async function checkOne(url: string, maxBytes: number, timeoutMs: number): Promise<Provenance> {
  if (!/^https?:/i.test(url)) return UNKNOWN;
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), timeoutMs);
  try {
    const res = await fetch(url, {
      headers: { Range: `bytes=0-${maxBytes - 1}` },
      signal: ctrl.signal,
      credentials: 'omit',
      cache: 'force-cache',
    });
    if (!res.ok) return UNKNOWN;
    return await readProvenanceAsync(await readPrefix(res, maxBytes));
  } catch {
    return UNKNOWN;
  } finally {
    clearTimeout(timer);
  }
}

export async function checkImageProvenance(urls: string[], options: ProvenanceOptions = {}): Promise<Map<string, Provenance>> {
  const { maxBytes = 256 * 1024, timeoutMs = 8000, concurrency = 4 } = options;
  const todo = [...new Set(urls)];
  const results = new Map<string, Provenance>();
  const worker = async (): Promise<void> => {
    for (let url = todo.shift(); url !== undefined; url = todo.shift()) results.set(url, await checkOne(url, maxBytes, timeoutMs));
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, todo.length) }, worker));
  return results;
}
