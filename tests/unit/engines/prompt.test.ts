import { describe, expect, it } from 'vitest';
import { buildPrompt, cutText, languageName, parseBullets } from '../../../src/engines/prompt';

describe('parseBullets', () => {
  it('takes list items, whatever their marker, and drops a preamble', () => {
    expect(parseBullets('Here is a summary of the article:\n\n- First point.\n* Second **point**.\n• Third.\n1. Fourth.\n2) Fifth.')).toEqual([
      'First point.',
      'Second point.',
      'Third.',
      'Fourth.',
      'Fifth.',
    ]);
  });
  it('takes lines when there is no marker, and nothing from an empty answer', () => {
    expect(parseBullets('One sentence.\r\nAnother one.')).toEqual(['One sentence.', 'Another one.']);
    expect(parseBullets('  \n - \n')).toEqual([]);
  });
});

describe('cutText', () => {
  it('cuts at a paragraph end, else a sentence end', () => {
    const text = 'A first paragraph here.\n\nA second paragraph that is longer.';
    expect(cutText(text, 1000)).toEqual({ text, cut: false });
    expect(cutText(text, 40)).toEqual({ text: 'A first paragraph here.', cut: true });
    expect(cutText('One sentence. Two sentences here. Three.', 36)).toEqual({ text: 'One sentence. Two sentences here.', cut: true });
  });
});

describe('buildPrompt', () => {
  const article = { title: 'Titel', source: 'Badische Zeitung', published: '2026-11-29', modified: '2026-11-30', text: 'Text.', lang: 'de' };
  it("asks for N bullets in the article's language, or the reader's", () => {
    expect(languageName('de')).toBe('German');
    expect(languageName(null)).toBeNull();
    const p = buildPrompt(article, { bullets: 5, maxChars: 1000 });
    expect(p.messages[0]!.content).toMatch(/exactly 5 bullet points/);
    expect(p.messages[0]!.content).toMatch(/article's language \(German\)/);
    expect(p.messages[1]!.content).toMatch(/Updated: 2026-11-30/);
    expect(buildPrompt(article, { bullets: 1, maxChars: 1000, outputLang: 'fr' }).messages[0]!.content).toMatch(/Write in French/);
  });
});
