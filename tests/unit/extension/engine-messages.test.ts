/**
 * Engine failures in the reader's language (extension/engine-messages.ts): every error the engines
 * really raise (the loopback chat-completions server's cases, the base URL check, the fake
 * Summarizer's exceptions) becomes a message of the UI's locale, with its host, status and the exact
 * OLLAMA_ORIGINS line filled in, never the core's English `message`.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EngineError, normalizeBaseUrl, summarizeWithChrome, summarizeWithEndpoint, type EngineErrorCode, type SummarizeRequest, type SummarizerApi } from '../../../src/index';
import type { ArticleInput } from '../../../src/engines/prompt';
import { engineErrorKey, engineErrorLine, engineErrorText } from '../../../extension/engine-messages';
import { setMessageSource } from '../../../extension/i18n';
import { startChatServer, type ChatServer } from '../../../tools/chat-server/server';
import { localeNames, messageSource, readMessages } from '../../../tools/i18n/messages';
import { createFakeSummarizer, type FakeSummarizerOptions } from '../../../tools/summarizer/fake';

const article: ArticleInput = {
  title: 'Halifax port to spend $1.2 billion',
  source: 'The Chronicle Herald',
  published: null,
  modified: null,
  text: 'The port authority will spend $1.2 billion.\n\nThe plan calls for three new cranes.',
  lang: 'en',
};
const ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';

let server: ChatServer;
beforeAll(async () => {
  server = await startChatServer();
});
afterAll(() => server.close());
afterEach(() => setMessageSource(messageSource('en')));

const fail = (p: Promise<unknown>) => p.then(() => { throw new Error('did not fail'); }, (e: unknown) => e as EngineError);
const req = (model: string, over: Partial<SummarizeRequest> = {}): SummarizeRequest => ({
  baseUrl: server.baseUrl,
  model,
  bullets: 3,
  fetch: (u, i) => fetch(u, i),
  origin: ORIGIN,
  // Long enough for any answer on a loaded machine; the two stalling cases shorten theirs.
  firstTokenMs: 20_000,
  idleMs: 20_000,
  ...over,
});
const chrome = (o: FakeSummarizerOptions) => fail(summarizeWithChrome(createFakeSummarizer(o) as unknown as SummarizerApi, article, { bullets: 3 }));

/** Every code, raised the way the engines raise it. */
async function everyError(): Promise<Map<string, EngineError>> {
  const closed = await startChatServer();
  const closedUrl = closed.baseUrl;
  await closed.close();
  const ctl = new AbortController();
  ctl.abort();
  const sync = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return e as EngineError;
    }
    throw new Error('did not throw');
  };
  // One at a time.
  const cases: Array<[string, () => EngineError | Promise<EngineError>]> = [
    ['bad-url (empty)', () => sync(() => normalizeBaseUrl('  '))],
    ['bad-url (invalid)', () => sync(() => normalizeBaseUrl('http://exa mple:99999'))],
    ['bad-url (scheme)', () => sync(() => normalizeBaseUrl('ftp://example.com/v1'))],
    ['refused', () => fail(summarizeWithEndpoint(article, req('tiny', { baseUrl: closedUrl })))],
    ['unauthorized', () => fail(summarizeWithEndpoint(article, req('status-401')))],
    ['ollama-origins', () => fail(summarizeWithEndpoint(article, req('ollama-403')))],
    ['model-not-found', () => fail(summarizeWithEndpoint(article, req('missing')))],
    ['no-model', () => fail(summarizeWithEndpoint(article, req(' ')))],
    ['path-not-found', () => fail(summarizeWithEndpoint(article, req('tiny', { baseUrl: server.baseUrl.replace(/\/v1$/, '/api') })))],
    ['rate-limited', () => fail(summarizeWithEndpoint(article, req('status-429')))],
    ['server', () => fail(summarizeWithEndpoint(article, req('status-503')))],
    ['not-json', () => fail(summarizeWithEndpoint(article, req('html')))],
    ['length', () => fail(summarizeWithEndpoint(article, req('length-empty')))],
    ['empty', () => fail(summarizeWithEndpoint(article, req('empty')))],
    ['first-token-timeout', () => fail(summarizeWithEndpoint(article, req('stall-first', { firstTokenMs: 300 })))],
    ['idle-timeout', () => fail(summarizeWithEndpoint(article, req('stall-middle', { idleMs: 300 })))],
    ['aborted', () => fail(summarizeWithEndpoint(article, req('tiny', { signal: ctl.signal })))],
    ['http', () => Promise.resolve(new EngineError('http', 'x answered 418.', { host: 'x.example', status: 418 }))],
    ['chrome-not-allowed', () => chrome({ state: 'downloadable', userActivation: () => false })],
    ['chrome-not-supported', () => chrome({ state: 'unavailable' })],
    ['chrome-quota', () => chrome({ state: 'available', modelQuota: 1 })],
    ['chrome-not-readable', () => chrome({ state: 'available', fail: { at: 'summarize', name: 'NotReadableError' } })],
    ['chrome-not-ready', () => chrome({ state: 'available', fail: { at: 'create', name: 'InvalidStateError' } })],
    ['chrome-empty', () => chrome({ state: 'available', reply: ' ' })],
    ['chrome-failed', () => chrome({ state: 'available', fail: { at: 'summarize', name: 'OperationError', message: 'The model crashed.' } })],
  ];
  const out = new Map<string, EngineError>();
  for (const [name, e] of cases) out.set(name, await e());
  return out;
}

describe('engine errors in the reader’s language', () => {
  let errors: Map<string, EngineError>;
  beforeAll(async () => {
    errors = await everyError();
  }, 20_000);

  it('raises every code the engines have', () => {
    for (const [name, e] of errors) expect(e, name).toBeInstanceOf(EngineError);
    const codes = new Set([...errors.values()].map((e) => e.code));
    const all: EngineErrorCode[] = ['bad-url', 'refused', 'unauthorized', 'forbidden', 'ollama-origins', 'model-not-found', 'path-not-found', 'rate-limited', 'server', 'not-json', 'length', 'empty', 'first-token-timeout', 'idle-timeout', 'aborted', 'http', 'no-model', 'chrome-not-allowed', 'chrome-not-supported', 'chrome-quota', 'chrome-not-readable', 'chrome-not-ready', 'chrome-empty', 'chrome-failed'];
    // 'forbidden' (a 403 from a server that is not Ollama) is worded below from a constructed error.
    expect([...codes].sort()).toEqual(all.filter((c) => c !== 'forbidden').sort());
  });

  for (const locale of localeNames()) {
    it(`${locale}: words each one with its data, in its own messages`, () => {
      setMessageSource(messageSource(locale));
      const own = readMessages(locale);
      const en = readMessages('en');
      const seen = new Set<string>();
      for (const [name, e] of [...errors, ['forbidden', new EngineError('forbidden', 'x', { host: 'proxy.example', status: 403 })] as const]) {
        const { key } = engineErrorKey(e);
        seen.add(key);
        expect(own, `${locale}: ${name} → ${key}`).toHaveProperty(key);
        const { message } = engineErrorText(e);
        expect(message, name).not.toMatch(/\$|^engineErr/);
        if (locale !== 'en') expect(message, `${locale}: ${name} is still English`).not.toBe(en[key]!.message);
        if (e.data.host && e.code !== 'ollama-origins') expect(message, name).toContain(e.data.host);
        if (e.status) expect(message, name).toContain(String(e.status));
      }
      // The bad-url, refused, server variants each have their message.
      expect(seen.size).toBeGreaterThanOrEqual(26);
      // Ollama's line, verbatim, whatever the language.
      expect(engineErrorText(errors.get('ollama-origins')!).message).toContain(`OLLAMA_ORIGINS=${ORIGIN}`);
      expect(engineErrorText(errors.get('model-not-found')!).message).toContain('missing');
      expect(engineErrorText(errors.get('bad-url (scheme)')!).message).toContain('ftp://');
    });
  }

  it('keeps the server’s or the browser’s own words apart, as its detail', () => {
    const unauthorized = engineErrorText(errors.get('unauthorized')!);
    expect(unauthorized.message).toBe(`127.0.0.1:${server.port} wants a valid API key (401): check the key in Options.`);
    expect(unauthorized.detail).toBe('test error 401');
    expect(engineErrorText(errors.get('chrome-failed')!)).toEqual({ message: "Chrome's on-device model failed.", detail: 'The model crashed.' });
    setMessageSource(messageSource('fr'));
    expect(engineErrorLine(errors.get('chrome-failed')!)).toBe('Le modèle local de Chrome a échoué. Message reçu\u00a0: «\u00a0The model crashed.\u00a0»');
    expect(engineErrorText(errors.get('refused')!).message).toMatch(/^Impossible de joindre 127\.0\.0\.1:\d+\. Le serveur est-il lancé sur cet ordinateur ?/);
  });

  it('words a failure that is not an engine’s as unexpected, its text as the detail', () => {
    expect(engineErrorText(new TypeError('x is undefined'))).toEqual({ message: 'Something unexpected went wrong.', detail: 'x is undefined' });
  });
});
