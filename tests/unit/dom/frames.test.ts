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

  it("asks no frame for its document that cannot be the page's to read: another origin's address, sandboxed, unseen", () => {
    // Asking a frame for its document sets up the content script's world in it (Chromium: a context
    // per frame, on the page's main thread); these frames are told from their markup alone.
    const doc = parseDocument(
      `<!DOCTYPE html><html><head><base href="https://news.example/a/"></head><body><article><p>Story.</p>` +
        `<iframe src="https://video.example/embed/1" width="560" height="315"></iframe>` +
        `<iframe src="data:text/html,<p>x</p>" width="560" height="315"></iframe>` +
        `<iframe sandbox="allow-scripts" srcdoc="<p>post</p>" width="500" height="500"></iframe>` +
        `<iframe src="/b/gallery.html" width="1" height="1"></iframe>` +
        `<iframe style="display: none" width="500" height="500"></iframe>` +
        `<iframe src="gallery.html" width="500" height="500"></iframe>` +
        `<iframe sandbox="allow-same-origin allow-scripts" srcdoc="<p>post</p>" width="500" height="500"></iframe>` +
        `<iframe src="about:blank" width="500" height="500"></iframe>` +
        `<iframe width="500" height="500"></iframe>` +
        `</article></body></html>`,
    );
    Object.defineProperty(doc, 'URL', { value: 'https://news.example/a/story.html' });
    const asked: number[] = [];
    Array.from(doc.getElementsByTagName('iframe')).forEach((el, i) =>
      Object.defineProperty(el, 'contentDocument', { get: () => (asked.push(i), parseDocument(post(i))) }),
    );
    const copies = frameCopies(doc, () => 0);
    expect(asked).toEqual([5, 6, 7, 8]);
    expect(copies.map((c) => c.path)).toEqual([[5], [6], [7], [8]]);
  });

  it(`starts no frame after ${FRAME_COPY_LIMITS.ms} ms`, () => {
    let t = 0;
    const clock = (): number => (t += 30);
    expect(frameCopies(page([parseDocument(post(1)), parseDocument(post(2)), parseDocument(post(3))]), clock).length).toBeLessThan(3);
  });
});
