/**
 * The AI-flagged images of the popup's brief, from the page itself: a small thumbnail drawn from the
 * image the page has already decoded (no request of Nutshell's own), and "Show on page", which
 * scrolls to the image and outlines it briefly with a Web Animation that leaves no attribute or
 * node behind. A cross-origin image the page did not load with CORS taints the canvas: it gets no
 * thumbnail, only "Show on page".
 */

/** At most this many images are looked at, whatever the page holds. */
const MAX_IMAGES = 2_000;
const THUMB_PX = 96;

function findImage(doc: Document, src: string, depth = 0): HTMLImageElement | null {
  const images = doc.images;
  for (let i = 0; i < images.length && i < MAX_IMAGES; i++) {
    const img = images[i]!;
    if (img.currentSrc === src || img.src === src) return img;
  }
  // An image of an embedded frame the page may read (issue #15: the brief reads those too).
  const frames = depth < 2 ? doc.getElementsByTagName('iframe') : [];
  for (let i = 0; i < frames.length && i < 50; i++) {
    let inner: Document | null = null;
    try {
      inner = frames[i]!.contentDocument; // null for another origin's frame
    } catch {
      inner = null;
    }
    const img = inner ? findImage(inner, src, depth + 1) : null;
    if (img) return img;
  }
  return null;
}

/** The page's own element that shows `el`: the outermost frame holding it, else `el`. */
function onPage(doc: Document, el: Element): Element {
  let frame: Element | null | undefined = el;
  for (let d = el.ownerDocument, i = 0; d !== doc && i < 3; d = frame.ownerDocument, i++) {
    frame = d.defaultView?.frameElement;
    if (!frame) break;
  }
  return frame ?? el;
}

/** A data: URL of the image drawn small, or null when it is not decoded or not ours to read. */
export function thumbnail(doc: Document, src: string): string | null {
  const img = findImage(doc, src);
  if (!img || !img.complete || img.naturalWidth === 0) return null;
  const scale = Math.min(1, THUMB_PX / Math.max(img.naturalWidth, img.naturalHeight));
  const canvas = img.ownerDocument.createElement('canvas'); // never attached to the page
  canvas.width = Math.max(1, Math.round(img.naturalWidth * scale));
  canvas.height = Math.max(1, Math.round(img.naturalHeight * scale));
  try {
    canvas.getContext('2d')?.drawImage(img, 0, 0, canvas.width, canvas.height);
    const url = canvas.toDataURL('image/jpeg', 0.8);
    return url.startsWith('data:image/jpeg') ? url : null;
  } catch {
    return null; // a tainted canvas: the image came from another origin without CORS
  }
}

export function thumbnails(doc: Document, srcs: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const src of srcs.slice(0, 6)) {
    const url = thumbnail(doc, src);
    if (url) out[src] = url;
  }
  return out;
}

export function showImage(doc: Document, src: string): boolean {
  const img = findImage(doc, src);
  if (!img) return false;
  // An image in an embedded frame: scrolling to it scrolls the page to the frame; both are outlined.
  const shown = onPage(doc, img);
  img.scrollIntoView({ block: 'center', behavior: 'smooth' });
  for (const el of shown === img ? [img] : [shown, img])
    el.animate?.(
      [{ outline: '4px solid rgba(179, 38, 30, 0.9)', outlineOffset: '2px' }, { outline: '4px solid rgba(179, 38, 30, 0)', outlineOffset: '2px' }],
      { duration: 1600, easing: 'ease-out' },
    );
  return true;
}
