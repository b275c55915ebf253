/** TF-IDF vectors (each sentence is a "document"), L2-normalised, and their cosine. The extra document (a title) is
 * weighted with the same IDF but does not count towards it; its vector comes last. */
export type Vector = Map<string, number>;

export function tfidfVectors(docs: string[][], extraDoc: string[]): Vector[] {
  // Term counts first; a document's distinct terms are then the keys of its counts (no Set per document).
  const counts = [...docs, extraDoc].map((d) => {
    const v: Vector = new Map();
    for (const w of d) v.set(w, (v.get(w) ?? 0) + 1);
    return v;
  });
  const df = new Map<string, number>();
  for (let i = 0; i < docs.length; i++) for (const w of counts[i]!.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const n = docs.length;
  const vec = (v: Vector): Vector => {
    let norm = 0;
    for (const [w, tf] of v) {
      const x = tf * Math.log((n + 1) / ((df.get(w) ?? 0) + 0.5));
      v.set(w, x);
      norm += x * x;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [w, x] of v) v.set(w, x / norm);
    return v;
  };
  return counts.map(vec);
}

export function cosine(a: Vector, b: Vector): number {
  if (a.size > b.size) [a, b] = [b, a];
  let s = 0;
  for (const [w, x] of a) {
    const y = b.get(w);
    if (y !== undefined) s += x * y;
  }
  return s;
}
