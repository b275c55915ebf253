import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkImageProvenance } from '../../../extension/provenance';
import { IPTC, jpeg, png, xmpPacket } from '../../../tools/fixtures/image-bytes';

const ai = jpeg({ xmp: xmpPacket(`${IPTC}trainedAlgorithmicMedia`) });
const camera = png({ xmp: xmpPacket(`${IPTC}digitalCapture`) });

/** A Response whose body arrives in small chunks, counting what was pulled. */
function streamed(bytes: Uint8Array, status = 206): { res: Response; pulled: () => number } {
  let at = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(c) {
      if (at >= bytes.length) return c.close();
      c.enqueue(bytes.subarray(at, at + 64));
      at += 64;
    },
  });
  return { res: new Response(body, { status }), pulled: () => at };
}

afterEach(() => vi.unstubAllGlobals());

describe('checkImageProvenance', () => {
  it('reads AI and camera provenance with a Range request, one entry per URL', async () => {
    const fetch = vi.fn(async (url: string, _init?: RequestInit) => streamed(url.endsWith('a.jpg') ? ai : camera).res);
    vi.stubGlobal('fetch', fetch);
    const out = await checkImageProvenance(['https://x.test/a.jpg', 'https://x.test/b.png', 'https://x.test/a.jpg']);
    expect(out.get('https://x.test/a.jpg')).toMatchObject({ aiGenerated: true, evidenceKind: 'xmp' });
    expect(out.get('https://x.test/b.png')).toMatchObject({ aiGenerated: false, evidenceKind: 'xmp' });
    expect(fetch).toHaveBeenCalledTimes(2);
    const init = fetch.mock.calls[0]![1] as RequestInit;
    expect((init.headers as Record<string, string>).Range).toBe(`bytes=0-${256 * 1024 - 1}`);
    expect(init.signal).toBeInstanceOf(AbortSignal);
  });

  it('reads at most maxBytes even when the server ignores Range', async () => {
    const big = new Uint8Array(100_000);
    big.set(ai);
    const s = streamed(big, 200);
    vi.stubGlobal('fetch', vi.fn(async () => s.res));
    const out = await checkImageProvenance(['https://x.test/big.jpg'], { maxBytes: 1024 });
    expect(out.get('https://x.test/big.jpg')!.aiGenerated).toBe(true);
    expect(s.pulled()).toBeLessThanOrEqual(1024 + 128);
  });

  it('fails quietly to unknown: network error, HTTP error, timeout, non-http URL', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn((url: string, init: RequestInit) => {
        if (url.includes('down')) return Promise.reject(new TypeError('Failed to fetch'));
        if (url.includes('404')) return Promise.resolve(new Response('nope', { status: 404 }));
        return new Promise((_, reject) => init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
      }),
    );
    const urls = ['https://down.test/a.jpg', 'https://x.test/404.jpg', 'https://slow.test/a.jpg', 'data:image/png;base64,AAAA'];
    const out = await checkImageProvenance(urls, { timeoutMs: 20 });
    for (const u of urls) expect(out.get(u)).toEqual({ aiGenerated: null, evidence: '', evidenceKind: null });
  });
});
