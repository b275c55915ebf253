/**
 * Notes standing apart from the images (issue #15): a collective image noun ("imagery", "Bildmaterial", Finnish
 * "kuvasto") names the whole set, so a note on it covers every article image, as a plural does; and "100%" in a
 * note is an intensifier ("created 100% by AI"), not a statistic of a report ("37% of the images shared…").
 */
import { describe, expect, it } from 'vitest';
import type { AiFacts } from '../../../src/facts/ai';
import { interpretAi } from '../../../src/ai/interpret';
import { classifySentence, namesImages } from '../../../src/ai/language';

const LEAD = 'https://news.example/lead.jpg';
const BODY = 'https://news.example/body.jpg';
/** An article with two images and a note: opening it (before both) or closing it (after both). */
const facts = (note: string, where: 'opening' | 'closing'): AiFacts => ({
  url: 'https://news.example/a',
  images: [
    { src: LEAD, furniture: '' },
    { src: BODY, furniture: '' },
  ],
  texts: [{ kind: 'text', text: note, own: [], next: where === 'opening' ? [0, 1] : [], prev: where === 'closing' ? [0, 1] : [], gallery: [] }],
  jsonLd: [],
});
const ai = (note: string, where: 'opening' | 'closing'): string[] =>
  interpretAi(facts(note, where)).images.filter((i) => i.aiGenerated).map((i) => i.src);

describe('a collective image noun names the whole set', () => {
  it.each([
    ['Materiaalin kuvasto on luotu Midjourney -ohjelmalla.'], // fi, verbatim (mediakasvatus.fi)
    ['Kuvat on luotu tekoälyllä.'], // fi plural
    ['The imagery was generated with AI.'],
    ['Das Bildmaterial wurde mit KI erstellt.'],
  ])('%s covers both images, opening or closing the article', (note) => {
    expect(namesImages(note)).toBe(true);
    expect(ai(note, 'opening')).toEqual([LEAD, BODY]);
    expect(ai(note, 'closing')).toEqual([LEAD, BODY]);
  });

  it.each([['Kuva on luotu tekoälyllä.'], ['Das Bild wurde mit KI erstellt.'], ['The image was generated with AI.']])(
    '%s (one image) is the image right before a closing note, no image of an opening one',
    (note) => {
      expect(namesImages(note)).toBe(false);
      expect(ai(note, 'closing')).toEqual([BODY]);
      expect(ai(note, 'opening')).toEqual([]);
      expect(interpretAi(facts(note, 'opening')).pageFlag).toBe(true);
    },
  );
});

describe('"100%" is an intensifier, other percentages a report', () => {
  it.each([
    ['This image is 100% AI-generated.', 'self'],
    ['Dieses Bild ist zu 100 % KI-generiert.', 'self'],
    ["Cette image a été générée à 100 % par l'IA.", 'self'],
    ['37% of the images shared were AI-generated.', null],
    ['Ein Drittel der Bilder, 30 %, war KI-generiert.', null],
  ])('%s → %s', (s, want) => expect(classifySentence(s, true)).toBe(want));

  it('a note whose pronoun takes up the images of the sentence before covers them (vi, verbatim)', () => {
    const note = 'Tất cả các hình ảnh minh họa (từ ảnh bìa đến ảnh trong bài) đều không phải ảnh stock. Chúng được tạo ra 100% bởi AI (cụ thể là Midjourney)';
    expect(ai(note, 'opening')).toEqual([LEAD, BODY]);
    expect(ai(note, 'closing')).toEqual([LEAD, BODY]);
  });
});
