/**
 * `nutshell analyze|summarize --engine openai …` against the loopback chat-completions server: the
 * model's bullets replace the built-in ones, each grounded against the article; the key comes from
 * the environment; failures are lines with `error` and exit status 1; usage errors exit 2.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../cli/nutshell';
import { startChatServer, type ChatServer } from '../../../tools/chat-server/server';

const PAGE = resolve(import.meta.dirname, '../../fixtures/grounding/pages/en-harbour.html');
let out: string[];
let err: string[];
let server: ChatServer;
let keyed: ChatServer;

beforeAll(async () => {
  server = await startChatServer();
  keyed = await startChatServer({ requireKey: 'sk-cli-test' });
});
afterAll(async () => {
  await server.close();
  await keyed.close();
});
beforeEach(() => {
  out = [];
  err = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
});
afterEach(() => {
  vi.restoreAllMocks();
  delete process.env.NUTSHELL_TEST_KEY;
});

const lines = () => out.join('').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('nutshell analyze --engine openai', () => {
  it("puts the model's bullets in the Analysis, grounded, and says which engine wrote them", async () => {
    server.setReply(
      '- The port authority will spend $1.2 billion to rebuild the south end container terminal.\n' +
        '- The plan calls for five new cranes.\n' +
        '- Mayor Peter Lawson said the port is “the pride of Nova Scotia”.',
    );
    expect(await main(['analyze', PAGE, '--engine', 'openai', '--endpoint', server.baseUrl.replace(/\/v1$/, ''), '--model', 'tiny'])).toBe(0);
    const [a] = lines();
    expect(a!.summary).toEqual([
      'The port authority will spend $1.2 billion to rebuild the south end container terminal.',
      'The plan calls for five new cranes.',
      'Mayor Peter Lawson said the port is “the pride of Nova Scotia”.',
    ]);
    expect(a!.engine).toEqual({ id: 'openai', model: 'tiny', endpoint: server.baseUrl });
    expect(a!.grounding).toEqual([
      { supported: true, unsupported: [], source: 0 },
      { supported: false, unsupported: ['five'], source: 1 },
      { supported: false, unsupported: ['“the pride of Nova Scotia”', 'Peter Lawson'], source: 0 },
    ]);
    const body = server.requests.at(-1)!.body as { messages: Array<{ content: string }> };
    expect(body.messages[1]!.content).toContain('Halifax port to spend $1.2 billion on container terminal');
  });

  it('reads the API key from the variable --api-key-env names', async () => {
    process.env.NUTSHELL_TEST_KEY = 'sk-cli-test';
    expect(await main(['analyze', PAGE, '--engine', 'openai', '--endpoint', keyed.baseUrl, '--model', 'tiny', '--api-key-env', 'NUTSHELL_TEST_KEY'])).toBe(0);
    expect(keyed.requests.at(-1)!.headers.authorization).toBe('Bearer sk-cli-test');
    expect(out.join('')).not.toContain('sk-cli-test');
  });

  it('reports an engine failure as the line\'s error, and exits 1', async () => {
    expect(await main(['analyze', PAGE, '--engine', 'openai', '--endpoint', server.baseUrl, '--model', 'status-429', '--no-stream'])).toBe(1);
    const [a] = lines();
    expect(a).toEqual({ file: PAGE, error: expect.stringMatching(/^engine \(rate-limited\): .*429/) });
    expect(err.join('')).toMatch(/rate-limiting/);
  });

  it('refuses incomplete or misplaced engine options (exit 2)', async () => {
    expect(await main(['analyze', PAGE, '--engine', 'openai', '--model', 'tiny'])).toBe(2);
    expect(await main(['analyze', PAGE, '--engine', 'openai', '--endpoint', server.baseUrl])).toBe(2);
    expect(await main(['analyze', PAGE, '--model', 'tiny'])).toBe(2);
    expect(await main(['analyze', PAGE, '--engine', 'gpt'])).toBe(2);
    expect(await main(['analyze', PAGE, '--engine', 'openai', '--endpoint', server.baseUrl, '--model', 'tiny', '--api-key-env', 'NUTSHELL_NO_SUCH_VAR'])).toBe(2);
    expect(err.join('')).toMatch(/NUTSHELL_NO_SUCH_VAR is not set/);
  });
});

describe('nutshell summarize --engine openai', () => {
  it('writes each article\'s bullets with their grounding', async () => {
    server.setReply('- Two men were arrested on Friday.\n- Police seized 40 kilograms of cocaine.');
    const dir = mkdtempSync(join(tmpdir(), 'nutshell-engine-'));
    const input = join(dir, 'pairs.jsonl');
    writeFileSync(
      input,
      JSON.stringify({ id: 'a', article: 'Police arrested two men on Friday after a raid in the harbour.\n\nOfficers seized 14 kilograms of cocaine, the police said.' }) +
        '\n' +
        JSON.stringify({ id: 'b', article: 42 }) +
        '\n',
    );
    expect(await main(['summarize', '--input', input, '--engine', 'openai', '--endpoint', server.baseUrl, '--model', 'tiny', '--sentences', '2'])).toBe(1);
    const [a, b] = lines();
    expect(a).toEqual({
      id: 'a',
      summary: ['Two men were arrested on Friday.', 'Police seized 40 kilograms of cocaine.'],
      grounding: [
        { supported: true, unsupported: [], source: 0 },
        { supported: false, unsupported: ['40'], source: 1 },
      ],
      engine: { id: 'openai', model: 'tiny', endpoint: server.baseUrl },
    });
    expect(b).toMatchObject({ id: 'b', error: expect.stringMatching(/article/) });
    expect((server.requests.at(-1)!.body as { messages: Array<{ content: string }> }).messages[0]!.content).toMatch(/exactly 2 bullet points/);
  });
});
