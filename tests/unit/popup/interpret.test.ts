/**
 * The thinking half in the popup (popup/interpret.ts, and popup/interpreting.ts which loads it):
 * facts from another context are checked in depth, interpreted with the reader's summary length
 * and selection, and every failure (a bad shape, a throw, a chunk that does not load) is a state.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../cli/dom';
import { interpret } from '../../../popup/interpret';
import { interpretFacts } from '../../../popup/interpreting';
import { extractPage } from '../../../src/collect';
import { interpretPage } from '../../../src/interpret';

const html = readFileSync(resolve(import.meta.dirname, '../../../sample/index.html'), 'utf8');
const facts = extractPage(parseDocument(html), { url: 'https://news.example/kerala' });
const NOW = new Date('2025-05-14T16:00:00Z');

describe('interpreting in the popup', () => {
  it('turns facts into the Analysis the core gives, with the reader’s summary length', () => {
    const outcome = interpret(structuredClone(facts), { summarySentences: 5 }, undefined, NOW);
    expect(outcome).toEqual({ kind: 'analysis', analysis: interpretPage(facts, { now: NOW, settings: { summarySentences: 5 } }) });
    if (outcome.kind === 'analysis') expect(outcome.analysis.summary).toHaveLength(5);
  });

  it('summarizes the reader’s selection instead of the article', () => {
    const selection = 'The buoys send a warning to every boat within twenty kilometres. Fishers said the alerts came in time. The state plans forty more before the monsoon.';
    const outcome = interpret(facts, { summarySentences: 3 }, selection, NOW);
    expect(outcome).toEqual({ kind: 'analysis', analysis: interpretPage(facts, { now: NOW, settings: { summarySentences: 3 }, selection }) });
  });

  it('refuses facts whose parts have the wrong shape, before reading them', () => {
    for (const bad of [null, 'facts', { url: 'x' }, { ...facts, meta: { ...facts.meta, ld: 42 } }, { ...facts, ai: { ...facts.ai, images: 'x' } }]) {
      expect(interpret(bad, { summarySentences: 3 })).toMatchObject({ kind: 'error', error: { name: 'ProtocolError' } });
    }
  });

  it('reports a failure inside interpretation as an error outcome', () => {
    const broken = { ...facts, blocks: [{ text: 42, tag: 'P', linkDensity: 0 }] };
    expect(interpret(broken, { summarySentences: 3 })).toMatchObject({ kind: 'error', error: { message: expect.any(String) } });
  });

  it('gives the popup a brief, and an error state when the chunk does not load or the facts are bad', async () => {
    expect(await interpretFacts(facts, { summarySentences: 3 }, undefined, ['a note'])).toMatchObject({ kind: 'ready', selection: false, notes: ['a note'] });
    const unloadable = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    expect(await interpretFacts(facts, { summarySentences: 3 }, undefined, [], unloadable)).toEqual({
      kind: 'error',
      message: 'Something went wrong while summarizing this page.',
      detail: 'Failed to fetch dynamically imported module',
    });
    expect(await interpretFacts({ url: 'x' }, { summarySentences: 3 }, undefined)).toMatchObject({ kind: 'error', message: 'Something went wrong while summarizing this page.' });
  });
});
