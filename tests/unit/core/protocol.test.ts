import { describe, expect, it } from 'vitest';
import { isPageResult, serializeError } from '../../../src/protocol';

describe('page protocol', () => {
  it('accepts each result kind in its right shape', () => {
    expect(isPageResult({ kind: 'loading' })).toBe(true);
    expect(isPageResult({ kind: 'highlighted', found: false })).toBe(true);
    expect(isPageResult({ kind: 'error', error: { name: 'Error', message: 'x' } })).toBe(true);
    expect(isPageResult({ kind: 'analysis', analysis: { url: 'https://a/', summary: [] } })).toBe(true);
  });

  it.each([null, undefined, 'analysis', 42, {}, { kind: 'analysis' }, { kind: 'analysis', analysis: { url: 1, summary: [] } }, { kind: 'error', error: 'boom' }, { kind: 'nope' }])(
    'rejects %j',
    (v) => {
      expect(isPageResult(v)).toBe(false);
    },
  );

  it('serializes errors of any type into name and message', () => {
    expect(serializeError(new TypeError('bad'))).toEqual({ name: 'TypeError', message: 'bad' });
    expect(serializeError('plain')).toEqual({ name: 'Error', message: 'plain' });
    expect(serializeError({ code: 7 })).toEqual({ name: 'Error', message: '{"code":7}' });
  });
});
