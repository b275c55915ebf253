/**
 * The recognizer with a language's tables left out (as npm run eval:ai's leave-one-language-out
 * figure does): the loan-word "AI" is every language's, so it stays when English is left out.
 * EXCLUDED_LANGUAGES is filled before the recognizer is first imported (its matchers are built
 * then); this file's modules are its own (vitest isolates test files).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { EXCLUDED_LANGUAGES } from '../../../src/phrases';

let classify: typeof import('../../../src/ai/language').classifySentence;
beforeAll(async () => {
  EXCLUDED_LANGUAGES.add('en');
  classify = (await import('../../../src/ai/language')).classifySentence;
  return () => EXCLUDED_LANGUAGES.clear();
});

describe('English left out of the tables', () => {
  it('still knows the loan-word "AI" in captions of other languages', () => {
    expect(classify('Dette billede er lavet med AI', true)).toBe('self'); // Danish
    expect(classify('Föreställd med AI', true)).toBe('self'); // Swedish platform label
  });
  it('reads an English caption through the shared words', () => {
    expect(classify('Image generated with AI', true)).toBe('self');
  });
  it('still leaves a caption that merely mentions AI alone', () => {
    expect(classify('Students in a classroom discuss AI regulation with their teacher', true)).toBeNull();
  });
});
