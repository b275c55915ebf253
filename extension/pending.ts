/**
 * A request handed from the background (context menu) to the popup. `storage.session` survives a
 * service-worker restart between the click and the popup's first read; it expires after a minute so
 * a stale click never hijacks a later toolbar click.
 */
import { browser, type Storage } from './browser';

export type PendingMode = 'page' | 'selection' | 'link';

export interface PendingRequest {
  tabId: number;
  mode: PendingMode;
  selectionText?: string;
  /** mode 'link': the link as the browser gave it, unchecked (the popup checks it). */
  linkUrl?: string;
  at: number;
}

const KEY = 'pending';
const MAX_AGE_MS = 60_000;

function area(): Storage.StorageArea {
  // storage.session exists in Chrome ≥ 102 and Firefox ≥ 115; fall back to local elsewhere.
  return (browser.storage as { session?: Storage.StorageArea }).session ?? browser.storage.local;
}

export async function putPending(req: PendingRequest): Promise<void> {
  await area().set({ [KEY]: req });
}

export function isPendingRequest(v: unknown): v is PendingRequest {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return (
    typeof r.tabId === 'number' &&
    (r.mode === 'page' || r.mode === 'selection' || r.mode === 'link') &&
    typeof r.at === 'number' &&
    (r.selectionText === undefined || typeof r.selectionText === 'string') &&
    (r.mode === 'link' ? typeof r.linkUrl === 'string' : r.linkUrl === undefined)
  );
}

/** Read and clear the pending request for `tabId`, if it is fresh. */
export function takePending(tabId: number, now = Date.now()): Promise<PendingRequest | null> {
  return pendingReader()(tabId, now);
}

/**
 * Start reading the pending request now, before the tab is known (the popup looks both up at
 * once); the function returned takes it for `tabId`: read and cleared, if it is fresh.
 */
export function pendingReader(): (tabId: number, now?: number) => Promise<PendingRequest | null> {
  const read = area().get(KEY);
  read.catch(() => undefined); // a caller that finds no tab never asks
  return async (tabId, now = Date.now()) => {
    const stored: unknown = (await read)[KEY];
    if (!isPendingRequest(stored)) return null;
    if (stored.tabId !== tabId || now - stored.at > MAX_AGE_MS) return null;
    await area().remove(KEY);
    return stored;
  };
}
