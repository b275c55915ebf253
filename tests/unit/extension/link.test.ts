// @vitest-environment happy-dom
/**
 * "Summarize this link": the link check, the charset pick, and the fetch's limits (time, size,
 * content type), with a fake fetch and hand-made streams. happy-dom for DOMParser.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  checkLinkUrl,
  fetchLinkedPage,
  hostPatterns,
  isHtmlType,
  parseLinkedPage,
} from '../../../extension/link';

const bytes = (s: string) => new TextEncoder().encode(s);
const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('checkLinkUrl', () => {
  it('accepts web links and drops what must not be sent', () => {
    const ok = checkLinkUrl(' https://user:pw@news.example:8443/a/b?x=1#top ');
    expect(ok.ok).toBe(true);
    if (ok.ok) expect(ok.url.href).toBe('https://news.example:8443/a/b?x=1');
    expect(checkLinkUrl('http://127.0.0.1/x').ok).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<h1>x</h1>',
    'file:///etc/passwd',
    'chrome://settings',
    'chrome-extension://abc/popup/index.html',
    'moz-extension://abc/x.html',
    'about:blank',
    'blob:https://a.example/1234',
    'ftp://a.example/x',
    'mailto:a@b.example',
    'not a url',
    '/relative/path',
    '',
  ])('refuses %j', (raw) => {
    const r = checkLinkUrl(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.reason).toBe('invalid-url');
      expect(r.error.message).toMatch(/http or https/);
    }
  });

  it('refuses what is not a string', () => {
    expect(checkLinkUrl(undefined).ok).toBe(false);
    expect(checkLinkUrl(42).ok).toBe(false);
  });
});

describe('hostPatterns', () => {
  it('asks for the host of the link, its scheme, every port (match patterns carry none)', () => {
    expect(hostPatterns(new URL('http://127.0.0.1:8080/a?b'))).toEqual(['http://127.0.0.1/*']);
    expect(hostPatterns(new URL('https://www.news.example/x'))).toEqual(['https://www.news.example/*']);
  });
});

describe('content type', () => {
  it('accepts HTML and XHTML only', () => {
    expect(isHtmlType('text/html')).toBe(true);
    expect(isHtmlType('Text/HTML; charset=UTF-8')).toBe(true);
    expect(isHtmlType('application/xhtml+xml')).toBe(true);
    for (const t of ['application/pdf', 'text/plain', 'image/png', 'application/json', 'text/htmlx', '', null]) expect(isHtmlType(t)).toBe(false);
  });
});

/** A Response whose `url` is the final URL after redirects, as fetch reports it. */
function response(body: BodyInit | ReadableStream<Uint8Array> | null, init: ResponseInit & { url?: string } = {}): Response {
  const res = new Response(body as BodyInit, init);
  Object.defineProperty(res, 'url', { value: init.url ?? '' });
  return res;
}

const html = (title: string) => `<!doctype html><html><head><title>${title}</title></head><body><p>Hello</p></body></html>`;

describe('fetchLinkedPage', () => {
  it('fetches without cookies or referrer, follows redirects and reports the final URL', async () => {
    const fetch = vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) =>
      response(html('Moved'), { headers: { 'content-type': 'text/html; charset=utf-8' }, url: 'https://b.example/final' }),
    );
    const r = await fetchLinkedPage('https://a.example/start#frag', { fetch });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.page.finalUrl).toBe('https://b.example/final');
      expect(r.page.html).toContain('<title>Moved</title>');
      expect(r.page.charset).toBe('utf-8');
    }
    expect(fetch).toHaveBeenCalledOnce();
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('https://a.example/start');
    expect(init).toMatchObject({ credentials: 'omit', redirect: 'follow', referrerPolicy: 'no-referrer' });
    expect(init?.signal).toBeInstanceOf(AbortSignal);
  });

  it('decodes with the charset of the header, else of the meta', async () => {
    const cafe = latin1('<html><head><meta charset="iso-8859-15"><title>Caf\xe9 \xa4 5</title></head></html>');
    let r = await fetchLinkedPage('https://a.example/', { fetch: async () => response(cafe, { headers: { 'content-type': 'text/html' } }) });
    expect(r.ok && r.page.html).toContain('<title>Café € 5</title>');
    const cyrillic = Uint8Array.of(...latin1('<title>'), 0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, ...latin1('</title>'));
    r = await fetchLinkedPage('https://a.example/', { fetch: async () => response(cyrillic, { headers: { 'content-type': 'text/html; charset=windows-1251' } }) });
    expect(r.ok && r.page.html).toBe('<title>Привет</title>');
  });

  it('never fetches a link that is not http or https', async () => {
    const fetch = vi.fn();
    const r = await fetchLinkedPage('javascript:alert(1)', { fetch });
    expect(r).toMatchObject({ ok: false, error: { reason: 'invalid-url' } });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('refuses what is not a web page, without reading it', async () => {
    const cancel = vi.fn();
    const body = new ReadableStream<Uint8Array>({ pull: (c) => c.enqueue(new Uint8Array(1024)), cancel });
    const r = await fetchLinkedPage('https://a.example/file.pdf', { fetch: async () => response(body, { headers: { 'content-type': 'application/pdf' } }) });
    expect(r).toMatchObject({ ok: false, error: { reason: 'not-html', message: 'The link does not point to a web page.', detail: 'It is application/pdf.' } });
    expect(cancel).toHaveBeenCalled();
    const none = await fetchLinkedPage('https://a.example/x', { fetch: async () => response('<p>x</p>', { headers: { 'content-type': '' } }) });
    expect(none).toMatchObject({ ok: false, error: { reason: 'not-html' } });
  });

  it('stops a streamed body at the size cap and cancels the download', async () => {
    let pulled = 0;
    const cancel = vi.fn();
    const endless = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled++;
        c.enqueue(bytes('<p>'.padEnd(1024, 'x')));
      },
      cancel,
    });
    const r = await fetchLinkedPage('https://a.example/', { fetch: async () => response(endless, { headers: { 'content-type': 'text/html' } }), maxBytes: 10 * 1024 });
    expect(r).toMatchObject({ ok: false, error: { reason: 'too-large' } });
    if (!r.ok) expect(r.error.message).toMatch(/too large/);
    expect(cancel).toHaveBeenCalled();
    expect(pulled).toBeLessThan(15);
  });

  it('refuses a declared Content-Length over the cap before reading, and accepts exactly the cap', async () => {
    const cancel = vi.fn();
    const body = new ReadableStream<Uint8Array>({ pull: (c) => c.enqueue(new Uint8Array(1)), cancel });
    const r = await fetchLinkedPage('https://a.example/', {
      fetch: async () => response(body, { headers: { 'content-type': 'text/html', 'content-length': String(6 * 1024 * 1024) } }),
    });
    expect(r).toMatchObject({ ok: false, error: { reason: 'too-large' } });
    expect(cancel).toHaveBeenCalled();
    const exact = await fetchLinkedPage('https://a.example/', { fetch: async () => response('x'.repeat(100), { headers: { 'content-type': 'text/html' } }), maxBytes: 100 });
    expect(exact.ok).toBe(true);
  });

  it('gives up after the time limit while waiting for an answer', async () => {
    const fetch = (_: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_ok, fail) => init?.signal?.addEventListener('abort', () => fail(new DOMException('The operation was aborted.', 'AbortError'))));
    const started = Date.now();
    const r = await fetchLinkedPage('https://slow.example/', { fetch, timeoutMs: 40 });
    expect(r).toMatchObject({ ok: false, error: { reason: 'timeout', detail: 'slow.example' } });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('gives up after the time limit while the body trickles in', async () => {
    const fetch = async (_: RequestInfo | URL, init?: RequestInit) => {
      // As a real fetch does: aborting the signal errors the body stream.
      const body = new ReadableStream<Uint8Array>({
        start(c) {
          c.enqueue(bytes('<html><p>first part'));
          init?.signal?.addEventListener('abort', () => c.error(new DOMException('The operation was aborted.', 'AbortError')));
        },
      });
      return response(body, { headers: { 'content-type': 'text/html' } });
    };
    const r = await fetchLinkedPage('https://slow.example/', { fetch, timeoutMs: 40 });
    expect(r).toMatchObject({ ok: false, error: { reason: 'timeout' } });
  });

  it('reports an HTTP error and a network failure as such', async () => {
    const notFound = await fetchLinkedPage('https://a.example/gone', { fetch: async () => response('nope', { status: 404, statusText: 'Not Found', headers: { 'content-type': 'text/html' } }) });
    expect(notFound).toMatchObject({ ok: false, error: { reason: 'http-status', message: 'The site answered with an error (HTTP 404).', detail: '404 Not Found' } });
    const down = await fetchLinkedPage('https://a.example/', {
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    expect(down).toMatchObject({ ok: false, error: { reason: 'network', detail: 'Failed to fetch' } });
  });
});

describe('parseLinkedPage', () => {
  it('adds a <base> of the final URL, so relative links and images resolve against the page', () => {
    const doc = parseLinkedPage('<html><head><title>T</title></head><body><a href="next.html">n</a><img src="/i.png"></body></html>', 'https://news.example/a/story');
    expect(doc.querySelectorAll('base')).toHaveLength(1);
    expect(doc.querySelector('base')?.getAttribute('href')).toBe('https://news.example/a/story');
    expect(doc.querySelector('head')?.firstElementChild?.tagName).toBe('BASE');
    expect(new URL(doc.querySelector('a')!.getAttribute('href')!, doc.baseURI).href).toBe('https://news.example/a/next.html');
  });

  it('resolves the page’s own relative <base> against its URL', () => {
    const doc = parseLinkedPage('<html><head><base href="/news/"></head><body></body></html>', 'https://news.example/a/story');
    expect(doc.querySelectorAll('base')).toHaveLength(1);
    expect(doc.querySelector('base')?.getAttribute('href')).toBe('https://news.example/news/');
  });

  it('runs no script of the page', () => {
    const w = window as unknown as { pwned?: boolean };
    parseLinkedPage('<html><body><script>window.pwned = true</script><img src=x onerror="window.pwned = true"></body></html>', 'https://a.example/');
    expect(w.pwned).toBeUndefined();
  });
});
