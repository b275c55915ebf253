/**
 * schema.org structured data: an ImageObject (or any node) with `digitalSourceType`. Only the
 * IPTC terms trainedAlgorithmicMedia / compositeWithTrainedAlgorithmicMedia mean generative AI;
 * algorithmicMedia (made by a formula, no training data) and digitalCapture do not.
 */
export interface JsonLdImage {
  src: string;
  ai: boolean;
  value: string;
}

export const AI_SOURCE_TYPE = /trainedAlgorithmicMedia/i;

export function jsonLdImages(doc: Document): JsonLdImage[] {
  const out: JsonLdImage[] = [];
  const visit = (node: unknown, depth: number): void => {
    if (!node || typeof node !== 'object' || depth > 8) return;
    if (Array.isArray(node)) return node.forEach((n) => visit(n, depth + 1));
    const o = node as Record<string, unknown>;
    const t = o.digitalSourceType;
    const value = typeof t === 'string' ? t : typeof (t as { '@id'?: unknown })?.['@id'] === 'string' ? (t as { '@id': string })['@id'] : '';
    const src = [o.contentUrl, o.url, o['@id']].find((u): u is string => typeof u === 'string');
    if (value && src) out.push({ src, ai: AI_SOURCE_TYPE.test(value), value });
    for (const k in o) if (k !== 'digitalSourceType') visit(o[k], depth + 1);
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(s.textContent ?? ''), 0);
    } catch {
      /* a broken block is the page's problem, not a disclosure */
    }
  }
  return out;
}
