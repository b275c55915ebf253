/**
 * JSON-LD: every `application/ld+json` block, flattened (top level, arrays, `@graph`, `mainEntity`),
 * with `@id` references resolvable. One malformed block must not hide a good one (issue #3), so
 * each block is parsed on its own, with a lenient second try for the usual CMS slips.
 */
export type Node = Record<string, unknown>;

export interface JsonLd {
  nodes: Node[];
  byId: Map<string, Node>;
}

const parse = (t: string): unknown => {
  try {
    return JSON.parse(t);
  } catch {
    return null;
  }
};

export function readJsonLd(texts: string[]): JsonLd {
  const ld: JsonLd = { nodes: [], byId: new Map() };
  const visit = (v: unknown, depth: number): void => {
    if (depth > 4 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x) => visit(x, depth + 1));
    const n = v as Node;
    const id = n['@id'];
    ld.nodes.push(n);
    if (typeof id === 'string' && Object.keys(n).length > 1 && !ld.byId.has(id)) ld.byId.set(id, n);
    visit(n['@graph'], depth + 1);
    visit(n.mainEntity, depth + 1);
  };
  for (const raw of texts) {
    const t = raw.replace(/^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$/g, '');
    // Raw newlines / tabs inside strings and trailing commas are the common breakages.
    visit(parse(t) ?? parse(t.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1')), 0);
  }
  return ld;
}

export const types = (n: Node): string => [n['@type']].flat().join(' ');

/** Follow an `{"@id": …}` reference into the graph. */
export function deref(ld: JsonLd, v: unknown): unknown {
  const id = v && typeof v === 'object' ? (v as Node)['@id'] : null;
  return typeof id === 'string' && Object.keys(v as Node).length <= 2 ? (ld.byId.get(id) ?? v) : v;
}

export function nameOf(ld: JsonLd, v: unknown): string | null {
  let d = deref(ld, v);
  if (d && typeof d === 'object') d = (d as Node).name;
  return typeof d === 'string' ? d.trim() || null : null;
}

const bare = (u: unknown): unknown => (typeof u === 'string' ? u.replace(/[?#].*|\/$/g, '') : u);

/** The node that describes this page's story: an article type, preferring one with dates and the
 *  page's own URL; a WebPage only when no article node exists. */
export function mainNode(ld: JsonLd, pageUrl: string): Node | null {
  let best: Node | null = null;
  let bestScore = 0;
  for (const n of ld.nodes) {
    const t = types(n);
    let s = /Article|Posting|Report|Blog\b|Story/.test(t) ? 4 : /WebPage/.test(t) ? 1 : 0;
    if (!s) continue;
    if (n.datePublished || n.dateCreated) s += 2;
    let u = n.url ?? deref(ld, n.mainEntityOfPage);
    if (u && typeof u === 'object') u = (u as Node)['@id'];
    if (bare(u) === bare(pageUrl)) s += 1;
    if (s > bestScore) [best, bestScore] = [n, s];
  }
  return best;
}
