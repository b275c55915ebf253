/**
 * A real inference engine behind the chat-completions protocol, for a smoke test: llama.cpp (through
 * node-llama-cpp's prebuilt binary, from npm alone) runs a GGUF model on the CPU, and this thin
 * loopback adapter of ours speaks `GET /v1/models` and `POST /v1/chat/completions` (plain JSON or
 * SSE, a `data:` event per piece the engine produces) on 127.0.0.1.
 *
 * The answer is constrained by a grammar to bullet lines ("- " words "."), so that a random-weight
 * model (tools/llama/tiny-gguf.ts) still answers in the shape of a summary: its words are noise.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { GeneralChatWrapper, getLlama, LlamaChatSession } from 'node-llama-cpp';

export interface LlamaChatServer {
  /** `http://127.0.0.1:<port>/v1` */
  baseUrl: string;
  model: string;
  /** What each chat request asked (the messages), for assertions. */
  requests: Array<{ stream: boolean; messages: Array<{ role: string; content: string }> }>;
  close(): Promise<void>;
}

/** Bullet lines of words, capitalized words and numbers: the shape of a summary. */
export const BULLETS_GRAMMAR = `root ::= bullet bullet bullet
bullet ::= "- " word (" " word){4,9} ".\\n"
word ::= [A-Z] [a-z]{2,8} | [a-z]{2,9} | [0-9]{1,4}`;

function body(req: IncomingMessage): Promise<string> {
  return new Promise((ok, fail) => {
    let s = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (s += c));
    req.on('end', () => ok(s));
    req.on('error', fail);
  });
}

export async function startLlamaChatServer(modelPath: string, o: { maxTokens?: number; contextSize?: number } = {}): Promise<LlamaChatServer> {
  // One thread: on a small shared machine llama.cpp's spinning worker threads slow it to a crawl.
  const llama = await getLlama({ gpu: false, build: 'never', progressLogs: false, logLevel: 'error' as never });
  const model = await llama.loadModel({ modelPath });
  const context = await model.createContext({ contextSize: o.contextSize ?? 2048, threads: 1 });
  const grammar = await llama.createGrammar({ grammar: BULLETS_GRAMMAR });
  const name = 'tiny-random';
  const requests: LlamaChatServer['requests'] = [];
  let queue: Promise<unknown> = Promise.resolve();

  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (req.method === 'GET' && url.pathname === '/v1/models') {
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end(JSON.stringify({ object: 'list', data: [{ id: name, object: 'model', owned_by: 'llama.cpp' }] }));
      }
      if (req.method !== 'POST' || url.pathname !== '/v1/chat/completions') {
        res.writeHead(404, { 'content-type': 'text/plain' });
        return res.end('404 page not found');
      }
      const asked = JSON.parse(await body(req)) as { model?: string; stream?: boolean; messages?: Array<{ role: string; content: string }>; max_tokens?: number };
      const messages = asked.messages ?? [];
      const stream = asked.stream === true;
      requests.push({ stream, messages });
      if (asked.model !== name) {
        res.writeHead(404, { 'content-type': 'application/json' });
        return res.end(JSON.stringify({ error: { message: `model "${asked.model}" not found`, type: 'not_found_error' } }));
      }
      const system = messages.filter((m) => m.role === 'system').map((m) => m.content).join('\n');
      const user = messages.filter((m) => m.role !== 'system').map((m) => m.content).join('\n');
      const id = `chatcmpl-${requests.length}`;
      const event = (delta: Record<string, unknown>, finish: string | null) =>
        `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', model: name, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
      if (stream) res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      // One generation at a time: the context has one sequence.
      const run = queue.then(async () => {
        const sequence = context.getSequence();
        const session = new LlamaChatSession({ contextSequence: sequence, systemPrompt: system, chatWrapper: new GeneralChatWrapper() });
        try {
          return await session.prompt(user, {
            grammar,
            maxTokens: o.maxTokens ?? 200,
            onTextChunk: (piece) => {
              if (stream) res.write(event({ content: piece }, null));
            },
          });
        } finally {
          session.dispose();
          sequence.dispose();
        }
      });
      queue = run.catch(() => undefined);
      const text = await run;
      if (stream) {
        res.write(event({}, 'stop'));
        return res.end('data: [DONE]\n\n');
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id, object: 'chat.completion', model: name, choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }] }));
    })().catch((e: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: String((e as Error)?.message ?? e) } }));
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as { port: number }).port;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    model: name,
    requests,
    async close() {
      await new Promise((ok) => server.close(ok));
      await context.dispose();
      await model.dispose();
      await llama.dispose();
    },
  };
}
