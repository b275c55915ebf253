import { describe, expect, it } from 'vitest';
import { memoize } from '../../src/util';

describe('memoize', () => {
  it('computes each short string once and gives the same answer after', () => {
    const calls: string[] = [];
    const upper = memoize((s: string) => (calls.push(s), s.toUpperCase()));
    expect([upper('Reuters'), upper('bbc'), upper('Reuters')]).toEqual(['REUTERS', 'BBC', 'REUTERS']);
    expect(calls).toEqual(['Reuters', 'bbc']);
  });

  it('keeps answers that are undefined or empty too', () => {
    let n = 0;
    const nothing = memoize((_s) => (n++, undefined));
    nothing('a');
    nothing('a');
    expect(n).toBe(1);
  });

  it('computes long strings every time and forgets everything past its bound', () => {
    let n = 0;
    const len = memoize((s) => (n++, s.length), 2, 5);
    len('abcdefgh');
    len('abcdefgh');
    expect(n).toBe(2);
    len('a');
    len('b');
    len('c'); // the cache was full: cleared, then 'c' kept
    len('a');
    expect(n).toBe(6);
    expect(len('c')).toBe(1);
    expect(n).toBe(6);
  });
});

describe('memoize.clear', () => {
  it('forgets every answer', () => {
    let n = 0;
    const len = memoize((s) => (n++, s.length));
    len('a');
    len.clear();
    len('a');
    expect(n).toBe(2);
  });
});
