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

function parseLenient(text: string): unknown {
  const t = text.replace(/^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$/g, '');
  try {
    return JSON.parse(t);
  } catch {
    try {
      // Raw newlines / tabs inside strings and trailing commas are the common breakages.
      return JSON.parse(t.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1'));
    } catch {
      return null;
    }
  }
}

export function readJsonLd(doc: Document): JsonLd {
  const nodes: Node[] = [];
  const byId = new Map<string, Node>();
  const visit = (v: unknown, depth: number): void => {
    if (depth > 4 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x) => visit(x, depth + 1));
    const n = v as Node;
    nodes.push(n);
    if (typeof n['@id'] === 'string' && Object.keys(n).length > 1 && !byId.has(n['@id'])) byId.set(n['@id'], n);
    visit(n['@graph'], depth + 1);
    visit(n.mainEntity, depth + 1);
  };
  for (const s of doc.getElementsByTagName('script')) {
    if (/ld\+json/i.test(s.getAttribute('type') ?? '')) visit(parseLenient(s.textContent ?? ''), 0);
  }
  return { nodes, byId };
}

export const types = (n: Node): string => [n['@type']].flat().join(' ');

/** Follow an `{"@id": …}` reference into the graph. */
export function deref(ld: JsonLd, v: unknown): unknown {
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const id = (v as Node)['@id'];
    if (typeof id === 'string' && Object.keys(v).length <= 2) return ld.byId.get(id) ?? v;
  }
  return v;
}

export function nameOf(ld: JsonLd, v: unknown): string | null {
  const d = deref(ld, v);
  if (typeof d === 'string') return d.trim() || null;
  const name = d && typeof d === 'object' ? (d as Node).name : null;
  return typeof name === 'string' ? name.trim() || null : null;
}

const ARTICLE = /Article|Posting|Report|Blog\b|Story/;

/** The node that describes this page's story: an article type, preferring one with dates and the
 *  page's own URL; a WebPage only when no article node exists. */
export function mainNode(ld: JsonLd, pageUrl: string | null): Node | null {
  let best: Node | null = null;
  let bestScore = 0;
  for (const n of ld.nodes) {
    const t = types(n);
    let s = ARTICLE.test(t) ? 4 : /WebPage/.test(t) ? 1 : 0;
    if (!s) continue;
    if (n.datePublished || n.dateCreated) s += 2;
    const u = deref(ld, n.mainEntityOfPage);
    const url = typeof n.url === 'string' ? n.url : typeof u === 'string' ? u : u && typeof u === 'object' ? (u as Node)['@id'] : null;
    if (pageUrl && typeof url === 'string' && url.replace(/[?#].*|\/$/g, '') === pageUrl.replace(/[?#].*|\/$/g, '')) s += 1;
    if (s > bestScore) [best, bestScore] = [n, s];
  }
  return best;
}
