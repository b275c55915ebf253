/**
 * Read a page snapshot in a worker (workers/extract.ts), with a deadline. A page the content script
 * found unsafe to read in place (clobbered DOM properties, extreme nesting or size) comes here as
 * HTML; whatever Readability does with it, the worker is terminated when the deadline passes and
 * the caller hears `timeout`, never a hang.
 */
import type { PageFacts } from '../src/index';
import { isPageFacts } from '../src/index';

export interface WorkerRequest {
  html: string;
  url: string;
}

export type WorkerReply = { kind: 'facts'; facts: PageFacts } | { kind: 'error'; message: string };

export type IsolatedOutcome = WorkerReply | { kind: 'timeout'; ms: number };

/** What a worker must offer: enough of the DOM's Worker to post, listen and terminate. */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** The deadline for the isolated read of the whole snapshot. */
export const ISOLATED_DEADLINE_MS = 1000;

/**
 * When the whole snapshot is not read in time, its first part is read instead, with a deadline of
 * its own: a reader gets what could still be read (with a note), and the popup still answers
 * within 2 s of opening (issue #13).
 */
export const FIRST_PART = { chars: 60_000, deadlineMs: 600 } as const;

/**
 * The first part of a page's HTML, at most `chars` characters long, cut before a tag (never inside
 * one): an HTML parser closes whatever the cut leaves open, so the part reads as the page's top
 * (its head and metadata included, which come first).
 */
export function firstPart(html: string, chars: number = FIRST_PART.chars): string {
  if (html.length <= chars) return html;
  const cut = html.lastIndexOf('<', chars);
  return html.slice(0, cut > 0 ? cut : chars);
}

export const startExtractWorker = (): WorkerLike => new Worker(new URL('../workers/extract.ts', import.meta.url));

export function extractIsolated(
  request: WorkerRequest,
  { deadlineMs = ISOLATED_DEADLINE_MS, start = startExtractWorker }: { deadlineMs?: number; start?: () => WorkerLike } = {},
): Promise<IsolatedOutcome> {
  return new Promise((resolve) => {
    let worker: WorkerLike;
    try {
      worker = start();
    } catch (e) {
      resolve({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
      return;
    }
    const done = (outcome: IsolatedOutcome): void => {
      clearTimeout(timer);
      worker.terminate();
      resolve(outcome);
    };
    const timer = setTimeout(() => done({ kind: 'timeout', ms: deadlineMs }), deadlineMs);
    worker.onmessage = (event) => {
      const reply = event.data as WorkerReply | undefined;
      if (reply?.kind === 'facts' && isPageFacts(reply.facts)) done(reply);
      else done({ kind: 'error', message: reply?.kind === 'error' ? reply.message : 'The reader answered nothing usable.' });
    };
    worker.onerror = (event) => done({ kind: 'error', message: event.message || 'The reader stopped.' });
    worker.postMessage(request);
  });
}
