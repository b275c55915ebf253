import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkImageProvenance } from '../../../extension/provenance';
import { assertion, IPTC, jpeg, manifest, manifestStore, png, thumbnail, xmpPacket } from '../../../tools/fixtures/image-bytes';

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

  it('reads a C2PA store spread over several APP11 segments, and one cut by the 256 KB read', async () => {
    // C2PA 2.4, 18.15.4.7, Example 8 (generative AI output), with a claim thumbnail (18.11) of 150 KB or 300 KB.
    const generated = { actions: [{ action: 'c2pa.created', digitalSourceType: `${IPTC}trainedAlgorithmicMedia` }] };
    const file = (size: number) => jpeg({ c2pa: manifestStore([manifest('urn:c2pa:1', [assertion('c2pa.actions.v2', generated), thumbnail('c2pa.thumbnail.claim', size)])]) });
    const files: Record<string, Uint8Array> = { 'https://x.test/a.jpg': file(150_000), 'https://x.test/b.jpg': file(300_000) };
    vi.stubGlobal('fetch', vi.fn(async (url: string) => streamed(files[url]!, 200).res));
    const out = await checkImageProvenance(Object.keys(files));
    expect(out.get('https://x.test/a.jpg')).toEqual({ aiGenerated: true, evidence: `C2PA digitalSourceType ${IPTC}trainedAlgorithmicMedia`, evidenceKind: 'c2pa' });
    expect(out.get('https://x.test/b.jpg')).toMatchObject({ aiGenerated: true, evidenceKind: 'c2pa' }); // the action precedes the thumbnail
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
