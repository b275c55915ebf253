/**
 * matchAll's matches without its copy of the pattern, for the interpreters and collectors. A module
 * of its own, not in src/util.ts: that one is in the popup's first-paint chunk, and these are only
 * the reading chunk's (they had added 110 B gzip to the first paint there).
 */

/**
 * The matches `s.matchAll(re)` gives (`re` global), at once, without the copy of `re` that matchAll
 * makes first: in V8 a copy of a pattern built from the phrase tables costs about ten times one
 * search of a short string (the label, separator and AI patterns are asked of every line). `re` is
 * searched from its `lastIndex`, as matchAll's copy is, and left as it was.
 */
export function matchesOf(re: RegExp, s: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError('matchesOf needs a global pattern, as matchAll does');
  const from = re.lastIndex;
  const out: RegExpExecArray[] = [];
  try {
    for (let m = re.exec(s); m; m = re.exec(s)) {
      out.push(m);
      // (An empty match: on to the next character, a code point's two units in a `u` pattern.)
      if (m[0] === '') re.lastIndex += re.unicode && (s.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
    }
  } finally {
    re.lastIndex = from;
  }
  return out;
}

/** The first match of `re` (global) in `s`, as `s.matchAll(re).next().value` gives it, without its copy. */
export function firstMatchOf(re: RegExp, s: string): RegExpExecArray | undefined {
  if (!re.global) throw new TypeError('firstMatchOf needs a global pattern, as matchAll does');
  const from = re.lastIndex;
  try {
    return re.exec(s) ?? undefined;
  } finally {
    re.lastIndex = from;
  }
}
