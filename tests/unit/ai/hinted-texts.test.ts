/**
 * hintedTexts (src/ai/hint.ts): the text nodes of a page that mention AI, found with one pass of
 * each pattern over their join instead of a test of each node. It must name exactly the nodes
 * `hint` names one by one, in order, whatever sits around them.
 */
import { describe, expect, it } from 'vitest';
import { hint, hintedTexts } from '../../../src/ai/hint';

/** What the page collector did before: every node tested on its own. */
const oneByOne = (texts: string[]): number[] => texts.flatMap((t, i) => (hint(t) ? [i] : []));
const check = (texts: string[]): number[] => {
  const got = hintedTexts(texts, texts.join('\n'));
  expect(got).toEqual(oneByOne(texts));
  return got;
};

/** A caption block of a news page as its text nodes come (indentation included). */
const page = [
  '\n  ',
  'Home',
  ' | ',
  'World',
  '\n    ',
  'Floods leave thousands without power',
  'By ',
  'Jane Roe',
  '\n',
  'The river rose two metres overnight, officials said.',
  'Photo: ',
  'Midjourney',
  ' / illustration',
  'Residents of the old town were moved to a school gym.',
  'Este contenido fue generado con IA.',
  'Bild: KI-generiert',
  'Related: Intel shares fall',
  'The intelligence service released satellite photos.',
];

describe('hintedTexts', () => {
  it('names the nodes that mention AI or a generator, as hint does one by one', () => {
    expect(check(page).map((i) => page[i])).toEqual(['Midjourney', 'Este contenido fue generado con IA.', 'Bild: KI-generiert']);
  });

  it('finds nothing on a page that never mentions AI', () => {
    expect(check(page.filter((t) => !hint(t)))).toEqual([]);
  });

  it('reads a node whose match would run on into the next one only on its own ("DALL" then "E 3")', () => {
    // The join holds "DALL\nE 3": a match there starts in the first node, which hint rejects alone.
    expect(check(['Made with DALL', 'E 3 by our desk', 'Text', 'Image: DALL-E 3'])).toEqual([3]);
  });

  it('names nodes next to each other, the first and the last, and repeats', () => {
    expect(check(['AI', 'AI', 'Intro', 'chatgpt wrote this', 'made by AI'])).toEqual([0, 1, 3, 4]);
  });

  it('keeps an abbreviation apart from the letters of the next node ("AI" then "rbus")', () => {
    // Alone, "AI" is the abbreviation; the join puts a line feed between it and "rbus".
    expect(check(['AI', 'rbus A380', 'KI', '-Bild'])).toEqual([0, 2]);
  });

  it('handles empty nodes and an empty page', () => {
    expect(check([])).toEqual([]);
    expect(check(['', '', 'AI-generated image', ''])).toEqual([2]);
  });

  it('agrees with hint on many nodes in many scripts', () => {
    const words = ['人工智能', 'ИИ', 'искусственный интеллект', 'KI', 'IA', 'Gemini', 'news', 'intelligence', 'Dallas', 'AIDS', 'MAIN', 'ai art', ''];
    const texts = Array.from({ length: 600 }, (_, i) => `${words[i % words.length]} ${words[(i * 7) % words.length]}`.slice(i % 3));
    check(texts);
  });
});
