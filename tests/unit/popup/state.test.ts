import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../../src/analysis';
import { stateFromAnalysis, stateFromInterpretation, stateFromOutcome } from '../../../popup/state';

const analysis = { url: 'https://a.example/', summary: ['One.'], notArticle: null } as unknown as Analysis;
const noArticle = { ...analysis, notArticle: { reason: 'too-short', message: 'This page has too little text to be an article.' } } as Analysis;
const error = (message: string) => ({ name: 'Error', message });

describe('popup states from the tab’s answer', () => {
  it('a page still parsing is waited for', () => {
    expect(stateFromOutcome({ kind: 'loading' })).toEqual({ kind: 'waiting', message: 'The page is still loading…' });
  });

  it('a restricted page says which kind, in words', () => {
    expect(stateFromOutcome({ kind: 'restricted', restricted: 'web-store' })).toEqual({
      kind: 'restricted',
      restricted: 'web-store',
      message: 'Browsers do not let extensions read their add-on stores.',
    });
  });

  it('a refused injection tells the reader how to give access, with the browser’s words', () => {
    expect(stateFromOutcome({ kind: 'injection-refused', error: error('Cannot access contents of the page.') })).toMatchObject({
      kind: 'injection-refused',
      message: expect.stringMatching(/Click the Nutshell button/),
      detail: 'Cannot access contents of the page.',
    });
  });

  it('a failure in the page, or an answer out of place, is an error', () => {
    expect(stateFromOutcome({ kind: 'error', error: error('boom') })).toEqual({ kind: 'error', message: 'Something went wrong while reading this page.', detail: 'boom' });
    expect(stateFromOutcome({ kind: 'highlighted', found: true })).toMatchObject({ kind: 'error', detail: 'highlighted' });
  });
});

describe('popup states from the interpretation', () => {
  it('an Analysis is a brief, or "no article"', () => {
    expect(stateFromInterpretation({ kind: 'analysis', analysis }, true)).toEqual({ kind: 'ready', analysis, selection: true });
    expect(stateFromAnalysis(noArticle)).toEqual({ kind: 'not-article', message: 'This page has too little text to be an article.', analysis: noArticle });
  });

  it('a failed interpretation is an error, with its detail', () => {
    expect(stateFromInterpretation({ kind: 'error', error: error('x is undefined') }, false)).toEqual({
      kind: 'error',
      message: 'Something went wrong while summarizing this page.',
      detail: 'x is undefined',
    });
  });
});

describe('popup states for a tab that shows no page', () => {
  const refused = { kind: 'injection-refused', error: error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.') } as const;

  it('after the toolbar click, a hidden URL and a refusal mean an empty tab or an error page: no advice about access', () => {
    expect(stateFromOutcome(refused, { url: undefined, byAction: true })).toMatchObject({ kind: 'restricted', restricted: 'no-page', message: expect.stringMatching(/empty, or its page didn’t load/) });
  });

  it('opened as a page in a tab, the same refusal is about access', () => {
    expect(stateFromOutcome(refused, { url: undefined, byAction: false })).toMatchObject({ kind: 'injection-refused' });
    expect(stateFromOutcome(refused, { url: 'https://news.example/a', byAction: true })).toMatchObject({ kind: 'injection-refused' });
  });
});

describe("popup states for Firefox's refusal", () => {
  const refused = { kind: 'injection-refused', error: error('Missing host permission for the tab') } as const;

  it('a web address Firefox lets Nutshell see, refused all the same, shows an error page: the load-failed state', () => {
    for (const byAction of [true, false]) {
      expect(stateFromOutcome(refused, { url: 'http://127.0.0.1:9/story.html', byAction })).toMatchObject({
        kind: 'restricted',
        restricted: 'load-failed',
        message: expect.stringMatching(/could not load it/),
      });
    }
  });

  it('a hidden URL (no access to the tab) is about access; so is any other refusal of a visible one', () => {
    expect(stateFromOutcome(refused, { url: undefined, byAction: false })).toMatchObject({ kind: 'injection-refused' });
    expect(stateFromOutcome(refused, { url: undefined, byAction: true })).toMatchObject({ kind: 'injection-refused' });
    const other = { kind: 'injection-refused', error: error('Cannot access contents of url "https://news.example/a".') } as const;
    expect(stateFromOutcome(other, { url: 'https://news.example/a', byAction: true })).toMatchObject({ kind: 'injection-refused' });
  });
});
