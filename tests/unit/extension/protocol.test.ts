import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../cli/dom';
import { extractPage } from '../../../src/collect';
import { isPageResult, serializeError } from '../../../extension/protocol';
import { isPageFacts } from '../../../src/facts/index';

const facts = extractPage(parseDocument(readFileSync(resolve(import.meta.dirname, '../../../sample/index.html'), 'utf8')), { url: 'https://a.example/x' });

describe('page protocol', () => {
  it('accepts each result kind in its right shape', () => {
    expect(isPageResult({ kind: 'loading' })).toBe(true);
    expect(isPageResult({ kind: 'highlighted', found: false })).toBe(true);
    expect(isPageResult({ kind: 'error', error: { name: 'Error', message: 'x' } })).toBe(true);
    expect(isPageResult({ kind: 'page', html: '<!DOCTYPE html><html></html>', url: 'https://a.example/x', loading: true })).toBe(true);
    expect(isPageResult({ kind: 'snapshot', html: '<html></html>', url: 'https://a.example/x', truncated: false, reason: 'r' })).toBe(true);
    const frame = { path: [0, 2], html: '<!DOCTYPE html><html></html>', url: 'https://a.example/embed' };
    expect(isPageResult({ kind: 'page', html: '<html></html>', url: 'https://a.example/x', frames: [frame] })).toBe(true);
    for (const frames of [{}, [{ ...frame, path: [] }], [{ ...frame, path: [0, 1, 2] }], [{ ...frame, path: [-1] }], [{ ...frame, html: 1 }], Array(9).fill(frame)])
      expect(isPageResult({ kind: 'page', html: '<html></html>', url: 'https://a.example/x', frames }), JSON.stringify(frames).slice(0, 80)).toBe(false);
    expect(isPageFacts(JSON.parse(JSON.stringify(facts)))).toBe(true);
  });

  it.each([null, undefined, 'facts', 42, {}, { kind: 'facts', facts }, { kind: 'page' }, { kind: 'page', html: 1, url: 'u' }, { kind: 'page', html: '', url: null }, { kind: 'error', error: 'boom' }, { kind: 'analysis', analysis: {} }, { kind: 'nope' }])(
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
