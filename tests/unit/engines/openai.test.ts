/**
 * The OpenAI-compatible engine against the loopback chat-completions server (tools/chat-server/):
 * plain and streamed answers, split UTF-8, the two timeouts, cancelling, and every error a reader
 * can meet, each mapped to its code and a message that says what to do.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EngineError,
  endpointHost,
  listModels,
  normalizeBaseUrl,
  originPattern,
  readEvents,
  summarizeWithEndpoint,
  type SummarizeRequest,
} from '../../../src/engines/openai';
import type { ArticleInput } from '../../../src/engines/prompt';
import { DEFAULT_REPLY, startChatServer, type ChatServer } from '../../../tools/chat-server/server';

const article: ArticleInput = {
  title: 'Halifax port to spend $1.2 billion on container terminal',
  source: 'The Chronicle Herald',
  published: '2026-11-03T09:30:00-04:00',
  modified: null,
  text: 'The port authority said on Tuesday that it would spend $1.2 billion.\n\nThe plan calls for three new cranes.',
  lang: 'en',
};

let server: ChatServer;
let keyed: ChatServer;
beforeAll(async () => {
  server = await startChatServer();
  keyed = await startChatServer({ requireKey: 'sk-test-123' });
});
afterAll(async () => {
  await server.close();
  await keyed.close();
});

const req = (model: string, over: Partial<SummarizeRequest> = {}): SummarizeRequest => ({
  baseUrl: server.baseUrl,
  model,
  bullets: 3,
  fetch: (u, i) => fetch(u, i),
  ...over,
});

async function failure(p: Promise<unknown>): Promise<EngineError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(EngineError);
    return e as EngineError;
  }
  throw new Error('expected a failure');
}

const BULLETS = DEFAULT_REPLY.split('\n').map((l) => l.slice(2));

describe('normalizeBaseUrl', () => {
  it.each([
    ['localhost:11434', 'http://localhost:11434/v1'],
    ['http://localhost:11434', 'http://localhost:11434/v1'],
    ['http://localhost:11434/', 'http://localhost:11434/v1'],
    ['http://127.0.0.1:8080/v1/', 'http://127.0.0.1:8080/v1'],
    ['http://localhost:1234/v1/chat/completions', 'http://localhost:1234/v1'],
    ['https://api.openai.com/v1/models', 'https://api.openai.com/v1'],
    ['api.openai.com', 'https://api.openai.com/v1'],
    ['192.168.1.20:11434', 'http://192.168.1.20:11434/v1'],
    ['https://gateway.example/openai/v1?x=1#y', 'https://gateway.example/openai/v1'],
  ])('%s → %s', (raw, want) => expect(normalizeBaseUrl(raw)).toBe(want));

  it('refuses what is not an http(s) address', () => {
    for (const bad of ['', '   ', 'ftp://example.com', 'file:///etc/passwd', 'http://exa mple.com']) {
      expect(() => normalizeBaseUrl(bad)).toThrowError(EngineError);
    }
  });

  it('names the host and a port-less match pattern', () => {
    expect(endpointHost('http://localhost:11434/v1')).toBe('localhost:11434');
    expect(originPattern('http://localhost:11434/v1')).toBe('http://localhost/*');
    expect(originPattern('https://api.openai.com/v1')).toBe('https://api.openai.com/*');
  });
});

describe('listModels', () => {
  it('reads /v1/models, from a base URL given without /v1', async () => {
    const origin = server.baseUrl.replace(/\/v1$/, '');
    expect(await listModels({ baseUrl: origin, fetch })).toEqual(['llama3.2:1b', 'tiny']);
  });
  it('sends the API key, and maps a refused key to unauthorized', async () => {
    expect(await listModels({ baseUrl: keyed.baseUrl, apiKey: 'sk-test-123', fetch })).toEqual(['llama3.2:1b', 'tiny']);
    expect((await failure(listModels({ baseUrl: keyed.baseUrl, apiKey: 'wrong', fetch }))).code).toBe('unauthorized');
  });
  it('says the path is wrong when the server has no such API', async () => {
    const e = await failure(listModels({ baseUrl: server.baseUrl.replace(/\/v1$/, '/api'), fetch }));
    expect(e.code).toBe('path-not-found');
    expect(e.message).toContain('/v1');
  });
});

describe('summarizeWithEndpoint', () => {
  it('reads a plain JSON answer, with the prompt carrying title, source, time and text', async () => {
    const r = await summarizeWithEndpoint(article, req('tiny', { stream: false }));
    expect(r.bullets).toEqual(BULLETS);
    expect(r).toMatchObject({ inputCut: false, outputCut: false, model: 'tiny', endpoint: server.baseUrl });
    const sent = server.requests.at(-1)!;
    expect(sent.path).toBe('/v1/chat/completions');
    const body = sent.body as { model: string; stream: boolean; messages: Array<{ role: string; content: string }> };
    expect(body.stream).toBe(false);
    const user = body.messages.find((m) => m.role === 'user')!.content;
    for (const part of [article.title, 'The Chronicle Herald', '2026-11-03T09:30:00-04:00', 'three new cranes']) expect(user).toContain(part);
    expect(body.messages[0]!.content).toMatch(/exactly 3 bullet points/);
    expect(body.messages[0]!.content).toMatch(/English/);
    expect(body.messages[0]!.content).toMatch(/no outside knowledge/);
  });

  it('streams (SSE), telling the text so far as it comes', async () => {
    const seen: string[] = [];
    const r = await summarizeWithEndpoint(article, req('tiny', { onText: (t) => seen.push(t) }));
    expect(r.bullets).toEqual(BULLETS);
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.at(-1)).toBe(DEFAULT_REPLY);
    expect((server.requests.at(-1)!.body as { stream: boolean }).stream).toBe(true);
  });

  it('keeps characters whole when their bytes arrive in different chunks', async () => {
    const r = await summarizeWithEndpoint(article, req('split-utf8'));
    expect(r.answer).toBe(DEFAULT_REPLY);
    expect(r.bullets.at(-1)).toContain('Größe: “Zürich” — 東京 ✓');
  });

  it('sends the API key as a bearer token', async () => {
    const r = await summarizeWithEndpoint(article, req('tiny', { baseUrl: keyed.baseUrl, apiKey: 'sk-test-123' }));
    expect(r.bullets).toHaveLength(3);
    expect(keyed.requests.at(-1)!.headers.authorization).toBe('Bearer sk-test-123');
  });

  it('says when the article was cut to the budget, and says so to the model', async () => {
    const long = { ...article, text: Array.from({ length: 40 }, (_, i) => `Paragraph ${i} says something about the port.`).join('\n\n') };
    const r = await summarizeWithEndpoint(long, req('tiny', { maxChars: 300 }));
    expect(r.inputCut).toBe(true);
    const user = (server.requests.at(-1)!.body as { messages: Array<{ content: string }> }).messages[1]!.content;
    expect(user).toMatch(/only its beginning/);
    expect(user).not.toContain('Paragraph 39');
  });

  it('gives up when no token comes in time, and when the stream stalls', async () => {
    expect((await failure(summarizeWithEndpoint(article, req('stall-first', { firstTokenMs: 300 })))).code).toBe('first-token-timeout');
    expect((await failure(summarizeWithEndpoint(article, req('stall-middle', { idleMs: 300 })))).code).toBe('idle-timeout');
  });

  it('waits for a slow model that keeps sending', async () => {
    const r = await summarizeWithEndpoint(article, req('slow', { idleMs: 3000 }));
    expect(r.bullets).toEqual(BULLETS);
  });

  it('stops when the caller cancels (the popup closed)', async () => {
    const ctl = new AbortController();
    setTimeout(() => ctl.abort(), 200);
    expect((await failure(summarizeWithEndpoint(article, req('slow', { signal: ctl.signal })))).code).toBe('aborted');
  });

  it.each([
    ['status-401', 'unauthorized', /API key/],
    ['status-429', 'rate-limited', /429/],
    ['status-500', 'server', /500/],
    ['status-503', 'server', /503/],
    ['missing', 'model-not-found', /no model "missing"/],
    ['html', 'not-json', /JSON/],
    ['malformed', 'not-json', /not JSON/],
    ['empty', 'empty', /no summary/],
    ['length-empty', 'length', /output limit/],
  ])('maps %s to %s', async (model, code, message) => {
    const e = await failure(summarizeWithEndpoint(article, req(model)));
    expect(e.code).toBe(code);
    expect(e.message).toMatch(message);
  });

  it("gives Ollama's 403 with the exact OLLAMA_ORIGINS line for this browser", async () => {
    const e = await failure(summarizeWithEndpoint(article, req('ollama-403', { origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop' })));
    expect(e.code).toBe('ollama-origins');
    expect(e.message).toContain('OLLAMA_ORIGINS=chrome-extension://abcdefghijklmnopabcdefghijklmnop');
    const f = await failure(summarizeWithEndpoint(article, req('ollama-403', { origin: 'moz-extension://0b5e2f7c-1111-4222-8333-944445555666' })));
    expect(f.message).toContain('OLLAMA_ORIGINS=moz-extension://0b5e2f7c-1111-4222-8333-944445555666');
  });

  it('keeps a cut answer and says so (finish_reason "length")', async () => {
    const r = await summarizeWithEndpoint(article, req('length'));
    expect(r.outputCut).toBe(true);
    expect(r.bullets.length).toBeGreaterThan(0);
  });

  it('says the server is not running when the connection is refused', async () => {
    const s = await startChatServer();
    const base = s.baseUrl;
    await s.close();
    const e = await failure(summarizeWithEndpoint(article, req('tiny', { baseUrl: base })));
    expect(e.code).toBe('refused');
    expect(e.message).toMatch(/running on this computer/);
  });

  it('says the path is wrong when /v1 is missing from a custom path', async () => {
    const e = await failure(summarizeWithEndpoint(article, req('tiny', { baseUrl: server.baseUrl.replace(/\/v1$/, '/api') })));
    expect(e.code).toBe('path-not-found');
  });
});

describe('readEvents', () => {
  it('reads events split anywhere, in any line ending, multi-byte characters split too', async () => {
    const text = 'data: {"a":"Zürich"}\r\n\r\n: a comment\ndata: {"b":"東京"}\n\ndata: [DONE]\n\n';
    const bytes = new TextEncoder().encode(text);
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        for (const b of bytes) c.enqueue(new Uint8Array([b]));
        c.close();
      },
    });
    const got: string[] = [];
    await readEvents(stream, (d) => (got.push(d), d === '[DONE]'));
    expect(got).toEqual(['{"a":"Zürich"}', '{"b":"東京"}', '[DONE]']);
  });
});
