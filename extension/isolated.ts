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

/** What the worker says once its script has run and it listens: the reading's clock starts then. */
export interface WorkerReady {
  kind: 'ready';
}

export type IsolatedOutcome = WorkerReply | { kind: 'timeout'; ms: number };

/** What a worker must offer: enough of the DOM's Worker to post, listen and terminate. */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** The deadline for the isolated read: the popup still paints its answer within 2 s of opening. */
export const ISOLATED_DEADLINE_MS = 1500;

/**
 * The worker's start-up (its 450 KB script and linkedom parsed and run) has a limit of its own, and
 * the reading's deadline starts when the worker says it is ready: on a busy machine the start-up
 * alone took most of 1.5 s, and a reading that would have taken 50 ms then timed out (issue #13).
 * Whatever happens, the caller hears within the two together.
 */
export const ISOLATED_STARTUP_MS = 1000;

/**
 * A long snapshot's first part is read too, in a second worker started beside the first: should the
 * whole not be read by the deadline, a reader gets what could still be read (with a note) instead
 * of an error, and no later than the deadline (issue #13).
 */
export const FIRST_PART = { chars: 60_000 } as const;

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
  {
    deadlineMs = ISOLATED_DEADLINE_MS,
    startupMs = ISOLATED_STARTUP_MS,
    start = startExtractWorker,
    signal,
  }: { deadlineMs?: number; startupMs?: number; start?: () => WorkerLike; signal?: AbortSignal } = {},
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
    const began = Date.now();
    const timeout = (): void => done({ kind: 'timeout', ms: Math.round((Date.now() - began) / 100) * 100 });
    // First the start-up's limit; once the worker is ready, the reading's deadline.
    let timer = setTimeout(timeout, startupMs);
    // No longer wanted (the whole page was read first): the worker is ended at once.
    signal?.addEventListener('abort', () => done({ kind: 'error', message: 'The reading was no longer needed.' }), { once: true });
    worker.onmessage = (event) => {
      const reply = event.data as WorkerReply | WorkerReady | undefined;
      if (reply?.kind === 'ready') {
        clearTimeout(timer);
        timer = setTimeout(timeout, deadlineMs);
        return;
      }
      if (reply?.kind === 'facts' && isPageFacts(reply.facts)) done(reply);
      else done({ kind: 'error', message: reply?.kind === 'error' ? reply.message : 'The reader answered nothing usable.' });
    };
    worker.onerror = (event) => done({ kind: 'error', message: event.message || 'The reader stopped.' });
    worker.postMessage(request);
  });
}
