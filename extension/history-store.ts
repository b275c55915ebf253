/**
 * The storage edge of the history (src/history.ts decides what an entry is): `storage.local`, on
 * this machine only, never synced. Every read is narrowed by `repairHistory`; storage holding
 * garbage gives the entries that are still whole (and is rewritten clean on the next write).
 * Writes are queued one after another, so two briefs saved at once both stay.
 */
import { browser } from './browser';
import { addToHistory, findInHistory, repairHistory, storedHistory, toHistoryEntry, type Analysis, type HistoryEntry } from '../src/index';

export const HISTORY_KEY = 'history';

export async function loadHistory(): Promise<HistoryEntry[]> {
  let stored: unknown;
  try {
    stored = (await browser.storage.local.get(HISTORY_KEY))[HISTORY_KEY];
  } catch {
    return [];
  }
  return repairHistory(stored).entries;
}

let queue: Promise<unknown> = Promise.resolve();

/** Run `change` on the current list and store its result, after any write still under way. */
function update(change: (list: HistoryEntry[]) => HistoryEntry[]): Promise<HistoryEntry[]> {
  const next = queue.then(async () => {
    const list = change(await loadHistory());
    await browser.storage.local.set({ [HISTORY_KEY]: storedHistory(list) });
    return list;
  });
  queue = next.catch(() => undefined);
  return next;
}

/** Keep this brief (newest first, one per page, the last 200). */
export function rememberBrief(analysis: Analysis, when = new Date()): Promise<HistoryEntry[]> {
  return update((list) => addToHistory(list, toHistoryEntry(analysis, when)));
}

/** The kept brief of this page, if it was read before. */
export async function briefFor(url: string | undefined): Promise<HistoryEntry | null> {
  return findInHistory(await loadHistory(), url);
}

export function forgetBrief(url: string): Promise<HistoryEntry[]> {
  return update((list) => list.filter((e) => e.brief.url !== url));
}

export function clearHistory(): Promise<HistoryEntry[]> {
  return update(() => []);
}
