/**
 * A static server on 127.0.0.1 for real-browser tests, `npm start` and `npm run bench:popup`: the
 * bundled sample article at `/`, test pages under `/pages/`, and any folder a caller mounts (the
 * benchmark mounts the corpus, read where it lies). No other address is ever listened on or contacted.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { IPTC, png, xmpPacket } from '../fixtures/image-bytes';
import { HOSTILE_PAGES } from '../hostile/pages';

const ROOT = resolve(import.meta.dirname, '../..');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.css': 'text/css',
  '.js': 'text/javascript',
};

const MOUNTS: Array<[prefix: string, dir: string]> = [
  ['/pages/', join(ROOT, 'tests/fixtures/browser/pages')],
  ['/', join(ROOT, 'sample')],
];

const GENERATED: Record<string, () => Uint8Array> = {
  '/gen/ai-xmp.png': () => png({ xmp: xmpPacket(`${IPTC}trainedAlgorithmicMedia`) }),
  '/gen/photo.png': () => png({ xmp: xmpPacket(`${IPTC}digitalCapture`) }),
};

/** Pages served as an older site serves them: `text/html` with no charset (their meta decides). */
const NO_CHARSET = new Set(['linked-article.html']);

export interface Served {
  path: string;
  cookie: string | null;
  /** The Range header (the image check reads only the first bytes of a file). */
  range: string | null;
}

export interface StaticServer {
  origin: string;
  /** Every request received, in order (tests count what a feature fetched). */
  requests: Served[];
  /** How many requests asked for `path`. */
  hits(path: string): number;
  close(): Promise<void>;
}

export interface ServerOptions {
  /** More folders to serve, each under its URL prefix (`'/corpus/'`), looked up before the others. */
  mounts?: Array<[prefix: string, dir: string]>;
}

export async function startServer(port = 0, options: ServerOptions = {}): Promise<StaticServer> {
  const requests: Served[] = [];
  const mounts = [...(options.mounts ?? []), ...MOUNTS];
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push({ path, cookie: req.headers.cookie ?? null, range: req.headers.range ?? null });
    if (path === '/slow/') {
      // The sample article, sent in two parts 2.5 s apart: the document stays in readyState
      // "loading" meanwhile, as a slow news site does.
      const html = await readFile(join(ROOT, 'sample/index.html'), 'utf8');
      const cut = html.indexOf('<div class="story">');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.write(html.slice(0, cut).replace('<head>', '<head><base href="/">'));
      setTimeout(() => res.end(html.slice(cut)), 2500);
      return;
    }
    // The hostile pages (tools/hostile/pages.ts), made on request.
    const hostile = /^\/hostile\/([\w-]+)\.html$/.exec(path);
    const shape = hostile && HOSTILE_PAGES.find((p) => p.name === hostile[1]);
    if (shape) {
      res.writeHead(200, { 'content-type': shape.contentType ?? 'text/html; charset=utf-8' });
      res.end(shape.bytes ? shape.bytes() : shape.html());
      return;
    }
    if (path === '/never/') {
      // The sample article's first part, then nothing more: a page that never finishes loading
      // (the connection is ended after a minute, or when the server closes).
      const html = await readFile(join(ROOT, 'sample/index.html'), 'utf8');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.write(html.slice(0, html.indexOf('<div class="story">') + 2000).replace('<head>', '<head><base href="/">'));
      const end = setTimeout(() => res.end(), 60_000);
      res.on('close', () => clearTimeout(end));
      return;
    }
    // Images whose files carry XMP (built byte by byte, nothing binary in the repo): one says it is
    // AI-generated (IPTC trainedAlgorithmicMedia), one that it is a photograph (digitalCapture).
    const generated = GENERATED[path];
    if (generated) {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(generated());
      return;
    }
    for (const [prefix, dir] of mounts) {
      if (!path.startsWith(prefix)) continue;
      const rel = normalize(path.slice(prefix.length) || 'index.html');
      if (rel.startsWith('..')) break;
      try {
        const body = await readFile(join(dir, rel));
        const type = NO_CHARSET.has(rel) ? 'text/html' : (TYPES[extname(rel)] ?? 'application/octet-stream');
        // A cookie for the tests to check that a link is fetched without one.
        res.writeHead(200, { 'content-type': type, ...(rel === 'links.html' ? { 'set-cookie': 'reader=1; Path=/' } : {}) });
        res.end(body);
        return;
      } catch {
        // try the next mount
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok());
  });
  const addr = server.address();
  if (!addr || typeof addr === 'string') throw new Error('server has no port');
  return {
    origin: `http://127.0.0.1:${addr.port}`,
    requests,
    hits: (path) => requests.filter((r) => r.path === path).length,
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections(); // a page that never finishes loading holds one open
      }),
  };
}
