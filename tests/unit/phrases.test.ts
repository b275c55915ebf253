/**
 * Every phrase table (every export of a src/**\/phrases/ module, walked into records) is in
 * code-point order and free of duplicates, so adding a phrase is a one-line diff at a place anyone
 * can find. The order is JavaScript's default string order (UTF-16 code units), which is code-point
 * order because every entry is checked to lie in the Basic Multilingual Plane. An entry sorts by its
 * text: the phrase itself, or a pattern's source.
 */
import { describe, expect, it } from 'vitest';
import { alternation, column, EXCLUDED_LANGUAGES, regex, type Entry } from '../../src/phrases';

const modules = import.meta.glob<Record<string, unknown>>('../../src/**/phrases/**/*.ts', { eager: true });

const keyOf = (e: Entry): string => (typeof e === 'string' ? e : e.source);

/** Why `table` breaks the rules ('' when it keeps them). */
export function tableProblem(table: readonly unknown[]): string {
  for (const [i, e] of table.entries()) {
    if (typeof e !== 'string' && !(e instanceof RegExp)) return `entry ${i} is neither a phrase nor a pattern`;
    const key = keyOf(e);
    if (!key.trim() || key !== key.trim()) return `entry ${i} ${JSON.stringify(key)} is empty or padded`;
    if (/[\uD800-\uDFFF]/.test(key)) return `entry ${JSON.stringify(key)} leaves the Basic Multilingual Plane`;
    if (e instanceof RegExp && e.flags.replace('u', '')) return `pattern /${key}/ has flags other than u (the matcher's flags apply)`;
    const prev = i > 0 ? keyOf(table[i - 1] as Entry) : null;
    if (prev !== null && prev === key) return `duplicate ${JSON.stringify(key)}`;
    if (prev !== null && prev > key) return `${JSON.stringify(key)} comes before ${JSON.stringify(prev)}`;
  }
  return '';
}

/** Every table under `value` (arrays; records are walked, their keys in order too), with its path. */
function problems(value: unknown, path: string): string[] {
  if (Array.isArray(value)) {
    const p = tableProblem(value);
    return p ? [`${path}: ${p}`] : [];
  }
  if (typeof value === 'object' && value !== null && !(value instanceof RegExp)) {
    const keys = Object.keys(value);
    const out = keys.flatMap((k) => problems((value as Record<string, unknown>)[k], `${path}.${k}`));
    const sorted = [...keys].sort();
    if (keys.join() !== sorted.join()) out.push(`${path}: keys not in order (${keys.join(' ')})`);
    return out;
  }
  return [`${path}: not a table`];
}

describe('phrase tables', () => {
  const files = Object.keys(modules);

  it('are found', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  for (const file of files) {
    it(`${file.replace('../../', '')}: sorted, without duplicates`, () => {
      const exports = Object.entries(modules[file]!);
      expect(exports.length).toBeGreaterThan(0);
      expect(exports.flatMap(([name, value]) => problems(value, name))).toEqual([]);
    });
  }

  it('the check catches an unsorted or duplicated table', () => {
    expect(tableProblem(['a', 'b', /c(?:d)?/])).toBe('');
    expect(tableProblem(['b', 'a'])).toMatch(/comes before/);
    expect(tableProblem(['a', /a/])).toMatch(/duplicate/);
    expect(tableProblem([/a/i])).toMatch(/flags/);
  });
});

describe('regex()', () => {
  it('escapes phrases, keeps patterns, merges languages and tries a phrase before its prefix', () => {
    expect(alternation(['more', 'more from', /u\.s\./, 'a.b'])).toBe('u\\.s\\.|more from|more|a\\.b');
    expect(alternation({ de: ['ja', 'mehr'], en: ['ja', 'more'] })).toBe('more|mehr|ja');
    const re = regex('i', '^(?:', { en: ['more', 'more from'] }, ')', /\b/);
    expect(re.source).toBe('^(?:more from|more)\\b');
    expect(re.flags).toBe('i');
    expect(re.exec('More from CNN')?.[0]).toBe('More from');
  });
});

describe('EXCLUDED_LANGUAGES (leave-one-language-out evaluation)', () => {
  it('leaves a language and its regional variants out of language-bound tables, and nothing else', () => {
    const languages = { de: { made: ['erstellt'] }, en: { made: ['made'] }, 'zh-Hant': { made: ['製作'] }, zh: { made: ['生成'] } };
    try {
      EXCLUDED_LANGUAGES.add('zh');
      expect(column(languages, 'made')).toEqual({ de: ['erstellt'], en: ['made'] });
      EXCLUDED_LANGUAGES.add('de');
      expect(alternation({ de: ['mehr'], en: ['more'] })).toBe('more');
      expect(regex('', '(?:', column(languages, 'made'), ')').test('生成')).toBe(false);
      // A plain table is no language's: it stays whole.
      expect(alternation(['mehr', 'more'])).toBe('more|mehr');
    } finally {
      EXCLUDED_LANGUAGES.clear();
    }
    expect(Object.keys(column(languages, 'made'))).toEqual(['de', 'en', 'zh-Hant', 'zh']);
  });
});
