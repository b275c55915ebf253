/**
 * A smoke test through a real inference engine: llama.cpp (node-llama-cpp's prebuilt CPU binary,
 * installed from npm alone) runs a tiny random-weight model written by tools/llama/tiny-gguf.ts,
 * behind our loopback chat-completions adapter (tools/llama/server.ts). The engine code is the one
 * the extension and the CLI use. The model's text is noise: the test checks the protocol end to
 * end (models list, SSE streaming, plain JSON, an unknown model's 404) and that the grounding check
 * finds none of the noise in the article.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EngineError, groundSummary, listModels, summarizeWithEndpoint, type SummarizeRequest } from '../../src/index';
import type { ArticleInput } from '../../src/engines/prompt';
import { startLlamaChatServer, type LlamaChatServer } from '../../tools/llama/server';
import { writeTinyGguf } from '../../tools/llama/tiny-gguf';

const article: ArticleInput = {
  title: 'Fishing villages test early-warning buoys',
  source: 'Coastal Daily',
  published: '2026-06-02T08:00:00+05:30',
  modified: null,
  text:
    'Fishing villages in Kerala are testing early-warning buoys ahead of the monsoon.\n\n' +
    'The buoys measure wave height and send an alert to phones on the shore when a storm builds offshore.\n\n' +
    'Officials said forty buoys would be placed along the coast by August.',
  lang: 'en',
};

let dir: string;
let server: LlamaChatServer;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nutshell-gguf-'));
  const path = join(dir, 'tiny.gguf');
  writeTinyGguf(path, 17);
  expect(statSync(path).size).toBeLessThan(1_000_000);
  server = await startLlamaChatServer(path);
}, 120_000);
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const req = (over: Partial<SummarizeRequest> = {}): SummarizeRequest => ({
  baseUrl: server.baseUrl,
  model: server.model,
  bullets: 3,
  fetch: (u, i) => fetch(u, i),
  firstTokenMs: 60_000,
  idleMs: 30_000,
  ...over,
});

describe('a real inference engine (llama.cpp) behind the chat-completions protocol', () => {
  it('lists its model', async () => {
    expect(await listModels({ baseUrl: server.baseUrl, fetch: (u, i) => fetch(u, i) })).toEqual([server.model]);
  });

  it('streams an answer over SSE that the engine reads as bullets, and the grounding check flags the noise', async () => {
    const seen: string[] = [];
    const r = await summarizeWithEndpoint(article, req({ stream: true, onText: (t) => seen.push(t) }));
    expect(server.requests.at(-1)!.stream).toBe(true);
    // The prompt reached the engine: title, source and text.
    const sent = server.requests.at(-1)!.messages.map((m) => m.content).join('\n');
    expect(sent).toContain('Fishing villages test early-warning buoys');
    expect(sent).toContain('forty buoys');
    // Many pieces, each a prefix of the next.
    expect(seen.length).toBeGreaterThan(10);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.startsWith(seen[i - 1]!)).toBe(true);
    expect(r.bullets).toHaveLength(3);
    expect(r.model).toBe(server.model);
    const grounding = groundSummary(r.bullets, article.text.split('\n\n'), { lang: 'en' });
    expect(grounding.map((g) => g.supported)).toEqual([false, false, false]);
    for (const g of grounding) expect(g.unsupported.length).toBeGreaterThan(0);
    console.log(`llama.cpp wrote (noise): ${JSON.stringify(r.bullets)}`);
  }, 120_000);

  it('answers in plain JSON when not streaming', async () => {
    const r = await summarizeWithEndpoint(article, req({ stream: false }));
    expect(server.requests.at(-1)!.stream).toBe(false);
    expect(r.bullets).toHaveLength(3);
  }, 120_000);

  it("maps an unknown model's 404", async () => {
    const e = await summarizeWithEndpoint(article, req({ model: 'absent' })).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(EngineError);
    expect((e as EngineError).code).toBe('model-not-found');
  });
});
