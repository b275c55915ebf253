import { describe, expect, it } from 'vitest';
import { countWords, readingTimeMinutes, UNSPACED, unspaced, wordsOf } from '../../../src/text/words';

describe('countWords', () => {
  it('counts words as a reader does in spaced scripts', () => {
    expect(countWords('The U.S. Army said — again — that well-known rules don’t apply.')).toBe(10);
    expect(countWords('  “Quoted,” she said.  ')).toBe(3);
    expect(countWords('Rs 1,000 crore, 2.5% and 3, 4')).toBe(7); // Rs · 1,000 · crore · 2.5 · and · 3 · 4
    expect(countWords('— … • | ')).toBe(0);
    expect(countWords('')).toBe(0);
  });

  it('keeps combining marks inside a word (Devanagari vowel signs and virama)', () => {
    expect(countWords('नमस्ते दुनिया')).toBe(2);
    expect(countWords('केरल के मछुआरे')).toBe(3);
  });

  it('counts Cyrillic, Greek and accented Latin words', () => {
    expect(countWords('Привет, мир! Γειά σου κόσμε. Ça été déjà vu.')).toBe(9);
  });

  it('segments unspaced scripts into words, not one word per phrase or per character', () => {
    const ja = countWords('東京都は新しい計画を発表した。');
    expect(ja).toBeGreaterThan(4);
    expect(ja).toBeLessThan(15); // 15 characters
    expect(countWords('ภาษาไทยไม่มีการเว้นวรรค')).toBeGreaterThan(3);
  });

  it('estimates unspaced runs at 1.7 characters a word when asked (sentence scoring)', () => {
    expect(countWords('東京都は新しい計画を発表した。', true)).toBe(8); // a run of 14 characters
    expect(countWords('The plan 東京都 passed.', true)).toBe(5);
  });

  it('counts a Latin text quoting a few kanji like the same text without them, plus their words', () => {
    const latin = 'Tokyo is the capital of Japan and its largest city by far. '.repeat(20);
    expect(countWords(latin + '東京')).toBe(countWords(latin) + 1);
  });

  it('counts characters outside the BMP: emoji are not words, rare letters are', () => {
    expect(countWords('great 🎉 news')).toBe(2);
    expect(countWords('𝐁𝐨𝐥𝐝 text')).toBe(2);
  });
});

describe('readingTimeMinutes', () => {
  it('is at least one minute, at 230 words a minute', () => {
    expect(readingTimeMinutes(0)).toBe(1);
    expect(readingTimeMinutes(2300)).toBe(10);
  });
});

describe('wordsOf: the lowercase letter and digit runs, as /[\p{L}\p{N}]+/gu finds them', () => {
  const pattern = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  it('agrees with the pattern on text in many scripts and on awkward characters', () => {
    const texts = [
      'The U.S. Senate passed the bill 62-38 on Tuesday.',
      'İstanbul’da ÇOK güzel; Straße, ǅemal, ΣΟΦΊΑ — naïve café',
      'Объявление: 3 ½ часа, ٣٤٥ كيلومترا, हिन्दी में (देवनागरी)',
      '北京2024年10月14日电 トレンドマイクロは3月9日、「フリーWi-Fi」',
      'emoji 🙂 between, 𝐛𝐨𝐥𝐝 math letters, 𠀀𠀁 CJK extension B, a lone \ud800 surrogate',
      '',
      '   ',
    ];
    for (const t of texts) expect(wordsOf(t)).toEqual(pattern(t));
  });
  it('agrees on every character of the Basic Multilingual Plane between two letters', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const t = `a${String.fromCharCode(c)}b`;
      if (wordsOf(t).join('|') !== pattern(t).join('|')) differ.push(c);
    }
    expect(differ).toEqual([]);
  });
});

describe('unspaced', () => {
  it('answers UNSPACED.test for every code unit', () => {
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (unspaced(c) !== UNSPACED.test(String.fromCharCode(c))) differ.push(c.toString(16));
    expect(differ).toEqual([]);
  });
});
