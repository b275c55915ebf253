/**
 * A loopback server that speaks OpenAI's chat completions, for the engine's unit tests, the CLI's
 * tests and the real-browser tests: `GET /v1/models` and `POST /v1/chat/completions`, plain JSON or
 * SSE, on 127.0.0.1 only. The model named in the request picks the behaviour, so one server serves
 * every case:
 *
 * | model            | answer |
 * | ---------------- | ------ |
 * | `tiny` (any other) | the reply (`setReply`), plain or streamed as asked, a few characters a chunk |
 * | `split-utf8`     | streamed three bytes a write, so multi-byte characters are split across chunks |
 * | `slow`           | streamed 40 characters a chunk, 150 ms apart |
 * | `stall-first`    | headers, then nothing |
 * | `stall-middle`   | one chunk, then nothing |
 * | `malformed`      | a stream event that is not JSON |
 * | `html`           | 200 with an HTML page |
 * | `length`         | the reply cut, `finish_reason: "length"` |
 * | `length-empty`   | nothing, `finish_reason: "length"` |
 * | `empty`          | an empty answer |
 * | `missing`        | 404, Ollama's `model "missing" not found, try pulling it first` |
 * | `status-401`, `status-429`, `status-500`, `status-503` | that status, with an OpenAI-style error body |
 * | `ollama-403`     | 403 with an empty body, as Ollama answers an origin not in OLLAMA_ORIGINS |
 *
 * Paths without `/v1` answer 404 `404 page not found`, as Ollama does. With `requireKey`, requests
 * without `Authorization: Bearer <key>` answer 401. Every request is recorded (`requests`).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export interface ChatRequestRecord {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: unknown;
}

export interface ChatServer {
  /** `http://127.0.0.1:<port>/v1` */
  baseUrl: string;
  port: number;
  requests: ChatRequestRecord[];
  setReply(text: string): void;
  close(): Promise<void>;
}

export interface ChatServerOptions {
  /** The API key requests must carry (none: any request is served). */
  requireKey?: string;
  /** Models listed by /v1/models. */
  models?: string[];
  /** Extra response headers on every answer (CORS for a browser page, say). */
  headers?: Record<string, string>;
  /** The port to listen on (0: any free one). */
  port?: number;
}

export const DEFAULT_REPLY =
  '- The port authority will spend $1.2 billion to rebuild the south end container terminal.\n' +
  '- The plan includes three new cranes and a rail link, approved in a 7-2 vote.\n' +
  '- Critics say the expansion will bring noise to a residential neighbourhood. Größe: “Zürich” — 東京 ✓';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function json(res: ServerResponse, status: number, value: unknown, extra: Record<string, string>): void {
  res.writeHead(status, { 'content-type': 'application/json', ...extra });
  res.end(JSON.stringify(value));
}

const chunk = (content: string, finish: string | null = null) =>
  `data: ${JSON.stringify({ id: 'chatcmpl-test', object: 'chat.completion.chunk', choices: [{ index: 0, delta: content ? { content } : {}, finish_reason: finish }] })}\n\n`;

export async function startChatServer(opts: ChatServerOptions = {}): Promise<ChatServer> {
  let reply = DEFAULT_REPLY;
  const requests: ChatRequestRecord[] = [];
  const extra = opts.headers ?? {};
  const open = new Set<ServerResponse>();

  const server: Server = createServer(async (req, res) => {
    open.add(res);
    res.on('close', () => open.delete(res));
    const path = (req.url ?? '/').split('?')[0]!;
    if (req.method === 'OPTIONS') {
      res.writeHead(204, extra);
      res.end();
      return;
    }
    const raw = await readBody(req);
    let body: unknown = raw;
    try {
      body = raw ? JSON.parse(raw) : null;
    } catch {
      /* kept as text */
    }
    requests.push({ method: req.method ?? 'GET', path, headers: req.headers, body });

    if (opts.requireKey && req.headers.authorization !== `Bearer ${opts.requireKey}`) {
      return json(res, 401, { error: { message: 'Incorrect API key provided.', type: 'invalid_request_error', code: 'invalid_api_key' } }, extra);
    }
    if (path === '/v1/models' && req.method === 'GET') {
      return json(res, 200, { object: 'list', data: (opts.models ?? ['tiny', 'llama3.2:1b']).map((id) => ({ id, object: 'model', owned_by: 'test' })) }, extra);
    }
    if (path !== '/v1/chat/completions' || req.method !== 'POST') {
      res.writeHead(404, { 'content-type': 'text/plain', ...extra });
      res.end('404 page not found');
      return;
    }

    const b = (body ?? {}) as { model?: string; stream?: boolean };
    const model = b.model ?? '';
    const stream = b.stream === true;
    const status = /^status-(\d{3})$/.exec(model)?.[1];
    if (status) return json(res, Number(status), { error: { message: `test error ${status}`, type: 'server_error' } }, extra);
    if (model === 'ollama-403') {
      res.writeHead(403, extra);
      res.end();
      return;
    }
    if (model === 'missing') return json(res, 404, { error: `model "${model}" not found, try pulling it first` }, extra);
    if (model === 'html') {
      res.writeHead(200, { 'content-type': 'text/html', ...extra });
      res.end('<!doctype html><title>Router login</title><h1>Please log in</h1>');
      return;
    }

    const text = model === 'empty' || model === 'length-empty' ? '' : model === 'length' ? reply.slice(0, Math.ceil(reply.length / 2)) : reply;
    const finish = model === 'length' || model === 'length-empty' ? 'length' : 'stop';

    if (!stream) {
      return json(
        res,
        200,
        { id: 'chatcmpl-test', object: 'chat.completion', model, choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: finish }] },
        extra,
      );
    }

    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', ...extra });
    res.flushHeaders();
    if (model === 'stall-first') return; // headers, then nothing (the client's first-token timeout)
    if (model === 'malformed') {
      res.write(chunk('- One'));
      res.end('data: {"choices": [{"delta": {"content": "oops"\n\n');
      return;
    }
    if (model === 'stall-middle') {
      res.write(chunk('- The port authority will spend'));
      return; // then nothing (the client's idle timeout)
    }
    if (model === 'split-utf8') {
      // The whole stream, three bytes per write: multi-byte characters are split between writes.
      const bytes = Buffer.from([...Array.from(text.match(/[\s\S]{1,12}/gu) ?? [], (p) => chunk(p)), chunk('', finish), 'data: [DONE]\n\n'].join(''), 'utf8');
      for (let i = 0; i < bytes.length; i += 3) {
        if (res.destroyed) return;
        res.write(bytes.subarray(i, i + 3));
        await new Promise((r) => setImmediate(r));
      }
      res.end();
      return;
    }
    const pieces = (model === 'slow' ? text.match(/[\s\S]{1,40}/gu) : text.match(/[\s\S]{1,7}/gu)) ?? [];
    for (const p of pieces) {
      if (res.destroyed) return;
      res.write(chunk(p));
      if (model === 'slow') await sleep(150);
    }
    res.write(chunk('', finish));
    res.end('data: [DONE]\n\n');
  });

  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    port,
    requests,
    setReply(text: string) {
      reply = text;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const r of open) r.destroy();
        server.close(() => resolve());
      }),
  };
}
