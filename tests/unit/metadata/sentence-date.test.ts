/**
 * A date inside a sentence near the headline names an event, not the page (issue #14): "The next
 * meeting is on Wed. 5 February 2020 at 7 pm in the café." dates nothing; where the page says nothing
 * else, the time is null. A dated line beside it still dates the page.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../cli/dom';
import { extractMetadata } from '../../../tools/core/halves';

const read = (lang: string, lines: string[]) =>
  extractMetadata(
    parseDocument(`<!doctype html><html lang="${lang}"><head><title>Page</title></head><body><h1>Stammtisch</h1>
${lines.map((l) => `<div>${l}</div>`).join('\n')}<p>${'Ein langer Absatz, der die Geschichte beginnt und noch eine Weile weitergeht. '.repeat(3)}</p></body></html>`),
    { url: 'https://wiki.example.org/Stammtisch', now: new Date('2026-12-01T00:00:00Z'), readability: null },
  ).times;

describe('a date in a sentence', () => {
  it('German: the next meeting’s date is not the page’s', () => {
    expect(read('de', ['Der nächste Stammtisch findet am Mi. 5. Februar 2020 ab 19 Uhr im Cafe Hurricane statt.']).published).toBeNull();
  });
  it('English: "as soon as Nov. 4, 2024" in a sentence', () => {
    expect(read('en', ['The agency said it could rule on the merger as soon as Nov. 4, 2024, officials told reporters.']).published).toBeNull();
  });
  it('French: a dated line beside the sentence still dates the page', () => {
    const t = read('fr', ['Le prochain conseil municipal se tiendra le 12 mars 2024 à la mairie, a annoncé le maire.', 'Publié le 2 mars 2024']);
    expect(t.published?.iso).toBe('2024-03-02');
  });
  it('a short dateline is no sentence', () => {
    expect(read('en', ['By Jane Roe, March 2, 2024.']).published?.iso).toBe('2024-03-02');
  });
});
