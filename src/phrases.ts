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
 * - A matcher tries a table's alternatives in reverse order, so a phrase is tried before the shorter
 *   phrases it begins with ("more from" before "more": where the match's length matters, the longer
 *   phrase wins). Duplicates across languages are merged.
 *
 * A matcher is built at module load by a `/*#__PURE__*\/ regex(…)` call whose arguments are only
 * literals and tables (a bundle that imports the module without using the matcher drops both), or
 * on first use where it needs more (src/ai/language.ts; the months and relative dates of src/metadata).
 * Every RegExp the core builds at run time goes through `regex`, so that the safety test sees it.
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

/**
 * Languages left out of every language-bound table when it is compiled (`column`, and `alternation`
 * or `regex` given language-bound tables). Empty in the product: it is for measuring how a language
 * the tables do not know fares (npm run eval:ai's leave-one-language-out figure fills it before the
 * recognizer's modules are first imported, as their matchers are built at load or on first use).
 * A code leaves out its regional variants too ('zh' also 'zh-Hant').
 */
export const EXCLUDED_LANGUAGES = new Set<string>();
const kept = (lang: string): boolean => EXCLUDED_LANGUAGES.size === 0 || !EXCLUDED_LANGUAGES.has(lang.split('-')[0]!);

/** The alternation of a table or of language-bound tables: their union, in reverse order. */
export function alternation(tables: Table | Tables): string {
  const entries = Array.isArray(tables)
    ? (tables as Table)
    : Object.entries(tables as Tables).flatMap(([lang, table]) => (kept(lang) ? table : []));
  return [...new Set(entries.map(sourceOf))].sort().reverse().join('|');
}

/** One table of every language: language code → that language's `key` table (none: empty). */
export function column<K extends string>(languages: Readonly<Record<string, Partial<Record<K, Table>>>>, key: K): Tables {
  const out: Record<string, Table> = {};
  for (const [lang, tables] of Object.entries(languages)) if (kept(lang)) out[lang] = tables[key] ?? [];
  return out;
}

/**
 * Every pattern `regex` has compiled so far, by `/source/flags`: tests/safety/regex.test.ts reads it
 * (after the lazy builders have run) to check each for catastrophic backtracking. The core builds
 * only fixed patterns (from literals and tables, at load or on first use), so this stays small.
 */
export const COMPILED = new Map<string, RegExp>();

/**
 * A RegExp from `parts` in order: a string is regex source as written, a RegExp its source, a table
 * (or language-bound tables) its alternation. The caller brackets an alternation: `'(?:', TABLE, ')'`.
 */
export function regex(flags: string, ...parts: readonly (string | RegExp | Table | Tables)[]): RegExp {
  const re = new RegExp(parts.map((p) => (typeof p === 'string' ? p : p instanceof RegExp ? p.source : alternation(p))).join(''), flags);
  COMPILED.set(`/${re.source}/${re.flags}`, re);
  return re;
}
