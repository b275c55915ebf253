/** The few helpers every part of the core shares. */

/** A non-null object (arrays included): the first step of every guard on data from elsewhere. */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Whitespace runs to one space, trimmed. */
export const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/**
 * `fn` with its answers kept for up to `max` short strings, until `clear()`: for pure functions that
 * one step of the core calls again and again on the same strings (a title's runs folded once per
 * site name, a title's words once per comparison). The step clears it when it starts, so nothing is
 * kept from one page to the next. Long strings are computed each time. Answers are shared: callers
 * must not mutate them.
 */
export function memoize<T>(fn: (s: string) => T, max = 512, longest = 1000): ((s: string) => T) & { clear(): void } {
  const cache = new Map<string, T>();
  const memo = (s: string): T => {
    if (s.length > longest) return fn(s);
    let v = cache.get(s);
    if (v === undefined && !cache.has(s)) {
      if (cache.size >= max) cache.clear();
      v = fn(s);
      cache.set(s, v);
    }
    return v as T;
  };
  return Object.assign(memo, { clear: () => cache.clear() });
}

/** `/\s/.test` of one code unit, by its code (the ECMAScript white space and line terminators). */
export const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** `s.split(/\s+/).length` (runs of white space, plus one) without building the array, counted up
 *  to `atMost + 1` only: the summarizer asks it of every candidate sentence. */
export function spacedWords(s: string, atMost = Infinity): number {
  let n = 1;
  for (let i = 0; i < s.length && n <= atMost; i++) {
    if (!isSpace(s.charCodeAt(i))) continue;
    n++;
    while (i + 1 < s.length && isSpace(s.charCodeAt(i + 1))) i++;
  }
  return n;
}
