/**
 * Trimming a run of characters at a string's ends by a loop. A pattern such as `[…]+$` (or
 * `^[…]+|[…]+$`) is polynomial on a long run that stops short of the end: the safety test's recheck
 * finds it. `edge` is the characters to drop, as a string of them or as a pattern for one character
 * (with the u flag: a surrogate pair is one character).
 */

const isEdge = (edge: string | RegExp, c: string): boolean => (typeof edge === 'string' ? edge.includes(c) : edge.test(c));

/** Where the run of `edge` characters at the end of `s` starts. */
function endOf(s: string, edge: string | RegExp): number {
  let b = s.length;
  while (b > 0) {
    const c = s.charCodeAt(b - 1);
    const n = c >= 0xdc00 && c <= 0xdfff && b > 1 ? 2 : 1;
    if (!isEdge(edge, s.slice(b - n, b))) break;
    b -= n;
  }
  return b;
}

/** `s` without the run of `edge` characters at its end. */
export const dropEnd = (s: string, edge: string | RegExp): string => s.slice(0, endOf(s, edge));

/** `s` without the runs of `edge` characters at either end. */
export function trimEdges(s: string, edge: string | RegExp): string {
  const b = endOf(s, edge);
  let a = 0;
  while (a < b) {
    const c = s.charCodeAt(a);
    const n = c >= 0xd800 && c <= 0xdbff && a + 1 < b ? 2 : 1;
    if (!isEdge(edge, s.slice(a, a + n))) break;
    a += n;
  }
  return s.slice(a, b);
}
