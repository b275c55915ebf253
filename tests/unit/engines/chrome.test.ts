/** Chrome's on-device engine against a faithful fake of the Summarizer API (tools/summarizer/fake.ts). */
import { describe, expect, it } from 'vitest';
import { chromeAvailability, summarizerOptions, summarizeWithChrome, type SummarizerApi } from '../../../src/engines/chrome';
import { EngineError } from '../../../src/engines/openai';
import type { ArticleInput } from '../../../src/engines/prompt';
import { createFakeSummarizer } from '../../../tools/summarizer/fake';

const article: ArticleInput = {
  title: 'Halifax port to spend $1.2 billion',
  source: 'The Chronicle Herald',
  published: null,
  modified: null,
  text: 'The port authority will spend $1.2 billion.\n\nThe plan calls for three new cranes.',
  lang: 'en',
};
const api = (f: ReturnType<typeof createFakeSummarizer>) => f as unknown as SummarizerApi;

describe('chromeAvailability', () => {
  it('is unsupported without the API, and asks with the options create() gets', async () => {
    expect(await chromeAvailability(undefined, article, 3)).toBe('unsupported');
    const fake = createFakeSummarizer({ state: 'downloadable' });
    expect(await chromeAvailability(api(fake), article, 5)).toBe('downloadable');
    expect(fake.calls[0]!.options).toEqual(summarizerOptions(article, 5));
    expect(summarizerOptions(article, 5)).toMatchObject({ type: 'key-points', length: 'medium', expectedInputLanguages: ['en'], outputLanguage: 'en' });
    expect(await chromeAvailability(api(createFakeSummarizer({ state: 'unavailable' })), article, 3)).toBe('unavailable');
  });
  it('falls back to an output language the API supports', () => {
    expect(summarizerOptions({ ...article, lang: 'de' }, 7)).toMatchObject({ expectedInputLanguages: ['de'], outputLanguage: 'en', length: 'long' });
    expect(summarizerOptions({ ...article, lang: 'ja' }, 3).outputLanguage).toBe('ja');
  });
});

describe('summarizeWithChrome', () => {
  it('streams the key points of an available model', async () => {
    const seen: string[] = [];
    const r = await summarizeWithChrome(api(createFakeSummarizer({ state: 'available' })), article, { bullets: 3, onText: (t) => seen.push(t) });
    expect(r.bullets).toEqual(['The port authority will spend $1.2 billion on the terminal.', 'The plan includes three new cranes.', 'Critics fear noise.']);
    expect(r.inputCut).toBe(false);
    expect(seen.length).toBeGreaterThan(3);
  });

  it('needs a click to download, and reports the progress', async () => {
    let clicking = false;
    const fake = createFakeSummarizer({ state: 'downloadable', userActivation: () => clicking });
    const e = await summarizeWithChrome(api(fake), article, { bullets: 3 }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(EngineError);
    expect((e as EngineError).code).toBe('chrome-not-allowed');
    clicking = true;
    const progress: number[] = [];
    const r = await summarizeWithChrome(api(fake), article, { bullets: 3, onProgress: (p) => progress.push(p) });
    expect(progress).toEqual([0, 0.5, 1]);
    expect(r.bullets).toHaveLength(3);
    expect(await fake.availability()).toBe('available');
  });

  it('cuts the text to the input quota, and says so', async () => {
    const long = { ...article, text: Array.from({ length: 200 }, (_, i) => `Paragraph ${i} about the port.`).join('\n\n') };
    const fake = createFakeSummarizer({ state: 'available', inputQuota: 300 });
    const r = await summarizeWithChrome(api(fake), long, { bullets: 3 });
    expect(r.inputCut).toBe(true);
    const sent = fake.calls.find((c) => c.method === 'summarizeStreaming')!.text!;
    expect(Math.ceil(sent.length / 4)).toBeLessThanOrEqual(300);
  });

  it('maps the API’s errors', async () => {
    const unavailable = await summarizeWithChrome(api(createFakeSummarizer({ state: 'unavailable' })), article, { bullets: 3 }).catch((x: unknown) => x);
    expect((unavailable as EngineError).code).toBe('chrome-not-supported');
    expect((unavailable as EngineError).message).toMatch(/does not support/);
    const ctl = new AbortController();
    ctl.abort();
    const aborted = await summarizeWithChrome(api(createFakeSummarizer({ state: 'available' })), article, { bullets: 3, signal: ctl.signal }).catch((x: unknown) => x);
    expect((aborted as EngineError).code).toBe('aborted');
    const empty = await summarizeWithChrome(api(createFakeSummarizer({ state: 'available', reply: '   ' })), article, { bullets: 3 }).catch((x: unknown) => x);
    expect((empty as EngineError).code).toBe('chrome-empty');
  });

  it.each([
    ['create', 'NotAllowedError', 'chrome-not-allowed'],
    ['create', 'NotSupportedError', 'chrome-not-supported'],
    ['create', 'InvalidStateError', 'chrome-not-ready'],
    ['summarize', 'NotReadableError', 'chrome-not-readable'],
    ['summarize', 'AbortError', 'aborted'],
    ['summarize', 'UnknownError', 'chrome-failed'],
  ] as const)('maps a %s that throws %s to %s', async (at, name, code) => {
    const fake = createFakeSummarizer({ state: 'available', fail: { at, name, message: `${name} from the model` } });
    const e = (await summarizeWithChrome(api(fake), article, { bullets: 3 }).catch((x: unknown) => x)) as EngineError;
    expect(e).toBeInstanceOf(EngineError);
    expect(e.code).toBe(code);
    if (code === 'chrome-failed') expect(e.data.detail).toBe('UnknownError from the model');
  });

  it('needs a click while the model is downloading too', async () => {
    const fake = createFakeSummarizer({ state: 'downloading', userActivation: () => false });
    const e = (await summarizeWithChrome(api(fake), article, { bullets: 3 }).catch((x: unknown) => x)) as EngineError;
    expect(e.code).toBe('chrome-not-allowed');
  });

  it('cuts the text again when the model finds it too long, and says so', async () => {
    const long = { ...article, text: Array.from({ length: 100 }, (_, i) => `Paragraph ${i} about the port and its cranes.`).join('\n\n') };
    // measureInputUsage says it fits; the model counts otherwise and refuses more than a third of it.
    const fake = createFakeSummarizer({ state: 'available', inputQuota: 100_000, modelQuota: Math.ceil(long.text.length / 4 / 3) });
    const r = await summarizeWithChrome(api(fake), long, { bullets: 3 });
    expect(r.inputCut).toBe(true);
    expect(r.bullets).toHaveLength(3);
    const sent = fake.calls.filter((c) => c.method === 'summarizeStreaming').map((c) => c.text!.length);
    expect(sent.length).toBeGreaterThan(1);
    expect(sent.at(-1)!).toBeLessThanOrEqual(long.text.length / 3);
  });

  it('gives up when even a cut text is too long', async () => {
    const fake = createFakeSummarizer({ state: 'available', modelQuota: 1 });
    const e = (await summarizeWithChrome(api(fake), article, { bullets: 3 }).catch((x: unknown) => x)) as EngineError;
    expect(e.code).toBe('chrome-quota');
  });
});
