/**
 * A faithful fake of Chrome's Summarizer API (https://webmachinelearning.github.io/writing-assistance-apis/),
 * for unit tests and for injecting into a Chromium page in real-browser tests (`fakeSummarizerSource`
 * is the same function as a script, so `createFakeSummarizer` uses nothing from outside its body).
 * It follows the spec's states:
 * - `availability(options)` answers the state it was given, and `unavailable` for an output language
 *   outside en/es/ja;
 * - `create()` throws NotSupportedError when unavailable, NotAllowedError when the model is still
 *   `downloadable` or `downloading` and the call has no user activation; otherwise it reports
 *   `downloadprogress` (0, then up to 1) to the monitor while "downloading", and the model is then
 *   `available`;
 * - `measureInputUsage` counts a token per four characters; `summarize*` throw QuotaExceededError
 *   past the model's own quota (`modelQuota`, `inputQuota` unless told: a model can count otherwise
 *   than measureInputUsage), AbortError when the signal is aborted, and stream the key points in pieces;
 * - `fail` makes `create()` or the summary throw a DOMException of that name (NotReadableError…).
 */
export interface FakeSummarizerOptions {
  state: 'unavailable' | 'downloadable' | 'downloading' | 'available';
  /** Whether a call happens during a user activation (a click). */
  userActivation?: () => boolean;
  inputQuota?: number;
  /** What the model itself accepts (tokens as measureInputUsage counts them); inputQuota by default. */
  modelQuota?: number;
  /** The key points the model "writes". */
  reply?: string;
  /** Milliseconds between download progress events (5 by default). */
  stepMs?: number;
  /** Milliseconds between streamed pieces (1 by default). */
  pieceMs?: number;
  /** Throw a DOMException of this name from `create()` or from the summary. */
  fail?: { at: 'create' | 'summarize'; name: string; message?: string };
}

export interface FakeSummarizer {
  availability(opts?: { outputLanguage?: string }): Promise<string>;
  create(opts?: Record<string, unknown>): Promise<unknown>;
  /** What each call received (for assertions). */
  calls: Array<{ method: string; options?: unknown; text?: string; activated?: boolean }>;
}

export function createFakeSummarizer(o: FakeSummarizerOptions): FakeSummarizer {
  const SUPPORTED = ['en', 'es', 'ja'];
  let state = o.state;
  const quota = o.inputQuota ?? 4000;
  const modelQuota = o.modelQuota ?? quota;
  const stepMs = o.stepMs ?? 5;
  const pieceMs = o.pieceMs ?? 1;
  const reply = o.reply ?? '* The port authority will spend $1.2 billion on the terminal.\n* The plan includes three new cranes.\n* Critics fear noise.';
  const calls: FakeSummarizer['calls'] = [];
  const abortError = () => new DOMException('The operation was aborted.', 'AbortError');
  const failure = (at: 'create' | 'summarize') => (o.fail?.at === at ? new DOMException(o.fail.message ?? `${o.fail.name} (fake)`, o.fail.name) : null);
  const check = (signal?: AbortSignal) => {
    if (signal?.aborted) throw abortError();
  };
  return {
    calls,
    async availability(opts = {}) {
      calls.push({ method: 'availability', options: opts });
      if (opts.outputLanguage && !SUPPORTED.includes(opts.outputLanguage)) return 'unavailable';
      return state;
    },
    async create(opts = {}) {
      calls.push({ method: 'create', options: { ...opts, monitor: typeof opts.monitor, signal: undefined }, activated: o.userActivation?.() ?? false });
      const signal = opts.signal as AbortSignal | undefined;
      check(signal);
      if (state === 'unavailable') throw new DOMException('The model is not available.', 'NotSupportedError');
      if ((state === 'downloadable' || state === 'downloading') && !(o.userActivation?.() ?? false)) {
        throw new DOMException('Requires a user gesture when availability is "downloadable" or "downloading".', 'NotAllowedError');
      }
      const failed = failure('create');
      if (failed) throw failed;
      if (state !== 'available') {
        const target = new EventTarget();
        (opts.monitor as ((m: EventTarget) => void) | undefined)?.(target);
        state = 'downloading';
        for (const loaded of [0, 0.5, 1]) {
          await new Promise((r) => setTimeout(r, stepMs));
          check(signal);
          target.dispatchEvent(Object.assign(new Event('downloadprogress'), { loaded, total: 1 }));
        }
        state = 'available';
      }
      let destroyed = false;
      const usage = (text: string) => Math.ceil(text.length / 4);
      return {
        inputQuota: quota,
        async measureInputUsage(text: string, o2: { signal?: AbortSignal } = {}) {
          calls.push({ method: 'measureInputUsage', text });
          check(o2.signal);
          return usage(text);
        },
        async summarize(text: string, o2: { signal?: AbortSignal } = {}) {
          calls.push({ method: 'summarize', text });
          check(o2.signal);
          if (usage(text) > modelQuota) throw new DOMException('The input is too large.', 'QuotaExceededError');
          const failed2 = failure('summarize');
          if (failed2) throw failed2;
          return reply;
        },
        summarizeStreaming(text: string, o2: { signal?: AbortSignal } = {}) {
          calls.push({ method: 'summarizeStreaming', text });
          const pieces = reply.match(/[\s\S]{1,9}/gu) ?? [];
          let i = 0;
          return new ReadableStream<string>({
            async pull(c) {
              if (destroyed) return c.error(new DOMException('The summarizer was destroyed.', 'InvalidStateError'));
              if (o2.signal?.aborted) return c.error(abortError());
              if (usage(text) > modelQuota) return c.error(new DOMException('The input is too large.', 'QuotaExceededError'));
              const failed2 = failure('summarize');
              if (failed2) return c.error(failed2);
              await new Promise((r) => setTimeout(r, pieceMs));
              if (i < pieces.length) c.enqueue(pieces[i++]!);
              else c.close();
            },
          });
        },
        destroy() {
          destroyed = true;
        },
      };
    },
  };
}

/**
 * The fake as a script for a page (run before the page's own scripts, e.g. with
 * Page.addScriptToEvaluateOnNewDocument): it defines `Summarizer`, a click's user activation read
 * from `navigator.userActivation.isActive` as Chrome does.
 */
export function fakeSummarizerSource(o: Omit<FakeSummarizerOptions, 'userActivation'>): string {
  return `(() => {
  const create = ${createFakeSummarizer.toString()};
  const fake = create({ ...${JSON.stringify(o)}, userActivation: () => navigator.userActivation.isActive });
  Object.defineProperty(globalThis, 'Summarizer', { value: fake, configurable: true, writable: true });
  globalThis.__fakeSummarizerCalls = fake.calls;
})();`;
}
