/**
 * "Intelligence" as most languages borrow it (phrases/languages/mul.ts): with every Slavic language
 * and Russian's neighbours left out of the tables, a caption saying "artificial intelligence" in
 * their words is still read, from the shared half of the term and the shared stems (generat-, foto).
 * English is left out too, so its "intelligence" (spy services) stays no AI term. This file's
 * modules are its own (vitest isolates test files): the tables are left out before the recognizer loads.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { EXCLUDED_LANGUAGES } from '../../../src/phrases';

let classify: typeof import('../../../src/ai/language').classifySentence;
let hint: typeof import('../../../src/ai/hint').hint;
beforeAll(async () => {
  for (const lang of ['bg', 'cs', 'en', 'hr', 'pl', 'ru', 'sk', 'sl', 'sr', 'uk']) EXCLUDED_LANGUAGES.add(lang);
  classify = (await import('../../../src/ai/language')).classifySentence;
  hint = (await import('../../../src/ai/hint')).hint;
  return () => EXCLUDED_LANGUAGES.clear();
});

describe('the borrowed "intelligence", its own language left out', () => {
  it('reads a caption naming artificial intelligence in a language the tables do not know', () => {
    expect(classify('Fotografie vygenerovaná umělou inteligencí', true)).toBe('self'); // Czech
    expect(classify('Fotografia wygenerowana przez sztuczną inteligencję', true)).toBe('self'); // Polish
    expect(classify('Фото згенероване штучним інтелектом', true)).toBe('self'); // Ukrainian
    expect(classify('Fotografija generirana umjetnom inteligencijom', true)).toBe('self'); // Croatian
  });
  it('reads "the photos in the article" through the borrowed "article", its own language left out', () => {
    expect(classify('Fotografie w artykule zostały wygenerowane przez sztuczną inteligencję.', false)).toBe('page'); // Polish
  });
  it('leaves the article of a named outlet alone', () => {
    expect(classify('Fotografie w artykule Reutersa zostały wygenerowane przez sztuczną inteligencję.', false)).not.toBe('page');
  });
  it('is no AI term as an adjective, in "intellectual" or as the English noun', () => {
    expect(hint('Un sistema inteligente de tráfico')).toBe(false);
    expect(hint('Intelektualista na spotkaniu')).toBe(false);
    expect(hint('The intelligence service released a photo generated from satellite data')).toBe(false);
  });
  it('still needs the grammar: a photo of people who merely discuss it is none', () => {
    expect(classify('Studenti na přednášce o umělé inteligenci v Praze diskutují s profesorem', true)).toBeNull();
  });
});
