import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSpace, spacedWords } from '../../src/util';

describe('spacedWords', () => {
  it('isSpace answers /\\s/ for every code unit', () => {
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c.toString(16));
    expect(differ).toEqual([]);
  });

  it('counts what s.split(/\\s+/).length counts, and stops past atMost', () => {
    expect(spacedWords('Read more  about it ')).toBe(5);
    expect(spacedWords('')).toBe(1);
    const piece = fc.constantFrom('a', 'word', ' ', '  ', '\n', '\t', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u200b', '.', 'é');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.integer({ min: 0, max: 12 }), (parts, atMost) => {
        const s = parts.join('');
        const n = s.split(/\s+/).length;
        expect(spacedWords(s)).toBe(n);
        expect(spacedWords(s, atMost) <= atMost).toBe(n <= atMost);
      }),
      { numRuns: 5_000 },
    );
  });
});
