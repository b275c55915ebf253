import { describe, expect, it } from 'vitest';
import { firstMatchOf, matchesOf } from '../../src/matches';
import { LABEL } from '../../src/metadata/words';

/** What matchAll gives, as plain data: each match's text, groups, index and named groups. */
const plain = (ms: Iterable<RegExpMatchArray>): unknown[] => [...ms].map((m) => ({ all: [...m], index: m.index, groups: m.groups }));

describe('matchesOf', () => {
  const cases: Array<[RegExp, string]> = [
    // A date line's labels, in the table-built pattern the metadata reader asks of every line.
    [LABEL, 'Published 3 May 2024 · Updated 4 May 2024, 10:00 · Aktualisiert am 5. Mai'],
    [LABEL, 'By Jane Doe, Staff Writer'],
    [/(?<day>\d\d?)\.(?<month>\d\d?)\./g, 'am 03.05. und am 4.6. um 10 Uhr'],
    // Empty matches: matchAll steps on one character, a whole code point in a `u` pattern.
    [/x*/g, 'axxb'],
    [/(?=\p{Lu})/gu, 'a😀B😀Cd'],
    [/\b/g, 'two words'],
    [/ /g, ''],
  ];
  it('gives the same matches as matchAll', () => {
    for (const [re, s] of cases) expect(plain(matchesOf(re, s))).toEqual(plain(s.matchAll(re)));
  });

  it('starts where the pattern stands and leaves it there, as matchAll does', () => {
    const re = /\d+/g;
    re.lastIndex = 4;
    const expected = plain('12 34 56'.matchAll(re));
    expect(plain(matchesOf(re, '12 34 56'))).toEqual(expected);
    expect(expected).toHaveLength(2);
    expect(re.lastIndex).toBe(4);
  });

  it('leaves the pattern as it was after a search that found nothing or throws on a non-global one', () => {
    const re = /z/g;
    expect(matchesOf(re, 'abc')).toEqual([]);
    expect(re.lastIndex).toBe(0);
    expect(() => matchesOf(/a/, 'a')).toThrow(TypeError);
  });
});

describe('firstMatchOf', () => {
  it('gives the first of matchAll', () => {
    for (const s of ['Updated 3 May · Published 2 May', 'no label at all', 'Stand: 12.03.2025']) {
      const m = firstMatchOf(LABEL, s);
      const n = s.matchAll(LABEL).next().value;
      expect(m && { all: [...m], index: m.index }).toEqual(n && { all: [...n], index: n.index });
    }
    expect(LABEL.lastIndex).toBe(0);
    expect(() => firstMatchOf(/a/, 'a')).toThrow(TypeError);
  });
});
