/**
 * Phrase tables, and the one helper that compiles them into matchers.
 *
 * The wordings the core recognises ("click here", "Lesen Sie auch", "AI-generated"…) live as data in
 * `phrases/` folders beside the code that matches them (src/text/phrases, src/ai/phrases,
 * src/metadata/phrases, src/summary/phrases), so adding a phrase or a language is a one-line diff:
 * - A table is a readonly array, in code-point order (JavaScript's default sort; every entry is in
 *   the Basic Multilingual Plane, where the two agree), without duplicates. A language-bound table is
 *   a record from language code (BCP 47, in the same order) to such arrays; in src/ai, where a
 *   language brings a dozen tables, each language is a file. tests/unit/phrases.test.ts checks them all.
 * - An entry in quotes is a literal phrase, matched as written (escaped here); an entry between
 *   slashes is a pattern, a regex fragment for what a list cannot say ("sign-?up", "g[ée]n[ée]r…"). A
 *   pattern's own flags are ignored (the matcher's apply); `u` is there only where TypeScript needs it.
 * - A matcher tries the alternatives of a table longest-prefix first: in reverse order, so a phrase
 *   comes before every phrase it extends ("more from" before "more"). Duplicates across languages
 *   are merged.
 *
 * Matchers are built at module load with a `/*#__PURE__*\/ regex(…)` call whose arguments are only
 * literals and tables: a bundle that imports a module without using a matcher drops both.
 */

/** A literal phrase or a pattern. */
export type Entry = string | RegExp;
/** A list of phrases (see above for the order). */
export type Table = readonly Entry[];
/** Language-bound tables: language code → table. */
export type Tables = Readonly<Record<string, Table>>;

const SPECIAL = /[.*+?^${}()|[\]\\]/g;

/** An entry as regex source. */
const sourceOf = (e: Entry): string => (typeof e === 'string' ? e.replace(SPECIAL, '\\$&') : e.source);

/** The alternation of one or more tables: their union, longest prefix first. */
export function alternation(tables: Table | Tables): string {
  const entries = Array.isArray(tables) ? (tables as Table) : Object.values(tables as Tables).flat();
  return [...new Set(entries.map(sourceOf))].sort().reverse().join('|');
}

/** One table of every language: language code → that language's `key` table (none: empty). */
export function column<K extends string>(languages: Readonly<Record<string, Partial<Record<K, Table>>>>, key: K): Tables {
  const out: Record<string, Table> = {};
  for (const [lang, tables] of Object.entries(languages)) out[lang] = tables[key] ?? [];
  return out;
}

/**
 * A RegExp from `parts` in order: a string is regex source as written, a RegExp its source, a table
 * (or language-bound tables) its alternation. The caller brackets an alternation: `'(?:', TABLE, ')'`.
 */
export function regex(flags: string, ...parts: readonly (string | RegExp | Table | Tables)[]): RegExp {
  return new RegExp(parts.map((p) => (typeof p === 'string' ? p : p instanceof RegExp ? p.source : alternation(p))).join(''), flags);
}
