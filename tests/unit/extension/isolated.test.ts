import { describe, expect, it, vi } from 'vitest';
import { parseDocument } from '../../../cli/dom';
import { extractIsolated, firstPart, type WorkerLike, type WorkerRequest } from '../../../extension/isolated';
import { extractPage } from '../../../src/collect';

const html = '<!DOCTYPE html><html><head><title>T</title></head><body><article><p>Story text, long enough.</p></article></body></html>';
const facts = extractPage(parseDocument(html), { url: 'https://news.example/a' });

/**
 * A worker that says it is ready after `ready` ms (never, when null), as the real one does once its
 * script has run, and answers a request with `reply` after `delay` ms (never, when `delay` is null).
 */
function fakeWorker(reply: unknown, delay: number | null = 0, ready: number | null = 0) {
  const worker: WorkerLike & { posted: WorkerRequest[]; terminated: boolean } = {
    posted: [],
    terminated: false,
    onmessage: null,
    onerror: null,
    postMessage(message) {
      this.posted.push(message);
      if (delay !== null) setTimeout(() => this.onmessage?.({ data: reply } as MessageEvent), delay);
    },
    terminate() {
      this.terminated = true;
    },
  };
  if (ready !== null) setTimeout(() => worker.onmessage?.({ data: { kind: 'ready' } } as MessageEvent), ready);
  return worker;
}

describe('extractIsolated', () => {
  it('hands the snapshot to the worker and answers its facts; the worker is then ended', async () => {
    const w = fakeWorker({ kind: 'facts', facts });
    await expect(extractIsolated({ html, url: 'https://news.example/a' }, { start: () => w })).resolves.toEqual({ kind: 'facts', facts });
    expect(w.posted).toEqual([{ html, url: 'https://news.example/a' }]);
    expect(w.terminated).toBe(true);
  });

  it('a worker still busy at the deadline is terminated and the caller hears timeout', async () => {
    vi.useFakeTimers();
    try {
      const w = fakeWorker(null, null);
      const outcome = extractIsolated({ html, url: 'u' }, { start: () => w, deadlineMs: 1500 });
      await vi.advanceTimersByTimeAsync(1499);
      expect(w.terminated).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      await expect(outcome).resolves.toEqual({ kind: 'timeout', ms: 1500 });
      expect(w.terminated).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('the deadline counts from the worker being ready: a slow start-up does not eat the reading', async () => {
    vi.useFakeTimers();
    try {
      // 900 ms to start (a busy machine), then 1,200 ms to read: within both limits, so the facts come
      const w = fakeWorker({ kind: 'facts', facts }, 1200, 900);
      const outcome = extractIsolated({ html, url: 'u' }, { start: () => w, deadlineMs: 1500, startupMs: 1000 });
      await vi.advanceTimersByTimeAsync(2100);
      await expect(outcome).resolves.toEqual({ kind: 'facts', facts });
    } finally {
      vi.useRealTimers();
    }
  });

  it('a worker that never starts is ended at the start-up limit, and the caller hears how long it waited', async () => {
    vi.useFakeTimers();
    try {
      const w = fakeWorker(null, null, null);
      const outcome = extractIsolated({ html, url: 'u' }, { start: () => w, deadlineMs: 1500, startupMs: 1000 });
      await vi.advanceTimersByTimeAsync(999);
      expect(w.terminated).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      await expect(outcome).resolves.toEqual({ kind: 'timeout', ms: 1000 });
      expect(w.terminated).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('an error in the worker, a reply that is not facts, or a worker that cannot start is an error', async () => {
    await expect(extractIsolated({ html, url: 'u' }, { start: () => fakeWorker({ kind: 'error', message: 'boom' }) })).resolves.toEqual({
      kind: 'error',
      message: 'boom',
    });
    await expect(extractIsolated({ html, url: 'u' }, { start: () => fakeWorker({ kind: 'facts', facts: { url: 1 } }) })).resolves.toMatchObject({
      kind: 'error',
    });
    const crashing = fakeWorker(null, null);
    crashing.postMessage = function () {
      setTimeout(() => this.onerror?.({ message: 'Uncaught RangeError: Maximum call stack size exceeded' } as ErrorEvent), 0);
    };
    await expect(extractIsolated({ html, url: 'u' }, { start: () => crashing })).resolves.toEqual({
      kind: 'error',
      message: 'Uncaught RangeError: Maximum call stack size exceeded',
    });
    await expect(
      extractIsolated({ html, url: 'u' }, {
        start: () => {
          throw new Error('Workers are not allowed here');
        },
      }),
    ).resolves.toEqual({ kind: 'error', message: 'Workers are not allowed here' });
  });
});

describe('extractIsolated, no longer needed', () => {
  it('ends the worker at once when its signal aborts', async () => {
    const w = fakeWorker(null, null);
    const stop = new AbortController();
    const outcome = extractIsolated({ html, url: 'u' }, { start: () => w, signal: stop.signal });
    stop.abort();
    await expect(outcome).resolves.toMatchObject({ kind: 'error' });
    expect(w.terminated).toBe(true);
  });
});

describe('firstPart', () => {
  it('keeps a short page whole, and cuts a long one before a tag, never inside one', () => {
    expect(firstPart(html, 10_000)).toBe(html);
    const long = `<html><head><title>T</title></head><body>${'<p class="x">Story text.</p>'.repeat(100)}</body></html>`;
    const part = firstPart(long, 500);
    expect(part.length).toBeLessThanOrEqual(500);
    expect(long.startsWith(part)).toBe(true);
    expect(long[part.length]).toBe('<');
    // what an HTML parser makes of it: the head, and the paragraphs up to the cut
    const doc = parseDocument(part);
    expect(doc.title).toBe('T');
    const paras = Array.from(doc.querySelectorAll('p'), (p) => p.textContent);
    expect(paras.length).toBeGreaterThan(10);
    expect(paras.every((t) => t === 'Story text.')).toBe(true);
  });
});
