/**
 * schema.org structured data: an ImageObject (or any node) with `digitalSourceType`. Pure: the
 * page side (collect.ts) only hands over the raw JSON-LD blocks that mention the property;
 * parsing them needs no DOM, so it runs in the background with the rest of interpretation.
 */
export interface JsonLdImage {
  /** Absolute URL (the page's own string when it does not parse). */
  src: string;
  /** The digitalSourceType as written: a term, an IPTC URI, or an `@id`. */
  value: string;
}

export function jsonLdImages(blocks: string[], base: string): JsonLdImage[] {
  const out: JsonLdImage[] = [];
  const visit = (node: unknown, depth: number): void => {
    if (!node || typeof node !== 'object' || depth > 8) return;
    if (Array.isArray(node)) return node.forEach((n) => visit(n, depth + 1));
    const o = node as Record<string, unknown>;
    const t = o.digitalSourceType;
    const value = typeof t === 'string' ? t : typeof (t as { '@id'?: unknown })?.['@id'] === 'string' ? (t as { '@id': string })['@id'] : '';
    let src = [o.contentUrl, o.url, o['@id']].find((u): u is string => typeof u === 'string');
    if (value && src) {
      try {
        src = new URL(src, base).href;
      } catch {
        /* keep the page's own string */
      }
      out.push({ src, value });
    }
    for (const k in o) if (k !== 'digitalSourceType') visit(o[k], depth + 1);
  };
  for (const block of blocks) {
    try {
      visit(JSON.parse(block), 0);
    } catch {
      /* a broken block is the page's problem, not a disclosure */
    }
  }
  return out;
}
