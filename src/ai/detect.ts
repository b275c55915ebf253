import type { AiImage, AiReport } from '../analysis';

/**
 * First version of AI-image disclosure detection on the live (unmodified) page: an English
 * caption, alt or figure text that says the image is AI-generated. Issue #5 widens languages,
 * placements, hard negatives and metadata.
 */
const DISCLOSURE = /\b(?:this|the)\s+(?:image|picture|photo|illustration)\s+(?:is|was)\s+(?:an?\s+)?(?:ai[- ]generated|generated\s+(?:by|with|using)\s+(?:ai|artificial intelligence))\b/i;

function resolve(src: string, base: string): string {
  try {
    return new URL(src, base).href;
  } catch {
    return src;
  }
}

function captionFor(img: Element): string | null {
  const fig = img.closest('figure');
  const cap = fig?.querySelector('figcaption')?.textContent;
  if (cap) return cap.replace(/\s+/g, ' ').trim();
  let next = (img.closest('picture') ?? img).nextElementSibling ?? img.parentElement?.nextElementSibling ?? null;
  const t = next?.textContent?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}

export function detectAiDisclosures(doc: Document, opts: { url: string }): AiReport {
  const images: AiImage[] = [];
  for (const img of Array.from(doc.querySelectorAll('img'))) {
    const src = img.getAttribute('src') || img.getAttribute('data-src');
    if (!src) continue;
    const alt = img.getAttribute('alt') ?? '';
    const caption = captionFor(img);
    if (caption && DISCLOSURE.test(caption)) {
      images.push({ src: resolve(src, opts.url), aiGenerated: true, evidence: caption, evidenceKind: 'caption' });
    } else if (DISCLOSURE.test(alt)) {
      images.push({ src: resolve(src, opts.url), aiGenerated: true, evidence: alt, evidenceKind: 'alt' });
    }
  }
  return { pageFlag: images.some((i) => i.aiGenerated), textDisclosure: null, images };
}
