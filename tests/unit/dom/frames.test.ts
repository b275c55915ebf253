/**
 * The embedded frames the content script hands over beside the page (src/dom/frames.ts): their
 * live documents where the page may read them, within bounds. Chromium gives a same-origin or
 * srcdoc frame's document as `contentDocument` and null for another origin's; here each frame's
 * document is a parsed page set on the element (the e2e test reads real frames).
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../cli/dom';
import { FRAME_COPY_LIMITS, frameCopies } from '../../../src/dom/frames';

const post = (n: number | string, extra = ''): string => `<!DOCTYPE html><html><head></head><body><div class="post"><img src="/p/${n}.jpg"><p>Made with AI</p>${extra}</div></body></html>`;

/** A page whose iframes show these documents (null: another origin's frame). */
function page(frames: (Document | null)[]): Document {
  const doc = parseDocument(`<!DOCTYPE html><html><body><article><p>Story.</p>${frames.map(() => '<iframe width="500" height="500"></iframe>').join('')}</article></body></html>`);
  Array.from(doc.getElementsByTagName('iframe')).forEach((el, i) => Object.defineProperty(el, 'contentDocument', { value: frames[i] }));
  return doc;
}
const frameDoc = (html: string, frames: (Document | null)[] = []): Document => {
  const d = frames.length ? page(frames) : parseDocument(html);
  if (frames.length) d.body.insertAdjacentHTML('afterbegin', '<p>Embedded</p>');
  return d;
};

describe('frameCopies', () => {
  it("hands over each readable frame's document with its place; another origin's frame is left out", () => {
    const copies = frameCopies(page([null, parseDocument(post(1))]), () => 0);
    expect(copies).toHaveLength(1);
    expect(copies[0]!.path).toEqual([1]);
    expect(copies[0]!.html).toContain('<img src="/p/1.jpg">');
    expect(copies[0]!.html).toMatch(/^<!DOCTYPE html>/);
  });

  it(`reads frames ${FRAME_COPY_LIMITS.depth} deep, numbered within their parent, and no deeper`, () => {
    const deepest = frameDoc('', [parseDocument(post(3))]);
    const inner = frameDoc('', [null, deepest]);
    const copies = frameCopies(page([inner]), () => 0);
    expect(copies.map((c) => c.path)).toEqual([[0], [0, 1]]);
  });

  it(`hands over at most ${FRAME_COPY_LIMITS.frames} frames, none over ${FRAME_COPY_LIMITS.chars} characters, none empty`, () => {
    const many = Array.from({ length: FRAME_COPY_LIMITS.frames + 4 }, (_, i) => parseDocument(post(i)));
    // (A clock that stands still: on a busy machine the time limit could end the walk first.)
    expect(frameCopies(page(many), () => 0)).toHaveLength(FRAME_COPY_LIMITS.frames);
    const big = parseDocument(post('big', `<p>${'x'.repeat(FRAME_COPY_LIMITS.chars)}</p>`));
    const empty = parseDocument('<!DOCTYPE html><html><body></body></html>');
    expect(frameCopies(page([big, empty]))).toEqual([]);
  });

  it('reads no frame the preflight finds unsafe', () => {
    const clobbered = parseDocument(post(1, '<form><input name="parentNode"></form>'));
    expect(frameCopies(page([clobbered]))).toEqual([]);
  });

  it(`starts no frame after ${FRAME_COPY_LIMITS.ms} ms`, () => {
    let t = 0;
    const clock = (): number => (t += 30);
    expect(frameCopies(page([parseDocument(post(1)), parseDocument(post(2)), parseDocument(post(3))]), clock).length).toBeLessThan(3);
  });
});
